// The words around a figure: its label, filler, and which field a phrase names.
import type { CandidateIndex, FieldEntry } from './candidate-index.js';

/**
 * Words that carry no label: a number after only these is a bare figure (a correction verb, 应为 35户, or 按6场报, names none;
 * nor does checking it again, 核了一下是23人次).
 * RECORD_SAYS: nor does the record the figure was looked up in, with 上 / 里 / 中 and then the figure or 是 (系统上是68.5%,
 * 台账上是90.6%, 花名册上是21人); 系统上报率 is a name, not a record.
 * CHECKED_SIGN_OFF: 23户41人 已核实无误 — saying the figures were checked labels none of them.
 * REPORTERS_WHOLE: 好的，全镇35户58人 — the reporter's whole unit, said as a figure's scope, labels nothing (35户 was dropped).
 * CORRECTION_HEADING: 更正：205人 / 订正：应为205人 — the word that says a figure is corrected names no item either.
 * EXACT_FIGURE: 准确是128户 / 准确数：户数128 / 确切的数为… — saying the figure is now the exact one (after an estimate, which
 * the bot invites to correct) names no item.
 */
export const FILLER = /[\s:：]|(?:已经?|均已|都已)?核(?:实|对)无误|(?:台账|账本|系统|平台|报表|统计表|名册|花名册|底册)(?:上|里|中)(?:显示|统计|查的)?(?=\s*(?:是|为|有|\d))|经?核(?:实|对|查)(?:后|了)?(?:一下)?|(?:核|查|算|问|对|数)了?一下|确认(?:后|了)?|(?:准确|确切|精确|具体|正确|最终)的?(?:数字?|数据|数值)?(?=\s*(?:是|为|[:：]|\d|$)|\s)|应该是|应该为|应为|应是|实际上?|实为|改为|改成|(?:更正|订正|纠正|修正)(?:为|一下)?|(?:增加|增长|上升|提高|提升|减少|下降|降低|调整|变|升|降|涨)(?:到|至|为|成)|按照?|对的|没错|本月|当月|共计|合计|总计|一共|总共|累计|目前|现有|(?:全|本|我)(?:镇|乡|街道|村|社区)|辖区内?|其中|另外|大概|大约|差不多|大致|将近|接近|约|共|计(?!划|算)|有|是|为|填|报|了|的|都|均|也/g;
/** All that may follow a Chinese numeral without a measure word. */
export const CLAUSE_TAIL = /^[\s。.!！了的啦吧哈]*$/;

const TIE = 0.1;

/**
 * The label part before a number: after the last colon when something is there (华新社区截至25日：九小场所56家).
 * `partsFollow`: the colon opens two or more figures each said of a kind (see KIND_UNDER_HEADING, PARTS_UNDER_A_HEADING).
 */
export function labelBefore(text: string, partsFollow = false): string {
  const colon = lastColon(text);
  if (colon < 0) return text;
  const after = text.slice(colon + 1);
  const words = after.replace(FILLER, '');
  if (!words) return text.slice(0, colon);
  const head = text.slice(lastColon(text.slice(0, colon)) + 1, colon);
  // KIND_UNDER_HEADING: 百岁老人：男2人，女5人 / 特困供养：集中12人，分散44人 — when the colon opens figures each said of a kind
  // in one or two words, those words are kinds of what the heading names: the heading stays part of the label, as in
  // 百岁老人男2人，女5人 (男 alone named nothing: both parts were dropped without a word; now the total is asked for)
  if (partsFollow && KIND_AFTER_HEADING.test(after) && /[\u4e00-\u9fa5]{2}/.test(head.replace(FILLER, ''))) return `${head.trimStart()}${after.trim()}`;
  if (!MEASURE_ONLY.test(words)) return after;
  // (准确数：户数128 / 更正：人数203 — a heading that only says the figures are right or corrected names no item for them)
  return /[\u4e00-\u9fa5]/.test(head) && !isFillerOnly(text.slice(lastColon(text.slice(0, colon)) + 1, colon + 1)) ? `${head} ${after}` : after;
}

/**
 * PARTS_UNDER_A_HEADING: 百岁老人：男2人，女5人 — a colon, then two figures in a row in the same measure word, each right after
 * one or two words of its own, set off from each other by a pause. (医疗救助：住院32人次，金额5.6万元 is a kind's count and
 * its amount: the measures differ, and the heading is not joined to 住院.)
 */
export const PARTS_UNDER_A_HEADING = /[:：]\s*[\u4e00-\u9fa5]{1,2}\s*\d+(?:\.\d+)?\s*([\u4e00-\u9fa5]{1,2})\s*[，,、；;\s]\s*[\u4e00-\u9fa5]{1,2}\s*\d+(?:\.\d+)?\s*\1/;

/** One or two Chinese characters and nothing else after a heading's colon (男, 城镇, 集中): see KIND_UNDER_HEADING. */
const KIND_AFTER_HEADING = /^\s*[\u4e00-\u9fa5]{1,2}\s*$/;

function lastColon(text: string): number {
  return Math.max(text.lastIndexOf(':'), text.lastIndexOf('：'));
}

/**
 * MEASURE_UNDER_HEADING: 低保：户数23，人数41 / 临时救助：人次12 — a label after the colon that is only a measure (户数,
 * 人次, 金额) measures the item the words before the colon name, so those words stay part of the label.
 */
