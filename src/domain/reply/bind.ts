// Decides which candidate field a number belongs to: its own label, a label right after it, the label just
// mentioned (低保一百二十六户、二百零八人), or a unit that only one open field has.
import { longestSharedRun, type NameMatch } from './similarity.js';
import type { FieldEntry } from './candidate-index.js';
import type { Quantity } from './quantities.js';
import { scaledUnitFits } from './values.js';

const MONEY = new Set(['元', '万元', '千元', '亿元']);

/** What a unit measures: every unit of money is one measure (元, 万元), any other unit its own. */
function measureOf(unit: string | undefined): string {
  return unit && MONEY.has(unit) ? '元' : unit ?? '';
}

/** Measure words that count people. */
const PERSONS = new Set(['人', '名', '位', '口人', '个人']);

/** How well a number's measure word fits a field's unit: exact +2, related +1, unknown 0, conflicting -1.5. */
export function unitFit(numberUnit: string, fieldUnit: string | undefined): number {
  if (!numberUnit || !fieldUnit) return 0;
  if (numberUnit === fieldUnit || scaledUnitFits(numberUnit, fieldUnit)) return 2;
  // 96口人 / 12名 / 3位 count people as 人 does; a bare 口 may as well count wells or ponds (3口山坪塘).
  if (PERSONS.has(numberUnit) && PERSONS.has(fieldUnit)) return 2;
  if (numberUnit === '口') return PERSONS.has(fieldUnit) ? 2 : 0;
  if (MONEY.has(numberUnit) && MONEY.has(fieldUnit)) return 2;
  // RATE_IN_ITS_NUMERATOR: 46.5元 (46块5) for a price in 元/公斤: a rate is said in the unit over the slash, as people
  // quote a price; related, not conflicting
  if (fieldUnit.startsWith(`${numberUnit}/`)) return 1;
  if (numberUnit === '次' && fieldUnit.endsWith('次')) return 1;
  if (fieldUnit.endsWith(numberUnit) || numberUnit.endsWith(fieldUnit)) return numberUnit.length > 1 && fieldUnit.length > 1 ? 1 : -1.5;
  // 二十三个 counts something; it is never a sum of money
  if (numberUnit === '个') return MONEY.has(fieldUnit) ? -1.5 : 0;
  return -1.5;
}

/** 户 against 人 (or 人 against 户): a figure of households given for a count of persons, or the reverse. */
/** Measure words that count things; never a sum of money. */
const COUNTS = new Set(['人', '名', '位', '口人', '个人', '户', '家', '个', '处', '次', '人次', '件', '起', '张', '座', '条', '宗', '所']);

/**
 * PEOPLE_OR_THINGS: 出动检查人员120人次 is no count of enterprises (家) and 3处 no count of people: a measure word that
 * counts people and one that counts places, premises or cases never measure the same item. (个 counts either.)
 */
const COUNTS_PEOPLE = new Set(['人', '名', '位', '口人', '个人', '人次', '户', '户次']);
const COUNTS_THINGS = new Set(['家', '处', '座', '所', '件', '起', '条', '栋', '间', '台', '辆', '张', '具', '套', '项', '宗', '床', '块', '根', '只']);

function countsPeopleAgainstThings(numberUnit: string, fieldUnit: string): boolean {
  return (COUNTS_PEOPLE.has(numberUnit) && COUNTS_THINGS.has(fieldUnit)) || (COUNTS_THINGS.has(numberUnit) && COUNTS_PEOPLE.has(fieldUnit));
}

/**
 * ANIMALS_ARE_NOT_PREMISES: 养殖场3000羽 is no count of farms (个): 头, 羽, 匹 and 尾 count animals, never people,
 * premises, cases or money (只 counts birds and things alike; 万羽 is 羽 at another scale).
 */
const COUNTS_ANIMALS = new Set(['头', '羽', '匹', '尾']);

