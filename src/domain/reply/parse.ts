// The reply parser: what a staff member's free-text answer says about the figures they were asked for.
import { findPeriodMentions, type PeriodMention } from '../period.js';
import { localParts, type LocalDate } from '../time.js';
import { normalizeReply } from './normalize.js';
import { toSimplified } from '../text/traditional.js';
import { hideNonFigures, NUMERAL_WORDS } from './hide.js';
import { segmentReply } from './segment.js';
import { findQuantities, type Quantity } from './quantities.js';
import { indexCandidates, type CandidateIndex } from './candidate-index.js';
import type { PeriodCandidate } from './period-choice.js';
import { hasCorrectionMarker, isAcknowledgement, isPending, isQuestion, startsNewPoint } from './intents.js';
import { ReplyState } from './reply-state.js';
import { namesAnyField } from './phrases.js';
import { readBareAnswer, readClause } from './read-clause.js';
import type { ParsedReply, ReplyContext } from './reply-types.js';

export type { InvalidValue, ParsedReply, ParsedValue, ReplyCandidate, ReplyContext } from './reply-types.js';

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

export function parseReply(text: string, ctx: ReplyContext): ParsedReply {
  const reply = emptyReply();
  if (typeof text !== 'string' || text.length === 0) return reply;
  // 轉移避險人數 reads as 转移避险人数: one character for one, so every index still points into the message.
  const plain = toSimplified(normalizeReply(text));
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
  visible = hideNonFigures(visible, (words) => namesAnyField(words, index));
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
    readClause(clause, inClause, visible, plain, index, state, emit, today, sentence.end);
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
