// The reply parser: what a staff member's free-text answer says about the figures they were asked for.
import type { FieldDef } from '../types.js';
import { findPeriodMentions, type PeriodMention } from '../period.js';
import { localParts, type LocalDate } from '../time.js';
import { normalizeReply } from './normalize.js';
import { hideNonFigures, NUMERAL_WORDS } from './hide.js';
import { segmentReply, type Clause, type Sentence } from './segment.js';
import { findQuantities, type Quantity } from './quantities.js';
import { indexCandidates, type CandidateIndex, type FieldEntry } from './candidate-index.js';
import { bindQuantity } from './bind.js';


const TIE = 0.1;
import { choosePeriod, type PeriodCandidate, type PeriodWord } from './period-choice.js';
import {
  DELTA_RE, hasCorrectionMarker, isAcknowledgement, isPending, isQuestion, SHARED_RE, startsNewPoint, VAGUE_RE, ZERO_RE,
} from './intents.js';
import {
  bareBoolean, checkNumber, checkNumericValue, findBoolean, findDate, findEnum, findText, type Checked,
} from './values.js';

export interface ReplyCandidate {
  field: FieldDef;
  period: string | null;
  /** already has a value from this unit (a correction may target it) */
  answered: boolean;
}
export interface ReplyContext {
  at: Date;
  timezone: string;
  candidates: ReplyCandidate[];
}
export interface ParsedValue {
  field: string;
  period: string | null;
  value: number | string | boolean;
  raw: string;
  correction: boolean;
}
export interface InvalidValue {
  field: string;
  period: string | null;
  raw: string;
  /** Chinese, says what is expected, e.g. "请填写整数（户）" */
  reason: string;
}
export interface ParsedReply {
  values: ParsedValue[];
  invalid: InvalidValue[];
  /** true for 收到/好的/明白/👌-type acknowledgements with no data */
  ack: boolean;
  /** a question to the requester (…含不含分散供养的？/ 是按…还是…填？) */
  question: boolean;
  /** the staff member says a figure is pending (还在核对，晚点报 / 明天报) */
  pending: boolean;
  /** a correction of an earlier value (刚才报错了 / 更正 / 有误 / 应为 / 改为) */
  correction: boolean;
}

/** Words that carry no label: a number after only these is a bare figure. */
const FILLER = /[\s:：]|本月|当月|共计|合计|总计|一共|总共|累计|目前|现有|其中|另外|大概|大约|约|共|计|有|是|为|填|报|了|的|都|均/g;
const CLAUSE_TAIL = /^[\s。.!！了的啦吧哈]*$/;

interface Emitter {
  /** keepExisting: a breakdown (其中…) never replaces the total already given for the same field and period. */
  value(entry: FieldEntry, anchor: number, raw: string, check: (field: FieldDef) => Checked, keepExisting?: boolean): void;
  invalid(entry: FieldEntry, anchor: number, raw: string, reason: string): void;
}

class ReplyState {
  readonly values = new Map<string, ParsedValue>();
  readonly invalid = new Map<string, InvalidValue>();
  context = '';
  /** Labels listed with 、 and no figure yet (燃气、电路隐患均为0): the next shared figure applies to them too. */
  listed: Array<{ entry: FieldEntry; anchor: number }> = [];
  /** Fields still waiting for their figure after 低保户、低保人数分别为120、208. */
  respectively: FieldEntry[] = [];
  constructor(
    readonly byField: Map<string, PeriodCandidate[]>,
    readonly mentions: PeriodMention[],
  ) {}

