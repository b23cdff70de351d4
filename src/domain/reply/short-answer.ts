// Short answers to a question the bot asked back: 0.65万 / 第二个 / 后者 / 是的 / a bare number, read against that one
// question's readings only, never against everything the unit was asked.
import type { FieldDef, FieldValue } from '../types.js';
import { findQuantities, COMMON_UNITS, type Quantity } from './quantities.js';
import { unitFit } from './bind.js';
import { checkNumber } from './values.js';

/** One reading a question offered: a figure already in the field's own unit, with the words the bot quoted. */
export interface Reading {
  value: FieldValue;
  raw: string;
  /** The words the member said it with (满意率95是按户算的), when the member offered it: the answer may pick it by them. */
  words?: string;
}

/**
 * What the bot asked about one item: `readings` are the candidates it named, in the order it named them (是“0.6万”
 * 还是“0.65万”？). No readings: the figure it refused (126.5人 for a count) is missing and any valid figure answers.
 */
export interface AskedQuestion {
  field: FieldDef;
  readings: Reading[];
  /** The names of the other items the member is asked for: a clause naming one is no explanation (see EXPLAINED_ANSWER). */
  otherItems?: readonly string[];
}

export type ShortAnswer =
  /** The answer settles the question with this value. */
  | { kind: 'picked'; value: FieldValue; raw: string }
  /** A short answer that fits none of the readings (or fails the field's checks): ask again, naming them. */
  | { kind: 'unfit'; reason?: string }
  /** Not a short answer: the normal reply reader takes it. */
  | { kind: 'none' };

const NONE: ShortAnswer = { kind: 'none' };

/**
 * SHORT_ANSWER_FILLER: what may surround a short answer without making it a new report: the check it reports (核了,
 * 问过了, 经核实), the copula (是, 应该是, 准确的是), particles and punctuation.
 */
const LEADING = /^(?:(?:我|刚才?|已经?|经)?(?:核实|核对|核查|核|查|问|确认|对)(?:过|了|一下|好)*(?:了)?|嗯|好的|好)[\s，,。.：:、！!~～]*/;
// (报4.5万 / 就报5人 / 填0.65万 / 0.65万来报: the figure to report, said with the verb of reporting; REPORT_VERB_AFTER strips 报 after it;
// BY_WHICH_REPORTED: 按8人报 / 按1.9报 / 按现金报 1800 — the reading to report, picked with 按 after a question, is the figure)
const COPULA = /^(?:按照?(?=[\d零〇一二两三四五六七八九十])|按照?[\u4e00-\u9fa5]{1,6}?来?(?:报|填)|准确(?:的|数)?(?:是|为)|应该?(?:是|为)|就是|还是|是|为|选|要|就?(?:报|填)(?:成|为)?)\s*/;
const REPORT_VERB_AFTER = /\s*(?:来|去)?(?:报|填)(?:吧|了)?$/;
/** 大概 / 可能是 before a figure the quantity reader already marks as an estimate or unsure. */
const HEDGE = /^(?:大概|大约|约|差不多|估计|可能是?|或许是?)$/;
const TRAILING = /[\s，,。.！!~～？?了的啊吧呢哈呀嘛]+$/;

/** ORDINAL_PICK: 第二个 / 后者 / 后面那个: a reading picked by its place in the question. */
const ORDINALS: Array<[RegExp, (n: number) => number]> = [
  [/^(?:第一个?|前者|前面(?:那|这|的)?(?:个|一个)?|前一个|头一个)$/, () => 0],
  [/^(?:第二个?|第2个)$/, () => 1],
  [/^(?:第三个?|第3个)$/, () => 2],
  [/^(?:后者|后面(?:那|这|的)?(?:个|一个)?|后一个|最后一个|最后那个)$/, (n) => n - 1],
];

/**
 * ORDINAL_PICK for any question that named its options in order (是低保户数还是低保人数？ too): the option's place, or
 * null when the answer is no place word.
 */
export function placePicked(text: string, count: number): number | null {
  let s = text.trim().replace(TRAILING, '');
  for (let before = ''; before !== s;) {
    before = s;
    s = s.replace(LEADING, '').replace(COPULA, '').replace(TRAILING, '');
  }
  if (count < 2) return null;
  for (const [re, place] of ORDINALS) {
    if (!re.test(s)) continue;
    const i = place(count);
    return i >= 0 && i < count ? i : null;
  }
  return null;
}

/**
 * RUNNING_TOTAL_OR_MONTH: 累计 / 本月 answering a question between a month and its running total (截至11月底累计 is the
 * day 2026-11-30): the one option of that kind, or null.
 */
export function periodKindPicked(text: string, periods: ReadonlyArray<string | null>): number | null {
  const s = text.trim().replace(TRAILING, '').replace(COPULA, '').replace(/(?:的|数|的数)$/, '');
  const kind = /^(?:累计|年度累计|全年累计|今年累计|截至目前|截止目前|总的)$/.test(s) ? /^\d{4}-\d{2}-\d{2}$/
    : /^(?:本月|当月|这个月|单月|月度)$/.test(s) ? /^\d{4}-\d{2}$/ : null;
  if (!kind) return null;
  const hits = periods.map((p, i) => (p && kind.test(p) ? i : -1)).filter((i) => i >= 0);
  return hits.length === 1 ? hits[0]! : null;
}

