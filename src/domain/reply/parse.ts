// The reply parser: what a staff member's free-text answer says about the figures they were asked for.
import { nameBothOpenMonths, spreadRespectivePeriods, spreadSharedPeriods } from './shared-periods.js';
import { pairSlashLists } from './slash-pairs.js';
import { findPeriodMentions, type PeriodMention } from '../period.js';
import type { ReplyMention } from './reply-state.js';
import { formatLocalDate, localParts, type LocalDate } from '../time.js';
import { doneBesidePlan, PLAN_WORD } from './plan-beside-done.js';
import { unitFit } from './bind.js';
import { joinSpacedDigits, measuresAfterFigures, moneySignsAfterFigures, normalizeReply } from './normalize.js';
import { toSimplified } from '../text/traditional.js';
import { hideNonFigures, hideOfficialNames, hideOwnName, NUMERAL_WORDS, splitUnits } from './hide.js';
import { isOwnUnit, readTables, unitCore } from './table.js';
import { bracketSpans, segmentReply, type Clause } from './segment.js';
import { findQuantities, type Quantity } from './quantities.js';
import { indexCandidates, type CandidateIndex } from './candidate-index.js';
import type { PeriodCandidate } from './period-choice.js';
import { hasCorrectionMarker, hideConfirmationTags, isAcknowledgement, isContactOnly, isPending, isSignOff, isQuestion, startsNewPoint } from './intents.js';
import { ReplyState } from './reply-state.js';
import { namesAnyField, bestNumericField } from './phrases.js';
import { kindWords, readBareAnswer, readClause, textSpan } from './read-clause.js';
import { askWhereSomeLeft } from './some-left.js';
import { partsThenTotal } from './parts-then-total.js';
import { dictionaryIndex } from './unasked.js';
import { readSameAs } from './same-as.js';
import { confineVoiceQuestions } from './question-scope.js';
import { readUnchangedClaims } from './unchanged.js';
import { hideQuotedMessages, quotedAskItems } from './quoted.js';
import { unwrapForwardedHeaders } from './forwarded.js';
import { lastYearBeside } from './baseline.js';
import { blankSpans } from '../text/spans.js';
import { restatedQuestionsAsLabels } from './restated-question.js';
import { comparedAsides, movedFromAsides } from './compared-aside.js';
import type { ParsedReply, ReplyCandidate, ReplyContext } from './reply-types.js';

export type { ChangeClaim, ChoiceValue, InvalidValue, ParsedReply, ParsedValue, ReplyCandidate, ReplyContext, UnaskedValue, UnchangedClaim } from './reply-types.js';

function emptyReply(): ParsedReply {
  return { values: [], invalid: [], ack: false, question: false, pending: false, correction: false, unasked: [], choices: [], otherUnits: [], unchanged: [], changes: [] };
}

function safePeriodMentions(text: string, ctx: ReplyContext): PeriodMention[] {
  try {
    return findPeriodMentions(text, ctx.at, ctx.timezone);
  } catch {
    return [];
  }
}

function safeToday(ctx: ReplyContext): LocalDate | null {
  try {
    return localParts(ctx.at, ctx.timezone);
  } catch {
    return null;
  }
}

/** Marks where numbers may not start: numerals inside field names (九小场所, 两项补贴) and words like 一下. */
// (the whole dictionary's too: 残疾人两项补贴356人 said while only 高龄津贴人数 is asked read 两项 as a figure, and 补贴 alone was
// left to bind 356 to the asked field). Only a dictionary piece of four characters or more, not run on from a numeral before
// it: a short one (人两 of 残疾人两项) would block 两个 in 百岁老人两个, 十岁以上 the 十 of 九十岁以上.
function blockedPositions(text: string, index: CandidateIndex, dictionary: CandidateIndex | null): Uint8Array {
  const blocked = new Uint8Array(text.length + 1);
  for (const part of index.numeralNameParts) {
    for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) blocked.fill(1, at, at + part.length);
  }
  for (const part of dictionary?.numeralNameParts ?? []) {
    if (part.length < 4) continue;
    for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) if (!NUMERAL_BEFORE.test(text[at - 1] ?? '')) blocked.fill(1, at, at + part.length);
  }
  NUMERAL_WORDS.lastIndex = 0;
  for (let m = NUMERAL_WORDS.exec(text); m; m = NUMERAL_WORDS.exec(text)) blocked.fill(1, m.index, m.index + m[0].length);
  return blocked;
}

const NUMERAL_BEFORE = /[\d零〇一二两三四五六七八九十百千万]/;
const FROM_JANUARY = /(?:^|[^\d])(?:1|一|元)\s*[-—–~～至到]\s*$/;
const SPAN_START = /(?<!\d)\d{1,2}\s*[-—–~～至到]\s*$/;
const CUMULATIVE_AFTER = /^\s*(?:底|末)?\s*(?:累计|合计|以来|共计)/;

/**
 * 1-11月累计 / 1至11月 / 截至11月底累计: a running total from the start of the year, not the month's own figure. The
 * mention (read as 11月 or as a snapshot) is marked, and the blanked text takes in the 1- before it.
 */
function markRunningTotals(text: string, mentions: PeriodMention[]): ReplyMention[] {
  return mentions.map((m) => {
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    const range = FROM_JANUARY.exec(before);
    const after = CUMULATIVE_AFTER.test(text.slice(m.index + m.text.length, m.index + m.text.length + 4));
    if (!range && !after) {
      // 四季度（10-11月）: the first month of a span is part of the period word, never a figure.
      const span = /^\d{2}$/.test(m.period.slice(5)) ? SPAN_START.exec(before) : null;
      if (!span) return m;
      const start = m.index - (before.length - span.index);
      return { ...m, index: start, text: text.slice(start, m.index + m.text.length) };
    }
    const start = range ? m.index - (before.length - range.index - (range[0].length - range[0].trimStart().length)) : m.index;
    const monthEnd = /^(\d{4})-(\d{2})$/.exec(m.period);
    const period = monthEnd ? endOfMonth(Number(monthEnd[1]), Number(monthEnd[2])) : m.period;
    return { ...m, index: Math.min(start, m.index), text: text.slice(Math.min(start, m.index), m.index + m.text.length), period, kind: 'snapshot', cumulative: true };
  });
}

const COMPARED_BEFORE = /(?:和|跟|同|与|较|比)\s*$/;
const COMPARED_AFTER = /^[^，,。；;\d]{0,4}?(?:一样|相同|一致|持平|没变|不变)/;

/** 和上月一样 / 同上月: the period compared with, not the one the reply's figures are for. */
function isComparedWith(text: string, m: PeriodMention): boolean {
  const before = text.slice(Math.max(0, m.index - 2), m.index);
  // 比去年同期下降2.3个百分点 / 较上月增加: what a change is measured against
  if (/(?:比|较)\s*$/.test(before)) return true;
  return COMPARED_BEFORE.test(before)
    && (COMPARED_AFTER.test(text.slice(m.index + m.text.length, m.index + m.text.length + 8)) || /^同/.test(text.slice(m.index - 1, m.index)));
}