  periodWordAt(anchor: number, sentence: Sentence): PeriodWord | null {
    // Binary search for the last mention before the anchor: replies may hold thousands of them.
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid]!.index < anchor) lo = mid + 1;
      else hi = mid;
    }
    const found = lo > 0 ? this.mentions[lo - 1]! : null;
    return found ? { period: found.period, sameSentence: found.index >= sentence.start } : null;
  }

  emitter(sentence: Sentence, correction: boolean): Emitter {
    const choose = (entry: FieldEntry, anchor: number): ReturnType<typeof choosePeriod> =>
      choosePeriod(this.byField.get(entry.field.key) ?? [], this.periodWordAt(anchor, sentence), correction);
    return {
      value: (entry, anchor, raw, check, keepExisting = false) => {
        const choice = choose(entry, anchor);
        if (!choice.ok) return this.addInvalid({ field: entry.field.key, period: null, raw, reason: choice.reason });
        const checked = check(entry.field);
        if (!checked.ok) return this.addInvalid({ field: entry.field.key, period: choice.period, raw, reason: checked.reason });
        const key = `${entry.field.key}\u0000${choice.period}`;
        if (keepExisting && this.values.has(key)) return;
        this.values.delete(key);
        this.invalid.delete(key);
        this.values.set(key, { field: entry.field.key, period: choice.period, value: checked.value, raw, correction });
      },
      invalid: (entry, anchor, raw, reason) => {
        const choice = choose(entry, anchor);
        this.addInvalid({ field: entry.field.key, period: choice.ok ? choice.period : null, raw, reason });
      },
    };
  }

  private addInvalid(v: InvalidValue): void {
    const key = `${v.field}\u0000${v.period}`;
    if (!this.values.has(key)) this.invalid.set(key, v);
  }
}

function emptyReply(): ParsedReply {
  return { values: [], invalid: [], ack: false, question: false, pending: false, correction: false };
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
function blockedPositions(text: string, index: CandidateIndex): Uint8Array {
  const blocked = new Uint8Array(text.length + 1);
  for (const part of index.numeralNameParts) {
    for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) blocked.fill(1, at, at + part.length);
  }
  NUMERAL_WORDS.lastIndex = 0;
  for (let m = NUMERAL_WORDS.exec(text); m; m = NUMERAL_WORDS.exec(text)) blocked.fill(1, m.index, m.index + m[0].length);
  return blocked;
}

/** The label part before a number: after the last colon when something is there (华新社区截至25日：九小场所56家). */
function labelBefore(text: string): string {
  const colon = Math.max(text.lastIndexOf(':'), text.lastIndexOf('：'));
  if (colon < 0) return text;
  const after = text.slice(colon + 1);
  return after.replace(FILLER, '') ? after : text.slice(0, colon);
}

function isFillerOnly(text: string): boolean {
  return text.replace(FILLER, '').length === 0;
}

function namesAnyField(phrase: string, index: CandidateIndex): boolean {
  const matches = index.match(phrase);
  return index.numericEntries.some((e) => matches[e.ordinal]!.sim >= 1);
}

function bestNumericField(phrase: string, index: CandidateIndex): FieldEntry | null {
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

function hideNames(text: string, index: CandidateIndex): string {
  let out = text;
  for (const name of index.allNames) if (out.includes(name)) out = out.split(name).join(' '.repeat(name.length));
  return out;
}

export function parseReply(text: string, ctx: ReplyContext): ParsedReply {
  const reply = emptyReply();
  if (typeof text !== 'string' || text.length === 0) return reply;
  const plain = normalizeReply(text);
  const candidates = Array.isArray(ctx?.candidates) ? ctx.candidates.filter((c) => c && c.field && c.field.key) : [];
  const index = indexCandidates(candidates.map((c) => c.field));
  const byField = new Map<string, PeriodCandidate[]>();
  for (const c of candidates) {
    const list = byField.get(c.field.key) ?? [];
    if (!list.some((p) => p.period === c.period)) list.push({ period: c.period, answered: !!c.answered });
    byField.set(c.field.key, list);
  }

  const mentions = safePeriodMentions(plain, ctx);
  let visible = blankMentions(plain, mentions);
  visible = hideNonFigures(visible);
  const { sentences, clauses } = segmentReply(visible);
  const quantities = findQuantities(visible, blockedPositions(visible, index), index.units);
  const state = new ReplyState(byField, mentions);
  const today = index.entries.some((e) => e.field.type === 'date') ? safeToday(ctx) : null;

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
      sentenceQuestion = isQuestion(plain.slice(sentence.start, sentence.end));
      if (sentenceQuestion) reply.question = true;
    }
    const inClause: Quantity[] = [];
    while (q < quantities.length && quantities[q]!.start < clause.end) {
      if (quantities[q]!.start >= clause.start) inClause.push(quantities[q]!);
      q++;
    }
    if (sentenceQuestion) continue;
    const emit = state.emitter(sentence, sentenceCorrection);
    readClause(clause, inClause, visible, plain, index, state, emit, today);
    if (visible[clause.end] !== '、') state.listed = [];
  }

  if (state.values.size === 0 && !reply.question && sentences.length > 0) {
    readBareAnswer(plain, index, state.emitter(sentences[0]!, hasCorrectionMarker(plain)));
  }
  reply.values = [...state.values.values()];
  reply.invalid = [...state.invalid.values()];
  reply.pending = isPending(plain);
  reply.ack = reply.values.length === 0 && reply.invalid.length === 0 && !reply.question && isAcknowledgement(plain);
  return reply;
}

