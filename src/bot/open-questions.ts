// Questions the bot asked a member back about one item (是“0.6万”还是“0.65万”？, 应为整数…请回复正确的数), kept so the
// member's short answer (0.65万 / 第二个 / 126) settles that question instead of being read against every open item.
import type { InvalidValue, ParsedValue } from '../domain/reply/parse.js';
import { unitFit } from '../domain/reply/bind.js';
import { COMMON_UNITS, findQuantities } from '../domain/reply/quantities.js';
import type { ReplyCandidate } from '../domain/reply/parse.js';
import { readShortAnswer, type Reading, type ShortAnswer } from '../domain/reply/short-answer.js';
import { checkNumber, isNumeric } from '../domain/reply/values.js';
import type { OpenQuestion } from '../store/questions.js';
import type { BotDeps, Turn } from './context.js';
import { fieldLabel, quoteRaw } from './render.js';

/**
 * A question back, a held figure (held-replies.ts) and the to-do's wait on them (todo.ts) are answered within this many
 * days: an older one is no longer what a short answer or a 是的 refers to.
 */
export const ANSWER_WITHIN_DAYS = 7;

/** A value settled by an answer, with the message that raised its question (both are kept with the value). */
export type AnsweredValue = ParsedValue & { askedIn: number | null };

export interface Answered {
  values: AnsweredValue[];
  /** What to say: a question asked again when the answer fit none of the figures offered. */
  lines: string[];
}

/** Keeps the questions a reply's refused figures raised: one per numeric item, replacing an older one about it. */
export function recordQuestions(deps: BotDeps, turn: Turn, reporter: string, refused: readonly InvalidValue[]): void {
  const seen = new Set<string>();
  for (const bad of refused) {
    const field = deps.store.fields.get(bad.field);
    const unit = bad.unit ?? reporter;
    const key = `${unit}\u0000${bad.field}\u0000${bad.period ?? ''}`;
    // two refused figures for one item in one reply (是20还是30户…还是40户): the question is no longer about one figure
    if (!field || !isNumeric(field) || seen.has(key)) continue;
    // ANOTHER_PERIOD_ALREADY_HELD: 上个月是125户 after 11月's figure came in: a figure for a period nobody asked is refused, and
    // nothing is left to ask while the asked period's figure is held (the to-do said 请回复我问你的问题 about no question)
    if (bad.saidForAnotherPeriod && bad.period && deps.store.pool.get(unit, bad.field, bad.period)) continue;
    seen.add(key);
    deps.store.questions.ask({
      memberId: turn.member.id, unit, field: bad.field, period: bad.period, raw: bad.raw, question: bad.reason,
      readings: bad.readings ?? [], messageId: turn.lineId, askedAt: turn.now,
      expiresAt: new Date(turn.now.getTime() + ANSWER_WITHIN_DAYS * 86_400_000),
    });
  }
}

/**
 * ASKED_BACK_IS_OPEN: a question back about no one item (“多了5户”没有记录：是哪一项的变化？请写上项目名称再发一次; “3”没有记录：
 * 上一条写了2项…对不上。请把项目和数写在一起再发一次) is kept
 * open like one about an item, so the reply that asks it, and the to-do, never say 已全部报齐 while it waits. No short
 * answer settles it (it names no item to read one against): the next reply that records a figure does (storeValues).
 */
export function recordAskedBack(deps: BotDeps, turn: Turn, unit: string, raw: string, question: string): void {
  deps.store.questions.ask({
    memberId: turn.member.id, unit, field: '', period: null, raw, question, readings: [], messageId: turn.lineId, askedAt: turn.now,
    expiresAt: new Date(turn.now.getTime() + ANSWER_WITHIN_DAYS * 86_400_000),
  });
}

/**
 * What the member's message does to their open questions. Null when it is no short answer to exactly one of them (the
 * normal reply reader takes it then, and the questions stay open).
 */