function countsAnimalsAgainstOthers(numberUnit: string, fieldUnit: string): boolean {
  const field = fieldUnit.replace(/^[万千亿]/, '');
  const [animal, other] = COUNTS_ANIMALS.has(numberUnit) ? [numberUnit, field] : COUNTS_ANIMALS.has(field) ? [field, numberUnit] : ['', ''];
  return !!animal && !COUNTS_ANIMALS.has(other) && other !== '只' && (COUNTS.has(other) || COUNTS_THINGS.has(other) || MONEY.has(other));
}

function countsOtherPopulation(numberUnit: string, fieldUnit: string | undefined): boolean {
  if (!fieldUnit) return false;
  if (countsPeopleAgainstThings(numberUnit, fieldUnit) || countsAnimalsAgainstOthers(numberUnit, fieldUnit)) return true;
  // 发放了312人 is never a sum of money (低保金发放 in 万元), nor 3万元 a count.
  if ((COUNTS.has(numberUnit) && MONEY.has(fieldUnit)) || (MONEY.has(numberUnit) && COUNTS.has(fieldUnit))) return true;
  return (numberUnit === '户' && PERSONS.has(fieldUnit)) || (PERSONS.has(numberUnit) && fieldUnit === '户');
}

// (Helpers of the functions run for every candidate of every figure live at module level: a closure named inside them
// is made, and named by the loader's keepNames (tsx), on every call.)
function countKind(u: string): string {
  return u === '户' || u === '户次' ? '户' : PERSONS.has(u) ? '人' : u === '人次' ? '人次' : '';
}

function contradicts(numberUnit: string, u: string | undefined, before: boolean): boolean {
  return measureContradicts(numberUnit, u)
    || (before && !!u && counting(u) && (countsPeopleAgainstThings(numberUnit, u) || countsAnimalsAgainstOthers(numberUnit, u)));
}

function counting(u: string): boolean {
  return PERSONS.has(u) || COUNTS_PEOPLE.has(u) || COUNTS_THINGS.has(u) || COUNTS_ANIMALS.has(u.replace(/^[万千亿]/, ''));
}

/**
 * MEASURE_CONTRADICTS_LABEL: 受益人数应该是29户 / 优抚对象更正为25户 / 培训2期85人次 for 培训人数: the label names a count of
 * persons and the measure word counts households or visits (or the reverse). Which one was mistyped is the reporter's to
 * say, so the figure is never filed by its measure word under another item: it is held for the labelled item, or asked
 * about between that item and the one its measure word fits.
 */
function measureContradicts(numberUnit: string, fieldUnit: string | undefined): boolean {
  if (!numberUnit || !fieldUnit) return false;
  const a = countKind(numberUnit), b = countKind(fieldUnit);
  return !!a && !!b && a !== b;
}

/**
 * The one field whose whole name the label spells out (受益人数, 优抚对象; not 低保 for 低保户数) and whose unit the figure's
 * measure word contradicts, if the label names no fitting field as well.
 */
// (肉牛出栏156户 / 检查企业数120人次: animals or things counted in households or people, or the reverse, alike, when the
// label is said before the figure — after it (人口三千二百一十人农家乐没有) it may be the next item's; never a count said of
// a sum of money, which another item may hold: 补贴发放了312人)
function contradictedLabel(
  phrase: string, entries: readonly FieldEntry[], q: Quantity, match: Matcher, fitting: Scored[], before: boolean,
): FieldEntry | null {
  if (!counting(q.unit)) return null;
  const matches = match(phrase);
  // (loops, not closures made each call: HOT_WORK_IN_LONG_LIVED_FUNCTIONS in src/bot/collect.ts)
  let named: FieldEntry | null = null;
  for (const e of entries) {
    if (!contradicts(q.unit, e.field.unit, before) || !namesSaid(e.names, phrase)) continue;
    if (named) return null;
    named = e;
  }
  if (!named) return null;
  const sim = matches[named.ordinal]!.sim;
  // (临时救助3户 for 临时救助人次: the contradicted field itself, scored with its poor fit, is no fitting one)
  for (const s of fitting) if (s.entry !== named && matches[s.entry.ordinal]!.sim >= sim) return null;
  return named;
}

