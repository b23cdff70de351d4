// OTHER_KIND_OF_THE_SAME_NOUN: 高龄老人78人 with 百岁老人人数 open, 残疾人务工6人 with 脱贫劳动力务工人数 open — the label shares the
// item's noun (老人, 务工) but says another kind of it in the place where the item's names say their own kind (百岁, 脱贫劳动力):
// the figure counts that other kind, never the item (78 was stored as the centenarians). Only a word that is itself a kind
// word counts as a kind: one the dictionary's other names put before the same noun (独居 of 独居老人, 高龄 of 高龄老人), an age
// (80岁以上, 高龄, 百岁), a place (城市, 农村, 外省), a grade (一级, C级), or a kind of people that heads another item of the
// dictionary (残疾人 of 残疾人就业人数). A verb before the noun (排查, 走访, 发现 低保户) is no kind and changes nothing, and a noun
// some name of the item opens on (低保户 of 低保户数) has no kind of its own to differ from: a part of it (城市低保户) is read as
// before.
import type { CandidateIndex, FieldEntry } from './candidate-index.js';

/** Ages, places and grades: kind words by what they say, whatever the dictionary holds. */
const AGE_KIND = /(?:高龄|百岁|老年|(?:\d+|[一二三四五六七八九十百]+)周?岁(?:及?以上|以下)?)$/;
const PLACE_KIND = /(?:城市|农村|城镇|乡村|城区|集镇|外省|省外|省内|县外|县内|区外|区内|市外|市内|本地|外地)$/;
const GRADE_KIND = /(?:[一二三四五1-5１-５]|[A-DＡ-Ｄa-d])级$/;
/** A kind of people (残疾人, 退役军人, 留守儿童): a noun of people that may head an item of its own. */
const PEOPLE_NOUN = /(?:人|员|童|者)$/;

const MIN_NOUN = 2;
const MAX_KIND = 6;

/**
 * KIND_THE_ITEM_DOES_NOT_SAY: 职工医保212人 with 城乡居民医保参保人数 open, 能繁母猪存栏1030头 with 生猪存栏 open — every name of
 * the item says a kind of its own right before the noun it shares with the label (城乡居民/居民 医保, 生 猪存栏), and the label
 * opens on other words in that very place, sharing no character with those kinds: a narrower or another kind of the noun,
 * whose figure must never fill the wider item (1030 sows replaced the 10400 pigs). Words that say when, how far or who
 * (今天又, 上周, 还在, 已, 本月, 我们, 其中, 新增, 实际, 累计, 约…), numbers (八十周岁 for 80周岁) or what was done
 * (排查, 走访…) are no kind, nor are words another name of the item says (上周巡山巡查 for 防火巡查人次 named 巡山人次), and when all the label shares with the
 * item is how the thing is counted (存栏, 人数), the words before it name the thing itself, not a kind of it (鸡鸭存栏8.6万只
 * is the 家禽存栏).
 */
const NOT_A_KIND = /[今昨明天日月年周上下又再还都也已刚才了着过现在这那我你他们本该共总全新另其有是和跟及把被给对从到于约估计实零〇一二三四五六七八九十百千万两]|排查|走访|发放|登记|核查|核实/;
/** Shared words that only say how a thing is counted, never the thing. */
const COUNTED_ONLY = /^(?:存栏|出栏|存栏量|出栏量|人数|户数|数量|个数|人次|面积|产量|总数|数)$/;
const MAX_OPENING_KIND = 4;

/** Longest run the two strings share, with where it starts in each. */
function longestRun(a: string, b: string): { length: number; inA: number; inB: number } {
  let best = { length: 0, inA: -1, inB: -1 };
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
      if (k > best.length) best = { length: k, inA: i, inB: j };
    }
  }
  return best;
}

/** Is `word`, said right before `noun`, a kind of that noun by the dictionary's names or by what it says? */
function isKindWord(word: string, noun: string, entry: FieldEntry, names: readonly string[]): boolean {
  if (AGE_KIND.test(word) || PLACE_KIND.test(word) || GRADE_KIND.test(word)) return true;
  const own = new Set(entry.names);
  return names.some((n) => !own.has(n) && (n.includes(word + noun) || (PEOPLE_NOUN.test(word) && n.startsWith(word) && n.length > word.length)));
}