/** The answer without the words around it that say nothing (核了，是0.65万 → 0.65万). */
function core(text: string, field: FieldDef): string {
  let s = text.trim().replace(TRAILING, '');
  for (let before = ''; before !== s;) {
    before = s;
    s = s.replace(LEADING, '');
    // 低保人数是42人: the item's own name before the figure says nothing new
    for (const name of [field.label, ...(field.aliases ?? [])]) if (name.length >= 2 && s.startsWith(name)) s = s.slice(name.length);
    s = s.replace(COPULA, '').replace(TRAILING, '').replace(REPORT_VERB_AFTER, '');
  }
  return s.trim();
}

/** The one figure a core answer is, in the field's unit; null when it is anything more than one figure. */
function loneFigure(s: string): Quantity | null {
  const found = findQuantities(s, new Uint8Array(s.length + 1), COMMON_UNITS);
  if (found.length !== 1) return null;
  const q = found[0]!;
  // 0.65万 / 42人 / 11,700元: the figure and its measure word are the whole answer (大概0.65万 / 可能是0.65万: with its hedge)
  const before = s.slice(0, q.start);
  const whole = before === '' || ((q.approximate || q.tentative) && HEDGE.test(before));
  return whole && s.slice(q.end).trim() === '' ? q : null;
}

const sameValue = (a: FieldValue, b: FieldValue): boolean => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-9 : a === b);

/** Where a reply's clauses end (a comma between digits is a thousands separator: 32,000). */
const CLAUSE_END = /[，。；;！!\n]+|,(?!\d)|(?<!\d),/;

/**
 * EXPLAINED_ANSWER: 刚才多了个横杠，是32,000元 / 复制错了，是907,199元: clauses before the answer that say why the figure
 * was wrong, with no figure in them and no other item's name, say no more than 核了 does: the last clause is the answer.
 * The text unchanged when it has one clause or an earlier clause gives a figure or names another item.
 */
function afterExplanation(text: string, otherItems: readonly string[]): string {
  const clauses = text.trim().replace(TRAILING, '').split(CLAUSE_END).filter((c) => c.trim() !== '');
  if (clauses.length < 2) return text;
  const said = clauses.slice(0, -1);
  const explains = said.every((c) => findQuantities(c, new Uint8Array(c.length + 1), COMMON_UNITS).length === 0
    && !/\d/.test(c) && !otherItems.some((name) => name.length >= 2 && c.includes(name)));
  return explains ? clauses.at(-1)! : text;
}

/**
 * PICKED_BY_ITS_WORDS: 按户算的那个 after 满意率95是按户算的 按人算是93 报哪个: the answer, without 那个 / 的 / 为准, is words
 * the member said one offered figure with and not the other. Null when it is no such words.
 */
function saidWith(s: string, readings: readonly Reading[]): Reading | null {
  const words = s.replace(/(?:的)?(?:那个|那一个|这个|那项|那一项|为准|来报|报)$/, '').replace(/的$/, '');
  if (words.length < 2 || /\d/.test(words)) return null;
  const hits = readings.filter((r) => r.words?.includes(words));
  return hits.length === 1 ? hits[0]! : null;
}

/** How the member's next message answers the question, if it is a short answer at all. */
export function readShortAnswer(text: string, question: AskedQuestion): ShortAnswer {
  const { field, readings } = question;
  const s = core(afterExplanation(text, question.otherItems ?? []), field);
  if (!s) return NONE;
  const place = placePicked(s, readings.length);
  if (place !== null) return { kind: 'picked', value: readings[place]!.value, raw: readings[place]!.raw };
  // “0.65万” quoted back as the bot wrote it
  const quoted = readings.find((r) => r.raw === s);
  if (quoted) return { kind: 'picked', value: quoted.value, raw: quoted.raw };
  const said = saidWith(s, readings);
  if (said) return { kind: 'picked', value: said.value, raw: said.raw };
  const q = loneFigure(s);
  if (!q) return NONE;
  // 可能是0.65万 / 约0.65万 / 0.65万以上: no exact figure yet, so nothing to settle with
  if (q.tentative || q.approximate || q.bound) return { kind: 'unfit' };
  // 126户 for a count in 人: another measure is another item, not this one's figure
  if (unitFit(q.unit, field.unit) < 0) return { kind: 'unfit' };
  const checked = checkNumber(q, field);
  if (!checked.ok) return { kind: 'unfit', reason: checked.reason };
  if (!readings.length) return checked.confirm ? { kind: 'unfit', reason: checked.confirm } : { kind: 'picked', value: checked.value, raw: q.raw };
  const hit = readings.find((r) => sameValue(r.value, checked.value));
  return hit ? { kind: 'picked', value: hit.value, raw: q.raw } : { kind: 'unfit' };
}

/**
 * QUOTED_ALTERNATIVES: the readings a question back offered, from its own words (是“0.6万”还是“0.65万”？): each quoted
 * figure in the field's own unit. Empty when the question quotes fewer than two figures that fit the field.
 */
export function readingsOfQuestion(question: string, field: FieldDef): Reading[] {
  const quoted = [...question.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
  const out: Reading[] = [];
  for (const raw of quoted) {
    const q = loneFigure(raw);
    if (!q) return [];
    const checked = checkNumber(q, field);
    if (!checked.ok) return [];
    out.push({ value: checked.value, raw });
  }
  return out.length >= 2 && /还是/.test(question) ? out : [];
}