/** Whether the phrase holds one of the names two or more characters long. */
function namesSaid(names: readonly string[], phrase: string): boolean {
  for (const n of names) if (n.length >= 2 && phrase.includes(n)) return true;
  return false;
}

const LABEL_MATCH = 1;
const WEAK_LABEL_MATCH = 0.6;
const TIE = 0.1;

interface Scored {
  entry: FieldEntry;
  /** similarity + unit fit: decides. */
  total: number;
  /** ranked similarity + unit fit: breaks ties. */
  ranked: number;
  complete: boolean;
}

/** Matches of a phrase against every candidate field, indexed by FieldEntry.ordinal. */
export type Matcher = (phrase: string) => NameMatch[];

/**
 * KIND_MEMBERS: 鸡鸭存栏8.6万只 is 家禽存栏, never 羊存栏: a label that names members of a kind (鸡, 鸭, 鹅 of 禽) names the
 * item that counts that kind when one is open, and no item that counts another kind.
 */
const KIND_MEMBERS: ReadonlyArray<readonly [kind: string, members: RegExp]> = [['禽', /[鸡鸭鹅鸽禽]/]];

function otherKind(phrase: string, entry: FieldEntry, entries: readonly FieldEntry[]): boolean {
  for (const [kind, members] of KIND_MEMBERS) {
    if (!members.test(phrase)) continue;
    const counts = (e: FieldEntry): boolean => e.names.some((n) => n.includes(kind) || members.test(n));
    if (!counts(entry) && entries.some(counts)) return true;
  }
  return false;
}

/**
 * ADVERB_BEFORE_VERB: 又飞了1500亩 / 一共飞了4700亩 / 现在也种了 — words that say again, in all, now or too, before the
 * verb that names the item, name nothing themselves: they are not counted as words of something else against a
 * single shared character (飞 of 飞防面积). Only these whole words; 已 and 累计 stay (fields spell them).
 */
const ADVERB_BEFORE_VERB = /又|再|还|也|都|一共|总共|现在|目前/g;
/**
 * WHEN_BEFORE_AGAIN: 今天又飞了2800亩 / 这两天又查出2处 — before 又 or 再, words that say when it was done again name nothing
 * either: 今天 left 飞 naming nothing, and the change was dropped. (今天飞了2800亩, with no 又, is left as it was: the
 * day's work, not the month's figure.)
 */
const WHEN_BEFORE_AGAIN = /(?:今天|昨天|前天|这两天|这几天|刚才|刚刚|上午|下午|早上|晚上)(?=\s*(?:又|再))/g;

/**
 * GE_NEVER_OUTWEIGHS_A_NAME: 劝导点4个 护林员8个 with 护林防火员 (人) and 护林防火劝导点 (个) open — 个 counts people and things
 * alike (ANY_COUNT_BY_GE), so when the label spells out the whole name of an item it does not contradict, an item whose
 * name the label only shares a piece with (护林) gains nothing from being counted in 个 too. Before, the measure word's
 * fit outweighed the name and 8个护林员 was stored as 8 劝导点 (a wrong value).
 */
function geOutweighsNothing(q: Quantity, entries: readonly FieldEntry[], matches: NameMatch[]): boolean {
  if (q.unit !== '个') return false;
  for (const e of entries) {
    const m = matches[e.ordinal]!;
    if (m.complete && m.sim >= LABEL_MATCH && e.field.unit && e.field.unit !== '个' && unitFit(q.unit, e.field.unit) === 0) return true;
  }
  return false;
}