export function answerQuestions(deps: BotDeps, turn: Turn): Answered | null {
  const { store } = deps;
  const open = store.questions.openOf(turn.member.id, turn.now);
  if (!open.length) return null;
  const read: Array<{ q: OpenQuestion; a: ShortAnswer }> = [];
  const asks = store.asks.openOf(turn.member.id);
  for (const q of open) {
    const field = store.fields.get(q.field);
    // a bare number once the member was asked for another item since is as likely that item's: not this question's
    if (!field || (!q.readings.length && asks.some((a) => a.at > q.askedAt && a.field !== q.field))) continue;
    const otherItems = asks.filter((a) => a.field !== q.field).flatMap((a) => {
      const f = store.fields.get(a.field);
      return f ? [f.label, ...f.aliases] : [];
    });
    read.push({ q, a: readShortAnswer(turn.text, { field, readings: q.readings, otherItems }) });
  }
  const picked = read.filter((r) => r.a.kind === 'picked');
  // a bare number that could answer two questions answers neither
  if (picked.length === 1) {
    const { q, a } = picked[0]! as { q: OpenQuestion; a: Extract<ShortAnswer, { kind: 'picked' }> };
    store.questions.close(q.id, 'answered', turn.lineId, turn.now);
    return {
      values: [{ unit: q.unit, field: q.field, period: q.period, value: a.value, raw: a.raw, correction: false, askedIn: q.messageId }],
      lines: [],
    };
  }
  if (picked.length > 1) return null;
  // never a guess: an answer that fits no figure offered is asked about once more, naming them
  const unfit = read.filter((r) => r.a.kind === 'unfit' && !r.q.askedAgain);
  if (unfit.length !== 1) return null;
  const { q, a } = unfit[0]!;
  store.questions.markAskedAgain(q.id);
  return { values: [], lines: [askAgain(deps, q, a)] };
}

function askAgain(deps: BotDeps, q: OpenQuestion, a: ShortAnswer): string {
  const fields = deps.store.fields;
  const field = fields.get(q.field);
  const label = fieldLabel(fields, q.field);
  if (q.readings.length) {
    const named = q.readings.map((r) => `“${quoteRaw(r.raw, field)}”`).join('还是');
    return `${label}没有记录：刚才问的是${named}？请回复其中一个；都不对请回复“更正：${label}+正确的数”。`;
  }
  const why = a.kind === 'unfit' && a.reason ? `${a.reason}` : '请回复正确的数';
  return `${label}没有记录：${why}`;
}

/** The clauses of a message, typed pauses included (满意率95是按户算的 按人算是93 报哪个). */
const OFFER_CLAUSE = /[，,；;。？?！!\s]+/;

/**
 * TWO_FIGURES_OFFERED: 满意率95是按户算的 按人算是93 报哪个 / 完成率85%是按计划投资算的，按工程量算是80%，报哪个？: a question
 * that names one item the unit was asked (for one period) and offers two figures for it, each in a clause of its own, is
 * asked back (是“95%”还是“93%”？) and kept open with each figure's words, so that the answer may pick one by them (按户算的
 * 那个), by its place or by the figure itself. Nothing is stored. Empty when the message is not such a question.
 */
export function askOffered(deps: BotDeps, turn: Turn, unit: string, text: string, candidates: readonly ReplyCandidate[]): string[] {
  const named = candidates.filter((c) => isNumeric(c.field) && [c.field.label, ...c.field.aliases].some((n) => n.length >= 2 && text.includes(n)));
  if (named.length !== 1) return [];
  const { field, period } = named[0]!;
  const readings: Reading[] = [];
  for (const clause of text.split(OFFER_CLAUSE)) {
    const found = findQuantities(clause, new Uint8Array(clause.length + 1), COMMON_UNITS);
    // (一 in 问一下 is no figure: a Chinese numeral counts only with a measure word that fits the item)
    const fit = found.filter((q) => unitFit(q.unit, field.unit) >= 0 && !q.approximate && !q.bound && !q.tentative
      && (!q.chinese || unitFit(q.unit, field.unit) > 0));
    if (found.length > 1) return [];
    for (const q of fit) {
      const checked = checkNumber(q, field);
      if (!checked.ok) return [];
      readings.push({ value: checked.value, raw: q.raw, words: clause });
    }
  }
  if (readings.length !== 2 || readings[0]!.value === readings[1]!.value) return [];
  deps.store.questions.ask({
    memberId: turn.member.id, unit, field: field.key, period, raw: readings.map((r) => r.raw).join('/'),
    question: '报哪个', readings, messageId: turn.lineId, askedAt: turn.now,
    expiresAt: new Date(turn.now.getTime() + ANSWER_WITHIN_DAYS * 86_400_000),
  });
  const label = fieldLabel(deps.store.fields, field.key);
  const named2 = readings.map((r) => `“${quoteRaw(r.raw, field)}”`).join('还是');
  return [`${label}先不记录：报${named2}？定了请回复其中一个（也可以回复“第一个”“第二个”）。`];
}