function readClause(
  clause: Clause, inClause: Quantity[], visible: string, plain: string, index: CandidateIndex, state: ReplyState,
  emit: Emitter, today: LocalDate | null,
): void {
  let cursor = clause.start;
  inClause.forEach((quantity, i) => {
    const own = labelBefore(visible.slice(cursor, quantity.start));
    const next = inClause[i + 1];
    const after = next ? '' : visible.slice(quantity.end, clause.end);
    cursor = quantity.end;
    // A Chinese numeral with no measure word must end the clause (低保户数：二百零三), or it is a word (一下).
    if (quantity.chinese && !quantity.unit && !CLAUSE_TAIL.test(after)) return;
    if (readRespectively(quantity, own, index, state, emit)) return;
    const binding = bindQuantity(
      { q: quantity, own, after, context: state.context, bare: isFillerOnly(own) && isFillerOnly(after) },
      index.numericEntries,
      (phrase) => index.match(phrase),
    );
    if (!binding) return;
    if (DELTA_RE.test(hideNames(own, index))) return;
    if (binding.phrase) state.context = binding.phrase;
    const breakdown = /其中|包括|包含|含/.test(own);
    const check = (field: FieldDef): Checked => checkNumber(quantity, field);
    emit.value(binding.entry, quantity.start, quantity.raw, check, breakdown);
    if (i === 0 && SHARED_RE.test(own)) for (const l of state.listed) emit.value(l.entry, l.anchor, quantity.raw, check);
  });

  const tail = visible.slice(cursor, clause.end);
  const clauseText = visible.slice(clause.start, clause.end);
  readWordValues(clause, clauseText, plain.slice(clause.start, clause.end), index, emit, today);
  if (inClause.length > 0) return;
  readNoFigureClause(clause, tail, index, state, emit);
}

/** 低保户、低保人数分别为120、208: figures in the order the labels were listed. */
function readRespectively(quantity: Quantity, own: string, index: CandidateIndex, state: ReplyState, emit: Emitter): boolean {
  let target: FieldEntry | undefined;
  if (state.respectively.length > 0 && isFillerOnly(own)) {
    target = state.respectively.shift();
  } else if (own.includes('分别') && state.listed.length > 0) {
    const last = bestNumericField(own.replace(/分别.*$/, ''), index);
    const labels = [...state.listed.map((l) => l.entry), ...(last ? [last] : [])];
    target = labels.shift();
    state.respectively = labels;
    state.listed = [];
  }
  if (!target) return false;
  emit.value(target, quantity.start, quantity.raw, (field) => checkNumber(quantity, field));
  return true;
}