function score(phrase: string, entries: readonly FieldEntry[], q: Quantity, match: Matcher): Scored[] {
  const out: Scored[] = [];
  const matches = match(phrase);
  const plain = phrase.replace(WHEN_BEFORE_AGAIN, '').replace(ADVERB_BEFORE_VERB, '');
  const plainMatches = plain !== phrase && plain.trim() ? match(plain) : matches;
  const named = geOutweighsNothing(q, entries, matches);
  for (const entry of entries) {
    if (otherKind(phrase, entry, entries)) continue;
    const m = matches[entry.ordinal]!;
    const measured = unitFit(q.unit, entry.field.unit);
    const fit = named && measured === 2 && !m.complete ? 0 : measured;
    // 低保户17户 is not 低保人数: households and persons are different counts, whatever the label shares.
    if (fit < 0 && countsOtherPopulation(q.unit, entry.field.unit)) continue;
    // 8650万 is an amount, never a percentage
    if (q.multiplier >= 1000 && entry.field.unit === '%') continue;
    // 检查率100% is no count of places checked: a share is never a count of people or things (PERCENT_IS_NO_COUNT)
    if (q.unit === '%' && entry.field.unit && COUNTS.has(entry.field.unit)) continue;
    // A single shared character (查 in 查了) only counts with the right unit and nothing else in the phrase.
    const weak = m.sim >= WEAK_LABEL_MATCH && fit === 2 && (m.extra === 0 || plainMatches[entry.ordinal]!.extra === 0);
    if (m.sim >= LABEL_MATCH || weak) {
      out.push({ entry, total: m.sim + fit, ranked: m.rank + fit, complete: m.complete });
    }
  }
  return out.sort((a, b) => b.total - a.total);
}

/** ambiguous: the fields the phrase names equally well (a question back names them). */
type Pick = { entry: FieldEntry } | 'none' | { ambiguous: FieldEntry[] };

function topGroup<T>(items: T[], value: (t: T) => number): T[] {
  if (items.length === 0) return [];
  const best = Math.max(...items.map(value));
  return items.filter((t) => best - value(t) < TIE);
}

/**
 * The best-scoring field. Among equals: the one whose name the phrase spells out completely (九小场所 → 九小场所数量,
 * not 已检查九小场所数); else the earlier label decides (金额 after 医疗救助… → 医疗救助金额); else the closest name.
 */
function pick(scored: Scored[], phrase: string, context: string, q: Quantity, match: Matcher): Pick {
  if (scored.length === 0) return 'none';
  const group = topGroup(scored, (s) => s.total);
  if (group.length === 1) return { entry: group[0]!.entry };
  // 调解成功零 with 调解成功 an alias of 调解成功件数 and 调解成功率 open too: the phrase is that one's name as written
  const words = phrase.replace(/[\s\p{P}]/gu, '');
  const named = group.filter((s) => s.entry.names.includes(words));
  if (named.length === 1) return { entry: named[0]!.entry };
  const nearest = nearestNamed(phrase, group.map((s) => s.entry), q, match);
  if (nearest) return { entry: nearest };
  // 临时救助20 with 临时救助人次 and 临时救助金额 open: a bare number names neither measure, so ask.
  // (金额一万三千二 with 低保金发放金额 in 万元 and 临时救助金额 in 元: both sums of money, so the label before decides.)
  if (!q.unit && new Set(group.map((s) => measureOf(s.entry.field.unit))).size > 1) return { ambiguous: group.map((s) => s.entry) };
  const complete = group.filter((s) => s.complete);
  if (complete.length === 1) return { entry: complete[0]!.entry };
  if (context) {
    const again = topGroup(score(context + phrase, group.map((s) => s.entry), q, match), (s) => s.total);
    if (again.length === 1) return { entry: again[0]!.entry };
  }
  const ranked = topGroup(group, (s) => s.ranked);
  return ranked.length === 1 ? { entry: ranked[0]!.entry } : { ambiguous: ranked.map((s) => s.entry) };
}

/**
 * 欠薪已经全部清偿48.6万 with 欠薪金额 and 已清偿金额 open: the phrase names both as well, but the words right before the
 * figure say what it is (清偿); earlier words are its topic. The shortest tail of the phrase that names exactly one of
 * the tied fields decides (within a word or two of the figure); none when the first tail that names any names several.
 */
/** How far before a figure "right before" reaches: a word or two (全部清偿). */
const NEAR_WORDS = 4;