/**
 * The kind the label says of the item's noun when it differs from the kind every name of the item says, else null.
 * `names` are every name of the open items and of the dictionary; `underItsHeading`: the sentence opened on the item's name
 * and a colon.
 */
export function otherKindOfTheNoun(label: string, entry: FieldEntry, names: readonly string[], underItsHeading = false, sentence = ''): string | null {
  const words = label.replace(/[^\u4e00-\u9fa5]/g, '').replace(/的/g, '');
  if (words.length < MIN_NOUN + 1) return null;
  if (entry.names.some((n) => words.includes(n))) return null;
  let best = { length: 0, inA: -1, inB: -1 };
  for (const n of entry.names) {
    const run = longestRun(words, n);
    if (run.length > best.length) best = run;
  }
  if (best.length < MIN_NOUN) return null;
  const noun = words.slice(best.inA, best.inA + best.length);
  // the item's own kinds: what each of its names says before the noun (empty: a name opens on it, no kind to differ from)
  const kinds = entry.names.filter((n) => n.includes(noun)).map((n) => n.slice(0, n.indexOf(noun)));
  if (kinds.some((k) => k === '')) return null;
  const said = words.slice(0, best.inA);
  for (let length = Math.min(MAX_KIND, said.length); length >= MIN_NOUN; length--) {
    const word = said.slice(said.length - length);
    if (!isKindWord(word, noun, entry, names)) continue;
    if (kinds.some((k) => k.endsWith(word) || word.endsWith(k))) return null;
    // (集中供养的6人 for 特困供养人数: a name that says the kind with the item's own (特困集中供养人数) makes it a part of the
    // item, left to the reading of parts, not a rival kind)
    return names.some((n) => n.includes(word) && kinds.some((k) => n.includes(k))) ? null : word;
  }
  // KIND_THE_ITEM_DOES_NOT_SAY: the words the label opens on, all of them before the noun (under the item's own heading,
  // 特困供养人数：集中供养12人，分散供养20人, they name its parts, read as parts)
  if (underItsHeading || partsSideBySide(sentence, noun, kinds)) return null;
  const opening = label.trimStart().replace(/的/g, '');
  if (said.length >= MIN_NOUN && said.length <= MAX_OPENING_KIND && opening.startsWith(said + noun) && !NOT_A_KIND.test(said) && !COUNTED_ONLY.test(noun)
    && ![...said].some((c) => kinds.some((k) => k.includes(c))) && !entry.names.some((n) => longestRun(said, n).length >= MIN_NOUN)) return said;
  return null;
}

/**
 * PARTS_SIDE_BY_SIDE: 集中供养3人，分散供养12人 for 特困供养人数 — the noun said twice or more in the sentence, each time after
 * words that are not the item's own kind, names the parts of one whole, read as parts (asked for the total): taken as a
 * rival kind, 分散供养 was set aside and 集中供养's 3 was stored as the whole. 能繁母猪存栏1030头，生猪存栏10400头 still sets the
 * sows aside: one of the two says the item's own kind (生).
 */
function partsSideBySide(sentence: string, noun: string, kinds: readonly string[]): boolean {
  const openings: string[] = [];
  for (let at = sentence.indexOf(noun); at >= 0; at = sentence.indexOf(noun, at + noun.length)) {
    openings.push(/[\u4e00-\u9fa5]{0,4}$/.exec(sentence.slice(0, at))![0]);
  }
  return openings.length >= 2 && !openings.some((o) => kinds.some((k) => k !== '' && (o.endsWith(k) || k.endsWith(o) && o !== '')));
}

const allNames = new WeakMap<CandidateIndex, WeakMap<CandidateIndex, string[]>>();

/** Every name of the open items and of the dictionary, once per pair of indexes. */
export function namesOfAll(open: CandidateIndex, dictionary: CandidateIndex | null): readonly string[] {
  if (!dictionary) return open.allNames;
  let byDictionary = allNames.get(open);
  if (!byDictionary) allNames.set(open, (byDictionary = new WeakMap()));
  let names = byDictionary.get(dictionary);
  if (!names) byDictionary.set(dictionary, (names = [...new Set([...open.allNames, ...dictionary.allNames])]));
  return names;
}