/** Clauses without a figure: 食品安全隐患没有 (→ 0), 临时救助人次很多 (unclear), or a label whose figure follows. */
function readNoFigureClause(clause: Clause, text: string, index: CandidateIndex, state: ReplyState, emit: Emitter): void {
  const withoutNames = hideNames(text, index);
  const zero = ZERO_RE.exec(withoutNames);
  const label = bestNumericField(text, index);
  if (zero) {
    const rest = (withoutNames.slice(0, zero.index) + withoutNames.slice(zero.index + zero[0].length)).replace(FILLER, '');
    let entry = label;
    if (!entry && !rest) entry = state.context ? bestNumericField(state.context, index) : null;
    if (!entry && !rest && index.numericEntries.length === 1) entry = index.numericEntries[0]!;
    if (entry) {
      const check = (field: FieldDef): Checked => checkNumericValue(0, field);
      emit.value(entry, clause.start + zero.index, zero[0], check);
      if (SHARED_RE.test(text)) for (const l of state.listed) emit.value(l.entry, l.anchor, zero[0], check);
      if (label) state.context = text;
      return;
    }
  }
  if (label && !VAGUE_RE.test(text)) state.listed.push({ entry: label, anchor: clause.start });
  if (namesAnyField(text, index)) state.context = text;
  if (!label) return;
  const vague = VAGUE_RE.exec(text);
  if (vague) emit.invalid(label, clause.start + vague.index, vague[0], `无法识别具体数值，${expectationFor(label)}`);
}

function expectationFor(entry: FieldEntry): string {
  const f = entry.field;
  return f.type === 'integer' ? `请填写整数${f.unit ? `（${f.unit}）` : ''}` : `请填写数字${f.unit ? `（${f.unit}）` : ''}`;
}

/** Booleans, enum options, dates and text stated in the clause. */
function readWordValues(
  clause: Clause, text: string, plainText: string, index: CandidateIndex, emit: Emitter, today: LocalDate | null,
): void {
  for (const entry of index.entries) {
    const f = entry.field;
    if (f.type === 'boolean') {
      const found = findBoolean(text, f);
      if (found) emit.value(entry, clause.start + found.index, text.trim(), () => ({ ok: true, value: found.value }));
    } else if (f.type === 'enum') {
      const found = findEnum(text, f, (phrase) => index.match(phrase)[entry.ordinal]!.sim);
      if (!found) continue;
      if ('invalid' in found) emit.invalid(entry, clause.start + found.index, text.trim(), found.invalid);
      else emit.value(entry, clause.start + found.index, text.trim(), () => ({ ok: true, value: found.value }));
    } else if (f.type === 'date') {
      if (!today) continue;
      const found = findDate(plainText, f, today);
      if (!found) continue;
      if ('invalid' in found) emit.invalid(entry, clause.start + found.index, plainText.trim(), found.invalid);
      else emit.value(entry, clause.start + found.index, plainText.trim(), () => ({ ok: true, value: found.value }));
    } else if (f.type === 'text') {
      const found = findText(plainText, f);
      if (found) emit.value(entry, clause.start + found.index, plainText.trim(), () => ({ ok: true, value: found.value }));
    }
  }
}

/** A reply that is only an option (整改中) or only yes/no (是 / 否), when exactly one such field is open. */
function readBareAnswer(plain: string, index: CandidateIndex, emit: Emitter): void {
  const answer = plain.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
  if (!answer || answer.length > 8) return;
  const enums = index.entries.filter((e) => e.field.type === 'enum' && (e.field.options ?? []).includes(answer));
  if (enums.length === 1) {
    emit.value(enums[0]!, 0, answer, () => ({ ok: true, value: answer }));
    return;
  }
  // Yes/no alone is only clear when the one thing open is that question.
  const booleans = index.entries.filter((e) => e.field.type === 'boolean');
  const yes = bareBoolean(answer);
  if (index.entries.length === 1 && booleans.length === 1 && yes !== null) emit.value(booleans[0]!, 0, answer, () => ({ ok: true, value: yes }));
}