function nearestNamed(phrase: string, tied: FieldEntry[], q: Quantity, match: Matcher): FieldEntry | null {
  const words = phrase.trimEnd();
  for (let n = 2; n < words.length && n <= NEAR_WORDS; n++) {
    const named = topGroup(score(words.slice(-n), tied, q, match), (s) => s.total);
    if (named.length > 1) return null;
    if (named.length === 0) continue;
    // 出生死亡各2人: the words before name one other field of their own, so these are labels listed together.
    const before = topGroup(score(words.slice(0, -n), tied, q, match), (s) => s.total);
    return before.length === 1 && before[0]!.entry !== named[0]!.entry ? null : named[0]!.entry;
  }
  return null;
}

/** Weight of the number's own words (人次 in 人次21) against the earlier label they qualify. */
const OWN_WEIGHT = 3;

/**
 * A number without its own label takes the last label mentioned, qualified by whatever words it does have
 * (临时救助金额4.6万元，人次21 → 临时救助人次) and by its unit.
 */
function pickWithContext(
  context: string, own: string, entries: readonly FieldEntry[], q: Quantity, match: Matcher,
): { entry: FieldEntry } | { ambiguous: FieldEntry[] } | null {
  const fromContext = match(context);
  const plain = context.replace(WHEN_BEFORE_AGAIN, '').replace(ADVERB_BEFORE_VERB, '');
  const plainContext = plain !== context && plain.trim() ? match(plain) : fromContext;
  const words = own.replace(/\s+/g, '');
  const scored: Array<{ entry: FieldEntry; total: number; ranked: number }> = [];
  for (const entry of entries) {
    const fit = unitFit(q.unit, entry.field.unit);
    const c = fromContext[entry.ordinal]!;
    // 又飞了1500亩 现在一共4700亩: the verb that bound the figure before (a single shared character, as in score) names
    // the item of the next figure in its measure too.
    const weak = c.sim >= WEAK_LABEL_MATCH && fit === 2 && (c.extra === 0 || plainContext[entry.ordinal]!.extra === 0);
    if ((c.sim < LABEL_MATCH && !weak) || fit < 0) continue;
    const own = OWN_WEIGHT * (words ? longestSharedRun(words, entry.names) : 0) + fit;
    scored.push({ entry, total: c.sim + own, ranked: c.rank + own });
  }
  if (scored.length === 0) return null;
  const group = topGroup(scored, (s) => s.total);
  if (group.length === 1) return { entry: group[0]!.entry };
  // BARE_AMONG_EQUALS: 临时救助12人次，共计1.2万 — a figure with no measure word that the label before names no better for one
  // item than another is either; picked by the fuller name it replaced 12人次 with 12000 (共计 makes it the level).
  if (!q.unit) return { ambiguous: group.map((s) => s.entry) };
  // 信访件数（截至11月15日）11件: among equals, the name the label spells out most fully (信访件数, not 信访积案化解件数).
  const ranked = topGroup(group, (s) => s.ranked);
  return ranked.length === 1 ? { entry: ranked[0]!.entry } : { ambiguous: ranked.map((s) => s.entry) };
}

export interface BindInput {
  q: Quantity;
  /** Text right before the number (its label, usually). */
  own: string;
  /** Text right after the number, when no other number follows in the clause. */
  after: string;
  /** The last phrase in this reply that named a field. */
  context: string;
  /** own and after hold nothing but filler words. */
  bare: boolean;
  /** The field still waits for a figure from this unit (no value yet for some open period). */
  awaited?: (entry: FieldEntry) => boolean;
  /** The field is open for a period the figure's sentence names before it. */
  saidPeriodFits?: (entry: FieldEntry) => boolean;
  /** The sentence corrects a figure (改成, 更正). */
  correcting?: boolean;
  /** The field's figure came from the reporter's latest reply. */
  latest?: (entry: FieldEntry) => boolean;
  /** The order of the reporter's reply that gave the field's figure held (undefined: none of theirs). */
  given?: (entry: FieldEntry) => number | undefined;
}