/** 刚才说错了 / 刚刚报的: what the reporter said just now. */
const JUST_NOW = /刚才|刚刚|才说的|才报的/;

/** 11月3日 / 11月3号 / 十一月三日: a day named by month and day, in the year that puts it on or before the reply's day. */
const DAY_NAMED = /(?<![\d年])(1[0-2]|0?[1-9])\s*月\s*(3[01]|[12]\d|0?[1-9])\s*[日号]/g;

function daysNamed(text: string, today: LocalDate): Array<{ index: number; day: string }> {
  const out: Array<{ index: number; day: string }> = [];
  DAY_NAMED.lastIndex = 0;
  for (let m = DAY_NAMED.exec(text); m; m = DAY_NAMED.exec(text)) {
    const month = Number(m[1]);
    const year = month > today.month ? today.year - 1 : today.year;
    out.push({ index: m.index, day: `${year}-${String(month).padStart(2, '0')}-${String(Number(m[2])).padStart(2, '0')}` });
  }
  return out;
}

function endOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * PERIOD_OF_AN_EVENT_TOLD: 南湖社区10月份查过一轮了，这次…没有 / 其中一个上个月去世了，独居老人户数31户 — a period word whose clause goes
 * on to tell only what happened then (a verb ending in 了 / 过, no figure, no item named) dates that event, not the figures said
 * after the pause: it holds to the end of its clause (这次…没有 was asked about as October's, 31户 stored as last month's).
 */
const EVENT_TOLD = /^[\u4e00-\u9fa5]{1,8}?[了过]$/;

function limitEventPeriods(mentions: ReplyMention[], clauses: readonly Clause[], plain: string, namesAnItem: (words: string) => boolean): void {
  for (const m of mentions) {
    const end = m.index + m.text.length;
    const clause = clauses.find((c) => c.start <= m.index && end <= c.end);
    if (!clause) continue;
    const told = plain.slice(end, clause.end).replace(/[\s，,。；;！!]+$/, '');
    // (10月份低保户减少了，…: what happened to an item asked is said of that item's period, as before)
    if (EVENT_TOLD.test(told) && !/\d/.test(told) && !namesAnItem(told)) m.until = clause.end;
  }
}