const MEASURE_ONLY = /^(?:[户人家处个件座张条起名]|人次|户次)?(?:数|数量|总数)$|^(?:人次|户次|次数|金额|资金|总额|数额|总金额)$/;

export function isFillerOnly(text: string): boolean {
  return text.replace(FILLER, '').length === 0;
}

export function namesAnyField(phrase: string, index: CandidateIndex): boolean {
  const matches = index.match(phrase);
  return index.numericEntries.some((e) => matches[e.ordinal]!.sim >= 1);
}

export function bestNumericField(phrase: string, index: CandidateIndex): FieldEntry | null {
  let best: FieldEntry | null = null;
  let bestRank = -Infinity;
  let tied = false;
  const matches = index.match(phrase);
  for (const entry of index.numericEntries) {
    const m = matches[entry.ordinal]!;
    if (m.sim < 1) continue;
    if (m.rank > bestRank + TIE) {
      best = entry;
      bestRank = m.rank;
      tied = false;
    } else if (m.rank > bestRank - TIE) {
      tied = true;
      if (m.rank > bestRank) { best = entry; bestRank = m.rank; }
    }
  }
  return best && !tied ? best : null;
}

/**
 * The fields a phrase names equally well when it names more than one (低保 for 新增低保户数 and 新增低保人数): each
 * shares at least two distinctive characters with it. Empty when one field stands out or none matches.
 */
export function tiedNumericFields(phrase: string, index: CandidateIndex, max = 3): FieldEntry[] {
  const matches = index.match(phrase);
  const strong = index.numericEntries.filter((e) => matches[e.ordinal]!.sim >= 2);
  if (strong.length < 2) return [];
  const best = Math.max(...strong.map((e) => matches[e.ordinal]!.rank));
  const tied = strong.filter((e) => best - matches[e.ordinal]!.rank < TIE);
  return tied.length >= 2 && tied.length <= max ? tied : [];
}

/** Texts already blanked against each index: a clause's words are blanked again by several of its readers. */
const hidden = new WeakMap<CandidateIndex, Map<string, string>>();
const HIDDEN_LIMIT = 1024;

/**
 * The text with every name of the index blanked (spaces, length kept). Remembered per index (its names never change):
 * read-clause.ts asks for the same words several times a clause (the words before a figure for a change and for a
 * comparison, a clause's own words for a delta and for progress), 8.7 times a reply in the generated replay.
 */
export function hideNames(text: string, index: CandidateIndex): string {
  let ofIndex = hidden.get(index);
  if (!ofIndex) hidden.set(index, ofIndex = new Map());
  let out = ofIndex.get(text);
  if (out === undefined) {
    if (ofIndex.size >= HIDDEN_LIMIT) ofIndex.clear();
    ofIndex.set(text, out = hideAll(text, index));
  }
  return out;
}

function hideAll(text: string, index: CandidateIndex): string {
  const byFirst = namesByFirstCharacter(index);
  if (!byFirst) return hideEach(text, index.allNames, null);
  // Only a name whose first character is in the text can be in it, blanking writing nothing but spaces: the names are
  // looked up by the text's characters and tried in the index's order, as all of them would be.
  // By UTF-16 code, as `text[i]` would compare, without making a one-character string of each Han character.
  let tried: number[] | null = null;
  const seen = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (seen.has(ch)) continue;
    seen.add(ch);
    const at = byFirst.get(ch);
    if (at) for (const k of at) (tried ??= []).push(k);
  }
  if (!tried) return text;
  tried.sort((a, b) => a - b);
  return hideEach(text, index.allNames, tried);
}

function hideEach(text: string, names: readonly string[], tried: readonly number[] | null): string {
  let out = text;
  if (!tried) {
    for (const name of names) if (out.includes(name)) out = out.split(name).join(' '.repeat(name.length));
    return out;
  }
  for (const k of tried) {
    const name = names[k]!;
    if (out.includes(name)) out = out.split(name).join(' '.repeat(name.length));
  }
  return out;
}

const firstCharacters = new WeakMap<CandidateIndex, Map<number, number[]> | null>();

/**
 * Where in the index's names each first character (its UTF-16 code) starts a name, once per index; null when a name is
 * empty or holds a space (blanking could then make a name the text did not hold), and every name is tried.
 */
function namesByFirstCharacter(index: CandidateIndex): Map<number, number[]> | null {
  if (firstCharacters.has(index)) return firstCharacters.get(index)!;
  let map: Map<number, number[]> | null = new Map();
  for (let k = 0; k < index.allNames.length; k++) {
    const name = index.allNames[k]!;
    if (name.length === 0 || name.includes(' ')) { map = null; break; }
    const first = name.charCodeAt(0);
    const at = map.get(first);
    if (at) at.push(k);
    else map.set(first, [k]);
  }
  firstCharacters.set(index, map);
  return map;
}

/**
 * An elided label listed after another (低保户数、人数 → 低保人数; 临时救助人次、金额 → 临时救助金额): the earlier
 * label's stem with this word in place of its ending is exactly the name of another field.
 */
export function elidedNumericField(phrase: string, previous: FieldEntry, index: CandidateIndex): FieldEntry | null {
  const word = phrase.replace(FILLER, '');
  if (word.length < 1 || word.length > 4) return null;
  for (const name of previous.names) {
    for (let cut = name.length - 1; cut >= 1; cut--) {
      const full = name.slice(0, cut) + word;
      const hit = index.numericEntries.find((e) => e !== previous && e.names.includes(full));
      if (hit) return hit;
    }
  }
  return null;
}