/** A field (phrase: the words that named it, '' when it came from context or the unit), or the fields it could mean. */
export type Binding = { entry: FieldEntry; phrase: string; measureDoubt?: true } | { choices: FieldEntry[]; phrase: string } | null;

/** Most fields a question back names (120 是低保户数还是低保人数？). */
const MAX_CHOICES = 3;

function choices(entries: FieldEntry[], phrase: string): Binding {
  return entries.length >= 2 && entries.length <= MAX_CHOICES ? { choices: entries, phrase } : null;
}

export function bindQuantity(input: BindInput, entries: readonly FieldEntry[], match: Matcher): Binding {
  const { q, own, after, context } = input;
  for (const phrase of [own, after]) {
    if (!phrase) continue;
    const scored = score(phrase, entries, q, match);
    const contradicted = contradictedLabel(phrase, entries, q, match, scored, phrase === own);
    if (contradicted) {
      // 改厕8户，受益人数应该是29户: the item the measure word fits, named just before, is the other reading
      const other = context ? pickWithContext(context, '', entries, q, match) : null;
      const fits = other && 'entry' in other && other.entry !== contradicted && unitFit(q.unit, other.entry.field.unit) === 2 ? other.entry : null;
      return fits ? { choices: [contradicted, fits], phrase } : { entry: contradicted, phrase, measureDoubt: true };
    }
    const p = pick(scored, phrase, context, q, match);
    if (p === 'none') continue;
    // (临时救助发了一万零五百 with 临时救助人次 and 临时救助金额 open: a paid sum is the amount — PAID_SUM)
    if ('ambiguous' in p && phrase === own && paidSum(q, own)) {
      const money = p.ambiguous.filter(isMoney);
      if (money.length === 1) return { entry: money[0]!, phrase };
    }
    // 临时救助3户 for 临时救助人次: households, persons and person-times are different counts; the label that named the
    // item only in part is no licence to store the figure in another measure, so the reporter is asked.
    if ('entry' in p && measureContradicts(q.unit, p.entry.field.unit)) return { entry: p.entry, phrase, measureDoubt: true };
    return 'entry' in p ? { entry: p.entry, phrase } : choices(p.ambiguous, phrase);
  }
  // (钱发了两万八千六: words of money name no item; the one money item open takes the sum — PAID_SUM)
  if (paidSum(q, own)) {
    const money = entries.filter(isMoney);
    if (money.length === 1) return { entry: money[0]!, phrase: '' };
  }
  // SUM_IN_WORDS: a Chinese numeral with no measure word may be words, not a figure (一下, 两个村), but one that counts in 万 or
  // 千 (两万六千八, 一千二) is a figure: it is read bare as an Arabic one is (两万八千六不对，是两万六千八 was not read at all)
  if (q.chinese && !q.unit && !SUM_IN_WORDS.test(q.raw)) return null;
  if (context) {
    const p = pickWithContext(context, own, entries, q, match);
    if (p) return 'entry' in p ? { entry: p.entry, phrase: '' } : choices(p.ambiguous, '');
  }
  if (!input.bare) return null;
  // ANY_COUNT_BY_GE: 五个 / 有5个 for 百岁老人人数 — 个 counts people and things alike (never money): with no count in 个 open,
  // it fits every count, and one open count takes it (two are asked about); read as fitting none, the figure was dropped
  const exact = q.unit ? entries.filter((e) => unitFit(q.unit, e.field.unit) === 2) : entries;
  const byUnit = exact.length || q.unit !== '个' ? exact : entries.filter((e) => e.numeric && unitFit(q.unit, e.field.unit) >= 0);
  if (byUnit.length === 1) return { entry: byUnit[0]!, phrase: '' };
  // LATEST_ANSWER_CORRECTED: 刚才说错了，91.2 after a reply that gave one figure: the correction is of that figure.
  const latest = input.correcting && input.latest ? byUnit.filter(input.latest) : [];
  if (latest.length === 1 && latest[0]!.numeric) return { entry: latest[0]!, phrase: '' };
  // LATEST_IN_ITS_MEASURE: 还是5户吧 / 刚才报错了是31辆 — a correction that names no item but says its measure word is of the
  // item this reporter last gave a figure for in that measure (风险消除 4户, even with 新识别 户 still awaited and 帮扶资金 in
  // 元 given since); two items given together in that measure are asked about, never the one still awaited (which took it).
  const lastInMeasure = input.correcting && q.unit && input.given ? latestGiven(byUnit.filter((e) => e.numeric), input.given) : [];
  if (lastInMeasure.length === 1) return { entry: lastInMeasure[0]!, phrase: '' };
  if (lastInMeasure.length > 1) return choices(lastInMeasure, '');
  // (刚才报错了是47 after a reply of four figures and no measure word: which of them is asked, not one still awaited)
  if (input.correcting && !q.unit && latest.length > 1) return choices(latest.filter((e) => e.numeric), '');
  const forPeriod = input.saidPeriodFits ? byUnit.filter(input.saidPeriodFits) : [];
  if (forPeriod.length === 1) return { entry: forPeriod[0]!, phrase: '' };
  // 2户3人 when 3人 could also correct a figure already given: a bare figure answers the one still awaited.
  const awaited = q.unit && input.awaited ? byUnit.filter(input.awaited) : [];
  if (awaited.length === 1) return { entry: awaited[0]!, phrase: '' };
  // ONE_FIGURE_STILL_AWAITED: 低保户数128, then 203 alone after the bot said 还差：低保人数 — with no measure word and nothing
  // said of a correction, a bare figure answers the one count still awaited (as a bare 二百零三 does); it was neither taken
  // nor asked about ("no figure found").
  const waiting = !q.unit && !input.correcting && input.awaited ? byUnit.filter((e) => e.numeric && input.awaited!(e)) : [];
  if (waiting.length === 1 && byUnit.some((e) => !input.awaited!(e))) return { entry: waiting[0]!, phrase: '' };
  // 120 alone while 低保户数 and 低保人数 both wait: a question back, never a guess.
  const open = input.awaited ? byUnit.filter(input.awaited) : byUnit;
  // 户数也改成59户 when every item counted in 户 has a figure: a correction of one of them, so ask which
  if (open.length === 0 && input.correcting && q.unit) return choices(byUnit.filter((e) => e.numeric), '');
  return choices(open.filter((e) => e.numeric), '');
}