/** The text with every period mention blanked, length kept: one pass however many mentions (10,000 × 本月 must not be quadratic). */
function blankMentions(text: string, mentions: PeriodMention[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const m of [...mentions].sort((x, y) => x.index - y.index)) {
    const start = Math.max(m.index, at);
    const end = m.index + m.text.length;
    if (end <= start) continue;
    parts.push(text.slice(at, start), ' '.repeat(end - start));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Single digits one space apart after a label, ending the clause with no measure word (低保户数 1 2 8). */
const SPACED_DIGITS_UNMEASURED = /(?<=[\u4e00-\u9fa5:：]\s*)(?<![\d.]\s?)\d(?: \d){1,5}(?=\s*(?:[，,。；;！!？?\n]|$))/g;

/**
 * SPACED_DIGITS_ASKED: 低保户数 1 2 8 — digits typed one by one with spaces and no measure word after them (a pasted table's
 * row is read before this): 128, or 1, 2 and 8 for three items, cannot be told. Nothing of it is read (the first digit was
 * stored: 1, a wrong figure); the words and digits go to `unsure`, so the reporter is asked to write each item's figure again.
 */
function holdSpacedDigits(text: string, unsure: string[]): string {
  return text.replace(SPACED_DIGITS_UNMEASURED, (m, at: number) => {
    const start = Math.max(...['，', ',', '。', '；', ';', '\n'].map((c) => text.lastIndexOf(c, at))) + 1;
    unsure.push(text.slice(start, at + m.length).trim());
    return ' '.repeat(m.length);
  });
}

/**
 * LISTED_LABELS_THEN_FIGURES: 低保户数、人数：128、203 / 临时救助人次、金额：15,32000 — labels listed, a colon, then figures: each
 * label takes its figure in order, as after 分别 (read whole, the figure nearest a label was bound to it: 人数 128, 金额 15).
 * When which figure is whose cannot be told — other than one figure a label, or 128,203 / 32,000 that may be one figure grouped
 * by thousands — nothing of it is read, and the reporter is asked to give each item's figure again.
 */
const LISTED_LABELS_THEN_FIGURES = new RegExp(
  String.raw`(^|[\n，,。；;])(\s*[\u4e00-\u9fa5]{2,12}(?:[、和及与][\u4e00-\u9fa5]{1,12})+)\s*[:：]\s*` +
    String.raw`(\d+(?:\.\d+)?[\u4e00-\u9fa5]{0,2}(?:\s*[、，,]\s*\d+(?:\.\d+)?[\u4e00-\u9fa5]{0,2})*)(?=\s*(?:[。；;\n，,]|$))`,
  'g',
);

function figuresAfterListedLabels(text: string, unsure: string[]): string {
  return text.replace(LISTED_LABELS_THEN_FIGURES, (whole, lead: string, labels: string, figures: string) => {
    const count = labels.split(/[、和及与]/).length;
    const parts = figures.trim().split(/\s*[、，,]\s*/);
    // (128,203 / 32,000: a comma between a figure and three digits may group thousands)
    const grouped = /\d,\d{3}(?!\d)/.test(figures);
    if (parts.length === count && !grouped) return `${lead}${labels}分别为${parts.join('、')}`;
    unsure.push(`${labels}：${figures.trim()}`);
    return lead + ' '.repeat(whole.length - lead.length);
  });
}

export function parseReply(text: string, ctx: ReplyContext): ParsedReply {
  const reply = emptyReply();
  if (typeof text !== 'string' || text.length === 0) return reply;
  // 轉移避險人數 reads as 转移避险人数: one character for one, so every index still points into the message.
  const cleaned = joinSpacedDigits(measuresAfterFigures(moneySignsAfterFigures(toSimplified(normalizeReply(text)))));
  // PLAN_BESIDE_DONE (plan-beside-done.ts): 计划20户，完成17户 — the done figure is the item's, unless the plan is asked
  const asked = [...candidatesOf(ctx), ...(Array.isArray(ctx?.others) ? ctx.others.flatMap((o) => o.candidates) : [])];
  const namesOf = (c: ReplyCandidate): string[] => [c.field.label, ...(c.field.aliases ?? [])];
  const simplified = doneBesidePlan(cleaned, asked.some((c) => namesOf(c).some((n) => PLAN_WORD.test(n))),
    (measure) => asked.some((c) => namesOf(c).some((n) => n.includes('完成')) && (!measure || unitFit(measure, c.field.unit) === 2)));
  const quoted = quotedAskItems(simplified);
  let plain = hideQuotedMessages(simplified);
  const unitName = typeof ctx?.unitName === 'string' ? ctx.unitName : undefined;
  const others = Array.isArray(ctx?.others) ? ctx.others : [];
  const speaksFor = (name: string): string | null => unitSpokenFor(name, others)?.id ?? null;
  // A pasted table is read by its header and row labels, as plain statements.
  const rosterName = (name: string): string | null => (name.length >= 2 ? unitSpokenFor(name, others)?.name ?? null : null);
  // SHARED_SHORT_NAME: 清平 for 清平村 and 清平社区 opening a line or clause: nobody's; noted as a unit not spoken for
  const shared = new Set<string>();
  if (unitName) plain = unwrapForwardedHeaders(plain, (name) => rosterName(name) !== null || (name.length >= 2 && isOwnUnit(name, unitName)));
  if (unitName) plain = hideOfficialNames(plain, [unitName, ...others.map((o) => o.name)]);
  const table = readTables(plain, unitName, (name) => speaksFor(name) !== null, rosterName);
  if (table) {
    plain = table.text;
    reply.otherUnits.push(...table.otherUnits);
  }
  const unsureMonths: string[] = [];
  plain = spreadRespectivePeriods(spreadSharedPeriods(nameBothOpenMonths(pairSlashLists(plain), candidatesOf(ctx).map((c) => c.period))), unsureMonths);
  plain = holdSpacedDigits(plain, unsureMonths);
  plain = figuresAfterListedLabels(plain, unsureMonths);
  if (unsureMonths.length) reply.unspread = unsureMonths;
  // a bare figure sent with a quote of an ask for one item answers that item
  const askedInQuote = quoted.length === 1 ? quoted[0]! : '';
  if (!unitName) return readUnit(plain, ctx, reply, askedInQuote);
  if (others.length) {
    const unsure: string[] = [];
    plain = readUnitList(plain, unitName, rosterName, unsure);
    if (unsure.length) reply.unspread = [...(reply.unspread ?? []), ...unsure];
  }
  const own = indexCandidates(candidatesOf(ctx).map((c) => c.field));
  const indexes = new Map<string, CandidateIndex>();
  const indexOf = (o: (typeof others)[number]): CandidateIndex => {
    let i = indexes.get(o.id);
    if (!i) indexes.set(o.id, (i = indexCandidates(o.candidates.map((c) => c.field))));
    return i;
  };
  const namesItemOf = (unit: string, words: string): boolean => {
    const o = others.find((x) => x.id === unit);
    return !!o && (namesAnyField(words, indexOf(o)) || namesYesNoItem(words, indexOf(o)));
  };
  plain = breakBeforeShortNames(plain, unitName, others, (words) => namesAnyField(words, own), namesItemOf);
  const split = splitUnits(plain, unitName, (words) => namesAnyField(words, own), speaksFor,
    (line) => shortNameThenItem(line, others, indexOf, shared) ?? shortNameThenFigure(line, unitName, others, shared) ?? sharedNameLine(line, others, shared)
      ?? shortNameAsSubjectLine(line, unitName, others),
    (words) => namesAnyField(words, own) || others.some((o) => namesAnyField(words, indexOf(o))));
  reply.otherUnits.push(...[...split.foreign, ...shared].filter((u, i, all) => !reply.otherUnits.includes(u) && all.indexOf(u) === i));
  readUnit(split.own, ctx, reply, askedInQuote, own);
  // A town clerk's lines for its villages: each read against what that unit was asked.
  for (const [unit, lines] of split.parts) {
    const other = others.find((o) => o.id === unit)!;
    const part = readUnit(lines.join('\n'), { ...ctx, candidates: other.candidates, unitName: other.name, others: [] }, emptyReply());
    const tag = <T extends object>(items: T[]): Array<T & { unit: string }> => items.map((x) => ({ ...x, unit }));
    reply.values.push(...tag(part.values));
    reply.invalid.push(...tag(part.invalid));
    reply.choices.push(...tag(part.choices));
    reply.unasked.push(...tag(part.unasked));
    reply.unchanged.push(...tag(part.unchanged));
    reply.changes.push(...tag(part.changes));
    reply.correction ||= part.correction;
    reply.question ||= part.question;
  }
  if (split.parts.size) reply.ack &&= reply.values.length === 0 && reply.invalid.length === 0;
  return reply;
}

/** One unit and its figure in a list: 金紫山63 / 红旗 2次 / 永兴3户, up to the next separator. */
// (桂香无 / 龙凤暂无数据: a unit said to have none, or no figure yet, is an item of the list too)
const LIST_ITEM = /([\u4e00-\u9fa5]{2,10}?)\s*(\d[\d,，.]*(?:万|千)?[\u4e00-\u9fa5%]{0,2}?|暂无数据|暂无|没有|无)(?=[\s、，,；;。]|$)/y;
const LIST_SEPARATOR = /[\s、，,；;]*/y;
/** Where a list of units opens: a colon, or 其中 after the total (各村出栏合计1,010头，其中三沱354 藕塘216). */
const LIST_OPENER = /[:：]|[，,]\s*其中/;
/** Words of a list's label that say it is a list or a total, not what is counted (各村…汇总, …合计1,010头). */
const LIST_WORDS = /^(?:各村|各社区|各组|各单位|各镇|各街道|全镇|全乡|全街道)|(?:汇总|合计|共计|总计|一共|情况)|[\d,，.]+[\u4e00-\u9fa5%]{0,2}$/g;
/** A total after the list (…龙凤村29人，合计159人): the reporter's own figure, kept on its own line. */
const TOTAL_AFTER = /^(?:合计|共计|总计|一共|总共|共|全镇|全街道)[^\d]{0,4}\d[\d,，.]*(?:万|千)?[\u4e00-\u9fa5%]{0,2}[。；;]?$/;
/** A remark after the list said of every unit in it (…，都没有住人的了). */
const SAID_OF_ALL = /^(?:都|均|也|全)/;

/**
 * 南坪街道独居老人：金紫山63、万寿路41 / 各村演练次数汇总：红旗 2次 新华 2次 / 各村出栏合计1,010头，其中三沱354 藕塘216: a
 * label, then units the reporter speaks for, each with a figure, separated by 、，； or a typed pause. Each becomes a line
 * of that unit's own (金紫山社区：独居老人63), as a clerk would type it, with a remark said of all of them (都没有住人的了)
 * after each; a total before 其中 stays on the reporter's own line. Other lines are left alone.
 */
function readUnitList(text: string, ownUnit: string, rosterName: (name: string) => string | null, unsure: string[]): string {
  return joinHeadingOverUnitLines(text, rosterName).split('\n').map((text) => {
    const line = unitsAsideAfterTotal(text, rosterName);
    const spread = spreadRespectively(line, rosterName, unsure);
    if (spread !== null) return spread;
    const whole = listInLine(line, ownUnit, rosterName);
    if (whole !== null) return whole;
    // 各村留守儿童：中华村42人，…，合计159人；困境儿童中华3人、桂香无: each sentence of the line may hold a list of its own
    const pieces = line.split(/(?<=[；;。])/);
    if (pieces.length < 2) return line;
    const read = pieces.map((piece) => listInLine(piece, ownUnit, rosterName));
    // (…双龙村33户。特困12人: a sentence with figures after a list's sentence, opening on no unit, is the reporter's own:
    // OWN_STATEMENT_AFTER_LIST)
    const ownAfterList = (piece: string, i: number): string => ownUnit && i > 0 && read.slice(0, i).some((r) => r !== null) && /\d/.test(piece)
      && !LIST_ITEM_START(piece.trimStart(), 0, rosterName) ? `${ownUnit}：${piece.trimStart()}` : piece;
    return read.some((r) => r !== null) ? pieces.map((piece, i) => read[i] ?? ownAfterList(piece, i)).join('\n') : line;
  }).join('\n');
}

const CHANGE_WORDS = /新增|增加|减少|增长|下降|上升|较|比|变化|退出|注销/;
/** A figure, then a bracketed aside: 共1379份（共兴320、乔坡296） / 共6处(同春2、永正1). */
const TOTAL_THEN_ASIDE = /(\d[\d,，.]*(?:万|千)?[\u4e00-\u9fa5%]{0,2}?)\s*[（(]([^（）()]+)[）)]/g;

/**
 * UNITS_ASIDE_AFTER_TOTAL: 各村宣传资料共发1379份（共兴320、乔坡296、杨岭200） / 全镇已整改隐患共6处（同春2、永正1） from a town clerk —
 * the units' own figures in a bracket after the total, as 其中 would list them: the aside is read as a list after 其中 (each unit
 * gets its figure for the item the total is of; the total stays on the reporter's line). Read as an aside, the bracket was
 * dropped and no unit's figure was stored (the units kept figures the clerk had just changed). A bracket that does not open on
 * a unit the reporter speaks for (其中独居老人2人) is left alone.
 */
function unitsAsideAfterTotal(line: string, rosterName: (name: string) => string | null): string {
  return line.replace(TOTAL_THEN_ASIDE, (m, total: string, aside: string, at: number) => {
    // (较上月增加2户（大河村新增1户、双龙村新增1户）: a change and its parts by unit are no levels of the units)
    if (CHANGE_WORDS.test(aside) || CHANGE_WORDS.test(line.slice(Math.max(0, at - 8), at))) return m;
    LIST_ITEM.lastIndex = 0;
    const first = LIST_ITEM.exec(aside.trim());
    return first && rosterName(first[1]!) !== null && /[、，,；;\s]/.test(aside.trim()) ? `${total}，其中${aside}` : m;
  });
}

/**
 * A line that is only an item's words and a colon: a heading over the lines below it (排查隐患： / 各村11月巡查次数：).
 * (The two characters are looked for ahead, not between two runs of the same class: a 20,000-character line with no colon
 * made the old pattern quadratic, 0.8 s a message.)
 */
const HEADING_LINE = /^\s*(?=[^\s:：，,。；;]*?[\u4e00-\u9fa5]{2})[^\s:：，,。；;]+\s*[:：]\s*$/;
/** A total on a line of its own after the units' lines (共21 / 合计：1022户). */
const TOTAL_LINE = /^\s*(?:合计|共计|总计|一共|总共|共)[^\d\n]{0,4}\d[\d,，.]*(?:万|千)?[\u4e00-\u9fa5%]{0,2}[。；;]?\s*$/;

/**
 * HEADING_OVER_UNIT_LINES: 排查隐患：⏎康馨7⏎兴安苑4⏎平顶山6⏎共17 from a street clerk — an item's words ending in a colon on a
 * line of their own, then lines that each hold one unit the reporter speaks for and its figure, and maybe a total: the item
 * is every line's, as if typed in one line (排查隐患：康馨7、兴安苑4、平顶山6，共17). Read line by line, the short names'
 * lines had no label, and each bare figure went to whatever item that unit had open (兴安苑 走访户数 4).
 */
function joinHeadingOverUnitLines(text: string, rosterName: (name: string) => string | null): string {
  const lines = text.split('\n');
  const unitLine = (line: string): boolean => {
    LIST_ITEM.lastIndex = 0;
    const m = LIST_ITEM.exec(line.trim());
    return !!m && m[0].length === line.trim().replace(/[。；;，,]$/, '').length && rosterName(m[1]!) !== null;
  };
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let j = i + 1;
    while (HEADING_LINE.test(line) && j < lines.length && unitLine(lines[j]!)) j++;
    if (j - i - 1 < 2) {
      out.push(line);
      continue;
    }
    const items = lines.slice(i + 1, j).map((l) => l.trim().replace(/[。；;，,]$/, ''));
    const total = j < lines.length && TOTAL_LINE.test(lines[j]!) ? lines[j++]!.trim() : '';
    out.push(`${line.trimEnd()}${items.join('、')}${total ? `，${total}` : ''}`);
    i = j - 1;
  }
  return out.join('\n');
}

const RESPECTIVELY = /分别(?:为|是|有)?|(?:都|均)(?:为|是|有)?(?=\s*(?:\d|没有|无))/;
/** 大河村、双龙村都是12户 / 都没有: one figure (or nil) said for every unit listed (SHARED_OVER_UNITS). */
const SHARED_FIGURE = /^\s*(\d+(?:\.\d+)?[\u4e00-\u9fa5]{0,2}|没有|无)(?=\s*(?:[，,；;。！!\n]|$))/;
const FIGURE_LIST = /^\s*((?:\d+(?:\.\d+)?[\u4e00-\u9fa5]{0,2}\s*[、，,和及]\s*)+\d+(?:\.\d+)?[\u4e00-\u9fa5]{0,2})/;
/** One figure alone after 分别 (大河村、双龙村分别是12户): fewer figures than units, like a list that is too short. */
const ONE_FIGURE = /^\s*(\d+(?:\.\d+)?[\u4e00-\u9fa5]{0,2})(?=$|[\s，,；;。])/;

/**
 * RESPECTIVELY_OVER_UNITS: 大河村、双龙村、红旗村低保户数分别为12户、15户、8户 — the figures go to the units in the order they
 * are named, one each; read whole, all three went to 红旗村, the name nearest them, and its figure was 12. The clause is
 * rewritten one unit a line (大河村低保户数12户 …) when it names as many units, joined by 、 / 和 / 及 and nothing else, as it
 * gives figures; otherwise null (the line is read as before).
 *
 * RESPECTIVELY_UNMATCHED: 太平、刘家、东山三个村的边沟分别是4公里、3.2公里 — units named in a list, then 分别 with a different
 * number of figures: which figure is whose cannot be told, and the unit nearest the figures took the first of them (东山
 * 边沟 4, a wrong figure). The clause is dropped from the line (nothing of it is read) and put in `unsure`, so the
 * reporter is asked to say each unit's figure again. 都 / 均 before one figure gives it to every unit listed (SHARED_OVER_UNITS).
 */
function spreadRespectively(line: string, rosterName: (name: string) => string | null, unsure: string[]): string | null {
  let out = '';
  let rest = line;
  let names: string[] | null = null;
  let spread = false;
  for (let said = RESPECTIVELY.exec(rest); said; said = RESPECTIVELY.exec(rest)) {
    const before = rest.slice(0, said.index);
    const after = rest.slice(said.index + said[0].length);
    const clauseStart = Math.max(...['，', ',', '。', '；', ';', '：', ':'].map((c) => before.lastIndexOf(c))) + 1;
    const units = unitsBefore(before.slice(clauseStart), rosterName);
    // SHARED_OVER_UNITS: 大河村、双龙村都是12户 / 低保户数均为0 after the units listed — every unit gets the one figure
    const shared = !said[0].startsWith('分别');
    const one = shared && units ? SHARED_FIGURE.exec(after) : null;
    if (shared && !one) return spread ? out + rest : null;
    const figures = one ?? FIGURE_LIST.exec(after) ?? ONE_FIGURE.exec(after);
    const values = one ? units!.names.map(() => one[1]!) : figures ? figures[1]!.split(/\s*[、，,和及]\s*/) : [];
    // (…，人数分别是20人、28人: a clause naming no unit goes on with the units the one before named)
    const own: { names: string[]; label: string } | null = units ?? (names && !/[、和及]/.test(before.slice(clauseStart)) ? { names, label: before.slice(clauseStart) } : null);
    if (!figures || !own) return spread ? out + rest : null;
    names = own.names;
    const next = after.slice(figures[0].length).replace(/^\s*[，,；;。]/, '');
    if (own.names.length !== values.length) {
      unsure.push(`${before.slice(clauseStart)}${said[0]}${figures[0].trim()}`);
      out += rest.slice(0, clauseStart) + '\n';
    } else {
      out += rest.slice(0, clauseStart) + '\n' + own.names.map((n, i) => `${n}${own.label}${values[i]}`).join('\n') + '\n';
    }
    rest = next;
    spread = true;
  }
  return spread ? out + rest : null;
}

/** 大河村、双龙村、红旗村低保户数: the units a clause names in a list before its label, and the label; null if it names none. */
// (大河村 双龙村 红旗村分别为32、40、56户: units listed with spaces between them, as a table's head row is typed)
function unitsBefore(clause: string, rosterName: (name: string) => string | null): { names: string[]; label: string } | null {
  const spaced = clause.trim().split(/[、和及]|\s+/);
  const afterLabel = spaced.length > 2 ? unitsListed(spaced.slice(1), rosterName) : null;
  // (低保户数 大河村、双龙村分别为32、40户: the label said first, the units after it)
  return unitsListed(clause.split(/[、和及]/), rosterName) ?? unitsListed(spaced, rosterName)
    ?? (afterLabel && rosterName(spaced[0]!) === null ? { names: afterLabel.names, label: spaced[0]! + afterLabel.label } : null);
}

function unitsListed(pieces: string[], rosterName: (name: string) => string | null): { names: string[]; label: string } | null {
  const tokens = pieces.map((t) => t.trim());
  if (tokens.length < 2) return null;
  const names: string[] = [];
  let label = '';
  for (const [i, token] of tokens.entries()) {
    // (a listed unit is named whole; the last runs into the label: its name is the roster's name, or the short name, it opens with)
    let name = i < tokens.length - 1 ? (rosterName(token) !== null ? token : '') : '';
    for (let k = 2; i === tokens.length - 1 && k <= Math.min(token.length, 8) && !name; k++) {
      const full = rosterName(token.slice(0, k));
      if (full !== null) name = token.startsWith(full) ? full : token.slice(0, k);
    }
    if (!name) return null;
    // (大河、双龙、红旗三个村低保户数: the count of the units named is no part of the label)
    if (i === tokens.length - 1) label = token.slice(name.length).replace(/^等?[两二三四五六七八九十\d]+个(?:行政村|村|社区)/, '');
    names.push(name);
  }
  return { names, label };
}

/**
 * A list of units in one line (or one sentence of it): after a colon or 其中, or (困境儿童中华3人、桂香无、团结5人) right
 * after the words that label it. The line rewritten one unit a line, or null.
 */
function listInLine(line: string, ownUnit: string, rosterName: (name: string) => string | null): string | null {
  for (const opener of line.matchAll(new RegExp(LIST_OPENER.source, 'g'))) {
    if (opener.index < 1) continue;
    const listed = readListAt(line, opener.index, opener[0], ownUnit, rosterName);
    if (listed !== null) return listed;
  }
  if (LIST_OPENER.test(line)) return null;
  // UNITS_LIST_UNLABELLED: 大河村32、双龙村28、红旗村15 — a line that opens on a unit's figure and lists others after it: each
  // unit's bare figure, for whatever one item it has open (read as clauses, only the last unit kept its figure)
  if (LIST_ITEM_START(line, 0, rosterName)) {
    const listed = readListAt(line, 0, '', ownUnit, rosterName);
    if (listed !== null) return listed;
  }
  // no opener: the list starts at the first unit named after a label of at least two characters
  for (let at = 2; at < Math.min(line.length, 24); at++) {
    if (/[\d\s，,、]/.test(line[at - 1]!)) return null;
    if (rosterName(line.slice(at, at + 2)) === null && !LIST_ITEM_START(line, at, rosterName)) continue;
    const listed = readListAt(line, at, '', ownUnit, rosterName);
    if (listed !== null) return listed;
  }
  return null;
}

/** Whether a list item naming a unit of the roster starts at `at`. */
function LIST_ITEM_START(line: string, at: number, rosterName: (name: string) => string | null): boolean {
  LIST_ITEM.lastIndex = at;
  const m = LIST_ITEM.exec(line);
  return !!m && rosterName(m[1]!) !== null;
}

/** The line rewritten as one line per unit when a list of units opens at `at`; null when none does. */
function readListAt(line: string, at: number, opener: string, ownUnit: string, rosterName: (name: string) => string | null): string | null {
  const body = line.slice(at + opener.length);
  const read: Array<{ unit: string; figure: string; name: string }> = [];
  let end = 0;
  for (;;) {
    LIST_SEPARATOR.lastIndex = end;
    LIST_SEPARATOR.exec(body);
    LIST_ITEM.lastIndex = LIST_SEPARATOR.lastIndex;
    const m = LIST_ITEM.exec(body);
    const unit = m ? rosterName(m[1]!) : null;
    if (!m || !unit) break;
    read.push({ unit, figure: m[2]!, name: m[1]! });
    end = LIST_ITEM.lastIndex;
  }
  let remark = body.slice(end).replace(/^[\s、，,；;]+/, '').trim();
  const totalAfter = TOTAL_AFTER.test(remark) ? remark : '';
  if (totalAfter) remark = '';
  // OWN_STATEMENT_AFTER_LIST: 低保户数共45户（大河村12户、双龙村33户），特困供养人数12人 — figures after the list, past a pause,
  // that open on no unit are the reporter's own statement, on its own line (they went to the last unit listed, or the
  // list was not read at all)
  // (a remark of several sentences, 合计159人；困境儿童中华3人、桂香无, is read sentence by sentence: see readUnitList)
  const own = ownUnit && /\d/.test(remark) && !/[；;。]/.test(remark) && /^[\s]*[，,；;。]/.test(body.slice(end))
    && !LIST_ITEM_START(body, body.length - remark.length, rosterName) ? remark : '';
  if (own) remark = '';
  if (read.length < 2 || /\d/.test(remark) || remark.length > 12) return null;
  const total = opener !== ':' && opener !== '：' && opener !== '';
  const head = line.slice(0, at).replace(ownUnit, '');
  // (汇总：入户宣传合计6,186户，其中…: the words after the header's colon are the label)
  const label = head.slice(head.search(/[^:：]*$/)).replace(LIST_WORDS, '').trim();
  // (各村情况：大河32、双龙28 / a list opening the line: no label, each unit's figure is bare)
  // (刘湾已经飞了1800亩 高台完成率54%: an item whose name runs on past the unit's own words is labelled, not a bare figure)
  // (全镇75户（大河村32、双龙村28）, read as …，其中大河村32、双龙村28: the total named no item either)
  const unlabelled = !label && !remark.replace(/^[。；;]+$/, '') && (at === 0 || opener === ':' || opener === '：' || /其中/.test(opener)) && read.every((r) => r.name && r.unit.startsWith(r.name));
  if (!label && !unlabelled) return null;
  const tail = !remark ? '' : SAID_OF_ALL.test(remark) ? remark : `，${remark}`;
  const lines = read.map((r) => `${r.unit}：${label}${r.figure}${tail}`);
  return [...(total ? [line.slice(0, at)] : []), ...lines, ...(totalAfter ? [totalAfter] : []), ...(own ? [`${ownUnit}：${own}`] : [])].join('\n');
}

/**
 * SHORT_NAME_THEN_ITEM: 后堡检查户数是946 from a street clerk: the line opens with the name of a unit the reporter
 * speaks for (the longest of its names, with or without the suffix), and the words straight after the name name one
 * of the items that unit was asked. The unit's id, or null.
 */
function shortNameThenItem(
  line: string, others: NonNullable<ReplyContext['others']>, indexOf: (o: NonNullable<ReplyContext['others']>[number]) => CandidateIndex,
  shared: Set<string>,
): string | null {
  const text = line.trimStart();
  let units: Array<(typeof others)[number]> = [];
  let length = 0;
  for (const o of others) {
    for (const name of [o.name, unitCore(o.name)]) {
      if (name.length < 2 || name.length < length || !text.startsWith(name)) continue;
      if (name.length > length) units = [];
      if (!units.includes(o)) units.push(o);
      length = name.length;
    }
  }
  if (!units.length) return null;
  const words = /^[\u4e00-\u9fa5]*/.exec(text.slice(length))![0];
  // (花园台账已经建好了: a yes/no item's name, two characters of it at least, after the name as well)
  if (words.length < 2 || !units.some((u) => namesAnyField(words, indexOf(u)) || namesYesNoItem(words, indexOf(u)))) return null;
  // (石桥低保户数12户 with 石桥村 and 石桥社区 both spoken for: which one is unclear)
  if (units.length > 1) {
    shared.add(text.slice(0, length));
    return '';
  }
  return units[0]!.id;
}

function namesYesNoItem(words: string, index: CandidateIndex): boolean {
  const matches = index.match(words);
  return index.entries.some((e) => e.field.type === 'boolean' && matches[e.ordinal]!.sim >= 2);
}

/**
 * The unit the reporter speaks for that a name means: the one whose name it is (or starts with: 石桥社区居委会), else the
 * one whose name it shares the core of (石桥 for 石桥村). Null when none does, or when two share it and neither is named
 * in full (石桥 for 石桥村 and 石桥社区).
 */
function unitSpokenFor<T extends { name: string }>(name: string, others: readonly T[]): T | null {
  const near = others.filter((o) => isOwnUnit(name, o.name));
  if (near.length <= 1) return near[0] ?? null;
  const named = near.filter((o) => name.startsWith(o.name));
  return named.length === 1 ? named[0]! : null;
}

/** 石桥：… / 石桥 低保户数12户 opening a line: a name that two or more units the reporter speaks for start with. */
function sharedNameLine(line: string, others: NonNullable<ReplyContext['others']>, shared: Set<string>): string | null {
  const run = /^\s*([\u4e00-\u9fa5]{2,6})(?:[\s:：]|的)/.exec(line)?.[1];
  if (!run || others.filter((o) => unitCore(o.name).startsWith(run)).length < 2) return null;
  shared.add(run);
  return '';
}

/** A figure's first character: a digit or a Chinese numeral. */
const FIGURE_START = /[\d０-９零〇一二两三四五六七八九十百千]/;

/**
 * SHORT_NAME_THEN_FIGURE: 清平29户、70人 from a town clerk for 清平村: a name of two characters or more that opens a line
 * (or a clause, after ；，。) straight before a figure, and that exactly one unit the reporter speaks for starts with
 * (its own name not): that unit. Null when none does, or two do (清平 for 清平村 and 清平社区: which one is unclear).
 */
// (two such units: id '' — the name starts a part of its own that is nobody's, noted as SHARED_SHORT_NAME)
function shortNameOwner(text: string, at: number, ownUnit: string, others: NonNullable<ReplyContext['others']>): { id: string; length: number } | null {
  return shortNameBefore(text, at, ownUnit, others, (rest) => FIGURE_START.test(rest.charAt(0)) || NIL_AFTER_A_NAME.test(rest));
}

/** (红旗无 / 双龙没有 in a town clerk's lines: a nil right after the short name is that unit's figure too) */
const NIL_AFTER_A_NAME = /^(?:无|没有|暂无)(?=[\s，,。；;、]|$)/;

/**
 * The unit the reporter speaks for (its own name not) whose name starts with the run of two to six characters at `at`,
 * cut where `follows` accepts what comes after it; id '' when two units share that start.
 */
function shortNameBefore(
  text: string, at: number, ownUnit: string, others: NonNullable<ReplyContext['others']>, follows: (rest: string) => boolean,
): { id: string; length: number } | null {
  const run = /^[\u4e00-\u9fa5]{2,6}/.exec(text.slice(at))?.[0] ?? '';
  for (let length = 2; length <= run.length; length++) {
    if (!follows(text.slice(at + length))) continue;
    const name = run.slice(0, length);
    if (unitCore(ownUnit).startsWith(name)) continue;
    const owners = others.filter((o) => unitCore(o.name).startsWith(name));
    if (owners.length) return { id: owners.length === 1 ? owners[0]!.id : '', length };
  }
  return null;
}

function shortNameThenFigure(line: string, ownUnit: string, others: NonNullable<ReplyContext['others']>, shared: Set<string>): string | null {
  const at = line.length - line.trimStart().length;
  const owner = shortNameOwner(line, at, ownUnit, others);
  if (owner?.id === '') shared.add(line.slice(at, at + owner.length));
  return owner?.id ?? null;
}

/** 白菓村27户61人；清平29户、70人: a clause opened by such a short name starts a line of its own, as a full name's does. */
function breakBeforeShortNames(
  text: string, ownUnit: string, others: NonNullable<ReplyContext['others']>, namesField: (words: string) => boolean,
  namesItemOf: (unit: string, words: string) => boolean = () => false,
): string {
  const broken = text.replace(/([；;，,。])(\s*)(?=[\u4e00-\u9fa5])/g, (m, sep: string, _space: string, offset: number) => {
    const at = offset + m.length;
    const owner = shortNameOwner(text, at, ownUnit, others) ?? shortNameAsSubject(text, at, ownUnit, others)
      ?? shortNameThenItemAt(text, at, ownUnit, others, namesItemOf);
    return owner && !namesField(text.slice(at, at + owner.length)) ? `${sep}\n` : m;
  });
  // 紫荆收购结束了 大岗也结束了 / …改成一千九百二十 罗免1月场次更正为10场: a typed pause before such a name ends the clause as a
  // comma would
  // (…飞了1800亩 高台完成率54% 张寨架次40 / 户数18 高台…: after a figure, its measure word or a percent sign as well)
  return broken.replace(/(?<=[\u4e00-\u9fa5%\d])[ \t\u3000]+(?=[\u4e00-\u9fa5])/g, (m, offset: number) => {
    const at = offset + m.length;
    const owner = shortNameAsSubject(broken, at, ownUnit, others) ?? shortNameOwner(broken, at, ownUnit, others);
    // (…18户 石桥低保人数40 with 石桥村 and 石桥社区: the clause is nobody's, not the village's before it)
    const item = owner ? null : shortNameThenItemAt(broken, at, ownUnit, others, namesItemOf);
    return (owner?.id || item) && !namesField(broken.slice(at, at + (owner ?? item)!.length)) ? '\n' : m;
  });
}

/**
 * SHORT_NAME_THEN_ITEM_MID_LINE: 刘湾已经飞了1800亩 高台完成率54% 张寨架次40 / 岔路 自筹资金2.8万 嫩寨自筹1.6万元 from a town
 * clerk: after a clause's end (，；。 or a typed pause) a name of two characters or more that a unit the reporter speaks
 * for starts with, straight before words naming an item that unit was asked, opens that unit's
 * clause, as it does at a line's start (SHORT_NAME_THEN_ITEM). Id '' when two units share the name.
 */
const UNIT_SUFFIX_START = /^(?:街道|社区|镇|乡|村)/;

function shortNameThenItemAt(
  text: string, at: number, ownUnit: string, others: NonNullable<ReplyContext['others']>,
  namesItemOf: (unit: string, words: string) => boolean,
): { id: string; length: number } | null {
  const run = /^[\u4e00-\u9fa5]{2,6}/.exec(text.slice(at))?.[0] ?? '';
  for (let length = 2; length < run.length; length++) {
    const name = run.slice(0, length);
    const owners = others.filter((o) => unitCore(o.name).startsWith(name));
    if (!owners.length) continue;
    const words = /^[\u4e00-\u9fa5]*/.exec(text.slice(at + length))![0];
    // (张寨镇低保户数: a full name is read as one elsewhere; 张寨 alone, the town's name too, is the village as at a line's start)
    if (words.length >= 2 && !UNIT_SUFFIX_START.test(words) && owners.some((o) => namesItemOf(o.id, words))) return { id: owners.length === 1 ? owners[0]!.id : '', length };
  }
  return null;
}

/** What follows a unit's short name that makes it a clause's subject: 的 (石板的也建了) and 也 or 都 (大岗也结束了). */
const AS_SUBJECT = /^的?(?:也|都)/;

/**
 * SHORT_NAME_AS_SUBJECT: 大岗也结束了 / 石板的也建了 from a town clerk: a name of two characters or more that exactly one
 * unit the reporter speaks for starts with (its own name not), straight before 也 or 都 (or 的 and one of them): the
 * clause is said of that unit. Id '' when two units share the name.
 */
function shortNameAsSubject(text: string, at: number, ownUnit: string, others: NonNullable<ReplyContext['others']>): { id: string; length: number } | null {
  return shortNameBefore(text, at, ownUnit, others, (rest) => AS_SUBJECT.test(rest));
}

function shortNameAsSubjectLine(line: string, ownUnit: string, others: NonNullable<ReplyContext['others']>): string | null {
  const owner = shortNameAsSubject(line, line.length - line.trimStart().length, ownUnit, others);
  return owner?.id || null;
}

function candidatesOf(ctx: ReplyContext): ReplyCandidate[] {
  return Array.isArray(ctx?.candidates) ? ctx.candidates.filter((c) => c && c.field && c.field.key) : [];
}

/**
 * SPACE_BETWEEN_ITEMS: 人数报错了应为72人 资金3.15万没错 / 户数29 人数72: a space the reporter typed (not one left where
 * a date was blanked) right after a figure and its measure word, before words that name an item (straight before their
 * figure, or with a typed space between: 完成率 100 架次 95, where 架次 is also the measure word of 100), ends a clause as a
 * comma would (not after a telephone number: 周强 18996541230 is a contact, read as text to its end). The text for segmenting only (same length): a comma in that space's place.
 */
function spaceBetweenItems(plain: string, visible: string, namesField: (words: string) => boolean): string {
  let out = visible;
  for (const m of plain.matchAll(/(?<=(?<![\d.])\d{1,8}(?:\.\d+)?[\u4e00-\u9fa5%]{0,2})[ \t\u3000]+(?=([\u4e00-\u9fa5]{2,12}?)[ \t\u3000]?[\d０-９零〇一二两三四五六七八九十])/g)) {
    const at = m.index!;
    if (visible.slice(at, at + m[0].length) !== m[0] || !namesField(m[1]!)) continue;
    out = `${out.slice(0, at)}，${out.slice(at + 1)}`;
  }
  return out;
}

/**
 * Reads one unit's part of a reply (already normalised) into `reply`. `own`: the index of ctx's candidates when the
 * caller has it already (parseReply's), so a reply's set of hundreds of fields is keyed and looked up once, not twice.
 */
function readUnit(text: string, ctx: ReplyContext, reply: ParsedReply, askedInQuote = '', own?: CandidateIndex): ParsedReply {
  const candidates = candidatesOf(ctx);
  const index = own ?? indexCandidates(candidates.map((c) => c.field));
  const byField = new Map<string, PeriodCandidate[]>();
  for (const c of candidates) {
    let list = byField.get(c.field.key);
    if (!list) byField.set(c.field.key, list = []);
    if (!list.some((p) => p.period === c.period)) {
      // (no spread objects: built for every candidate of every reply)
      const p: PeriodCandidate = { period: c.period, answered: !!c.answered };
      if (c.estimate) p.estimate = true;
      if (c.latest) p.latest = true;
      if (c.given !== undefined) p.given = c.given;
      list.push(p);
    }
  }

  let plain = hideConfirmationTags(restatedQuestionsAsLabels(text, index, typeof ctx.unitName === 'string' ? ctx.unitName : ''));
  const baseline = lastYearBeside(plain, markRunningTotals(plain, safePeriodMentions(plain, ctx)), candidates.map((c) => c.period));
  const mentions = baseline.mentions;
  let visible = blankSpans(blankMentions(plain, mentions), baseline.spans);
  visible = hideNonFigures(visible, (words) => namesAnyField(words, index));
  if (typeof ctx.unitName === 'string') visible = hideOwnName(visible, ctx.unitName, (words) => namesAnyField(words, index));
  visible = confineVoiceQuestions(visible, plain, index);
  const { sentences, clauses } = segmentReply(spaceBetweenItems(plain, visible, (words) => namesAnyField(words, index)));
  limitEventPeriods(mentions, clauses, plain, (words) => namesAnyField(words, index));
  const dictionary = Array.isArray(ctx.dictionary) && ctx.dictionary.length ? dictionaryIndex(ctx.dictionary) : null;
  let quantities = findQuantities(visible, blockedPositions(visible, index, dictionary), index.units);
  // PARTS_THEN_TOTAL (parts-then-total.ts): 集中4 分散8 合计12 — the parts are blanked, the total read (or asked about)
  const summed = partsThenTotal(visible, quantities, index);
  if (summed.spans.length) {
    plain = blankSpans(plain, summed.spans);
    visible = blankSpans(visible, summed.spans);
    quantities = quantities.filter((x) => !summed.spans.some(([s, e]) => x.start >= s && x.start < e));
  }
  // 120户（上月118户）: a bracket right after a figure is an aside, and a period it names holds only inside it; a
  // bracket in a header (塔坪社区（截至11月25日）：) qualifies everything after it.
  const asides = mentions.length ? bracketSpans(plain).filter(([open]) => quantities.some((q) => q.end <= open && !visible.slice(q.end, open).trim())) : [];
  asides.push(...movedFromAsides(plain, quantities));
  asides.push(...comparedAsides(clauses, visible, mentions, quantities, new Set(candidates.map((c) => c.period)), (words) => namesAnyField(words, index)));
  asides.sort((a, b) => a[0] - b[0]);
  const state = new ReplyState(byField, mentions.filter((m) => !isComparedWith(plain, m)), asides);
  if (askedInQuote && namesAnyField(askedInQuote, index)) state.context = askedInQuote;
  if (dictionary) state.dictionary = dictionary;
  state.unsummed = summed.unsummed;
  state.justNow = JUST_NOW.test(plain);
  const day = safeToday(ctx);
  if (day) {
    state.today = formatLocalDate(day);
    state.days = daysNamed(plain, day);
  }
  const today = index.entries.some((e) => e.field.type === 'date') ? day : null;

  const textEntries = index.entries.some((e) => e.field.type === 'text');
  let q = 0;
  let correctionCarry = false;
  let sentenceCursor = -1;
  let sentenceCorrection = false;
  let valuesBeforeSentence = 0;
  let sentenceQuestion = false;
  for (const clause of clauses) {
    const sentence = sentences[clause.sentence]!;
    if (clause.sentence !== sentenceCursor) {
      // Entering a new sentence: a correction said without figures (刚才报错了。) carries into the next one.
      if (sentenceCursor >= 0) correctionCarry = sentenceCorrection && state.values.size === valuesBeforeSentence;
      sentenceCursor = clause.sentence;
      valuesBeforeSentence = state.values.size;
      state.listed = [];
      state.respectively = [];
      const marker = hasCorrectionMarker(sentence.text);
      if (marker) reply.correction = true;
      sentenceCorrection = marker || (correctionCarry && !startsNewPoint(sentence.text));
      // once per sentence, not per clause: a 100,000-character sentence of 10,000 clauses stays linear
      // with the mark that ends it: 一户有两个的挂几块？ asks, whatever its words
      sentenceQuestion = isQuestion(plain.slice(sentence.start, sentence.end + 1));
      if (sentenceQuestion) reply.question = true;
    }
    const inClause: Quantity[] = [];
    while (q < quantities.length && quantities[q]!.start < clause.end) {
      if (quantities[q]!.start >= clause.start) inClause.push(quantities[q]!);
      q++;
    }
    if (sentenceQuestion || clause.start < state.textUntil) continue;
    // QUALIFIER_OF_THE_SENTENCE: (住院，金额5.6万元；门诊，金额0.4万元 — a short clause opening the sentence with no figure
    // and no item of its own names the kind the sentence's figures are said of)
    const opening = clause.start === sentence.start && !inClause.length ? plain.slice(clause.start, clause.end).replace(/[\s，,:：、]/g, '') : '';
    if (/^[\u4e00-\u9fa5]{2,4}$/.test(opening) && kindWords(opening) === opening && !namesAnyField(opening, index)) state.noteSentenceQualifier(sentence.start, opening);
    const emit = state.emitter(sentence, sentenceCorrection);
    // 重点纠纷：3组张某与邻居…: figures after a text item's label are words of its text.
    const text = textEntries ? textSpan(plain.slice(clause.start, clause.end), index) : null;
    const figures = text ? inClause.filter((x) => x.start < clause.start + text[0] || x.start >= clause.start + text[1]) : inClause;
    readClause(clause, figures, visible, plain, index, state, emit, today, sentence.end, sentence.start);
    if (visible[clause.end] !== '、') state.listed = [];
  }

  if (state.values.size === 0 && !reply.question && sentences.length > 0) {
    readBareAnswer(plain, index, state.emitter(sentences[0]!, hasCorrectionMarker(plain)), state.byField);
  }
  state.settleDeferred();
  state.askUnnamed();
  // (今年累计86人次，本月9人次: the month's figure given, the running total asks nothing)
  for (const [key, inv] of [...state.invalid]) {
    if (!state.runningTotals.has(inv.field)) continue;
    if ([...state.values.values()].some((v) => v.field === inv.field)) state.invalid.delete(key);
    else if (inv.period === null) {
      // (今年累计86人次: said for the year, asked about for the one month open)
      const open = (state.byField.get(inv.field) ?? []).filter((p) => p.period !== null);
      if (open.length === 1) {
        state.invalid.delete(key);
        state.invalid.set(`${inv.field}\u0000${open[0]!.period}`, { ...inv, period: open[0]!.period });
      }
    }
  }
  askWhereSomeLeft(plain, sentences, state.values, state.invalid, (key) => index.entries.find((e) => e.field.key === key)?.field.label ?? key,
    (words, key) => { const best = bestNumericField(words, index); return !!best && best.field.key !== key; });
  readSameAs(plain, sentences, mentions, index, state);
  reply.values = [...state.values.values()];
  reply.choices = state.choices;
  reply.invalid = [...state.invalid.values()];
  reply.unasked = [...state.unasked.values()];
  // a level said for the same item in the same reply is the figure; the change beside it only explains it
  reply.changes = state.changes.filter((c) => !state.values.has(`${c.field}\u0000${c.period}`));
  reply.unchanged.push(...readUnchangedClaims(plain, visible, sentences, mentions, index));
  reply.pending = isPending(plain);
  reply.ack = reply.values.length === 0 && reply.invalid.length === 0 && !reply.question && (isAcknowledgement(plain) || isContactOnly(plain) || isSignOff(plain));
  return reply;
}