/** The entries whose held figure came in the reporter's latest reply among them (see LATEST_IN_ITS_MEASURE). */
function latestGiven(entries: FieldEntry[], given: (entry: FieldEntry) => number | undefined): FieldEntry[] {
  let last = -Infinity;
  for (const e of entries) last = Math.max(last, given(e) ?? -Infinity);
  return last === -Infinity ? [] : entries.filter((e) => given(e) === last);
}

/**
 * PAID_SUM: 钱发了两万八千六 / 临时救助发了一万零五百 / 医疗救助发了三万二千四 — a figure with no measure word that counts in 万 or 千,
 * said right after a word of money (钱, 资金, 经费) or of paying it out (发了, 发放, 支出, 花了, 拨付), is a sum of money: of the
 * items its words could name (or of all open, when they name none) the one in 元 or 万元 takes it; with two or more, none does.
 */
const PAID_BEFORE = /(?:钱|资金|经费|款|发了|发放了?|支出了?|花了|拨付了?|投入了?|用了)\s*(?:是|有|共|一共|总共|大概|约)?\s*$/;
/** A Chinese numeral counting in 万 or 千, two characters or more (两万八, 一千二, 两万六千八): see SUM_IN_WORDS. */
const SUM_IN_WORDS = /^(?=.{2,})[零〇一二两三四五六七八九十百千万萬仟]*[万萬千仟][零〇一二两三四五六七八九十百千万萬仟]*$/;

export function paidSum(q: Quantity, own: string): boolean {
  return !q.unit && /[万萬千仟]/.test(q.raw) && PAID_BEFORE.test(own);
}

function isMoney(entry: FieldEntry): boolean {
  return entry.numeric && /元$/.test(entry.field.unit ?? '');
}
