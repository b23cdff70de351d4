// Each figure typed once: an ask shows the unit's last figure for the item (上月：120户); 无变化, the card's 与上月相同
// button, or a prefilled form field left as it was, stores that figure for the new period, marked as confirmed from it.
import { writeDecimal } from '../domain/numbers.js';
import { describePeriod } from '../domain/period.js';
import { isPersonalField } from '../domain/personal.js';
import { mayBeUnchanged, previousWord, readUnchanged } from '../domain/prefill.js';
import type { FieldDef } from '../domain/types.js';
import type { AskRecord } from '../store/asks.js';
import type { PoolValue } from '../store/pool.js';
import { dayKey } from './collect.js';
import { announceIfComplete } from './completion.js';
import { answer, type BotDeps, type Turn } from './context.js';
import { formatStored, unitName } from './render.js';
import { handleReply } from './replies.js';
import { remainingLines } from './todo.js';

/**
 * The unit's figure for the item in the latest earlier period of the same kind, if it reported one. A personal value
 * is never offered back (the bot does not repeat it, not even to its reporter): it is asked afresh.
 */
export function lastFigure(deps: BotDeps, unit: string, field: string, period: string | null): PoolValue | undefined {
  if (!period) return undefined;
  const def = deps.store.fields.get(field);
  if (def && isPersonalField(def)) return undefined;
  return deps.store.pool.latestBefore(unit, field, period);
}

/** How an ask shows the last figure: 上月：120户, or 2026年9月：120户 when it is older. */
export function lastFigureNote(period: string, last: PoolValue, f: FieldDef | undefined): string {
  return `${previousWord(period, last.period!) ?? describePeriod(last.period)}：${formatStored(last, f)}`;
}

/** What a form input is prefilled with: the figure as a person would type it, without its unit. */
export function prefillText(last: PoolValue): string {
  const v = last.value;
  return typeof v === 'boolean' ? (v ? '是' : '否') : typeof v === 'number' ? writeDecimal(v) : v;
}

interface Confirmed {
  ask: AskRecord;
  last: PoolValue;
}

/** The member's open asks for their unit with a last figure to confirm, and those without one. */
function prefillable(deps: BotDeps, memberId: string, unit: string): { withLast: Confirmed[]; without: AskRecord[] } {
  const withLast: Confirmed[] = [];
  const without: AskRecord[] = [];
  for (const ask of deps.store.asks.openOf(memberId)) {
    if (ask.unit !== unit) continue;
    const last = lastFigure(deps, ask.unit, ask.field, ask.period);
    if (last) withLast.push({ ask, last });
    else without.push(ask);
  }
  return { withLast, without };
}

/** Stores the confirmed figures as the new period's values, marked with where they came from. */
function store(deps: BotDeps, turn: Turn, items: Confirmed[], how: 'text' | 'form'): string[] {
  const { store } = deps;
  const touched = new Set<number>();
  const lines: string[] = [];
  for (const { ask, last } of items) {
    const f = store.fields.get(ask.field);
    const source = `confirmed from ${last.period}`;
    store.pool.put({
      unit: ask.unit, field: ask.field, period: ask.period, value: last.value, memberId: turn.member.id, messageId: turn.lineId,
      at: turn.now, source, ...(last.approximate ? { approximate: true } : {}),
    });
    store.asks.answer(ask.unit, ask.field, ask.period, turn.now);
    store.audit.record(turn.now, turn.member.id, 'value.confirm', `${ask.unit}/${ask.field}/${ask.period ?? ''}`, {
      value: last.value, from: last.period, how, message: turn.lineId,
    });
    store.counters.add('valuesCollected', 1, dayKey(deps, turn.now));
    for (const id of store.collections.idsCovering(ask.unit, ask.field, ask.period)) touched.add(id);
    lines.push(`· ${f?.label ?? ask.field}（${describePeriod(ask.period)}）：${formatStored(last, f)}（与${describePeriod(last.period)}相同）`);
  }
  for (const id of touched) announceIfComplete(deps, id);
  return lines;
}

/**
 * A reply that only says nothing changed (无变化, 同上月, 低保户数没变) confirms the last figures of the open items it
 * covers. False when the message is something else (the reply reader takes it).
 */
export function handleUnchanged(deps: BotDeps, turn: Turn, options: { all?: boolean } = {}): boolean {
  const unit = turn.member.unit;
  if (!unit) return false;
  if (!options.all && !mayBeUnchanged(turn.text)) return false;
  const { withLast, without } = prefillable(deps, turn.member.id, unit);
  let keys: string[] | null = null;
  if (!options.all) {
    const labels = new Map<string, string>();
    for (const a of [...withLast.map((c) => c.ask), ...without]) {
      const f = deps.store.fields.get(a.field);
      for (const name of [f?.label ?? a.field, ...(f?.aliases ?? [])]) labels.set(name, a.field);
    }
    const read = readUnchanged(turn.text, labels);
    if (!read) return false;
    keys = read.keys;
  }
  const chosen = withLast.filter((c) => !keys || keys.includes(c.ask.field));
  const missing = without.filter((a) => !keys || keys.includes(a.field));
  const roster = deps.store.roster.snapshot();
  const lines: string[] = [];
  const recorded = store(deps, turn, chosen, 'text');
  if (recorded.length) lines.push(`已按上期数据确认（${unitName(roster, unit)}）：`, ...recorded);
  if (missing.length) {
    const labels = [...new Set(missing.map((a) => deps.store.fields.get(a.field)?.label ?? a.field))];
    lines.push(`以下数据项没有上期数据可以沿用，请直接回复数字：${labels.join('、')}。`);
  }
  if (!recorded.length && !missing.length) lines.push('你目前没有可以沿用上期数据的待报项目。');
  lines.push(...remainingLines(deps, turn.member.id, unit));
  answer(deps, turn, lines.join('\n'));
  return true;
}

/**
 * A form submission (web or Lark card): inputs left at their prefilled figure confirm it, and the 与上月相同 button
 * confirms every prefilled item; whatever was typed is read like a reply.
 */
export function handleForm(deps: BotDeps, turn: Turn): void {
  const form = turn.message.form!;
  const unit = turn.member.unit;
  if (!unit) {
    handleReply(deps, turn);
    return;
  }
  const { withLast } = prefillable(deps, turn.member.id, unit);
  const confirmed: Confirmed[] = [];
  const rest: Record<string, string> = {};
  for (const [key, raw] of Object.entries(form.values)) {
    const matches = withLast.filter((c) => c.ask.field === key);
    // The card has one input per item: left at its figure it confirms that item, when only one period of it is open.
    if (matches.length === 1 && raw.trim() === prefillText(matches[0]!.last)) confirmed.push(matches[0]!);
    else rest[key] = raw;
  }
  // 与上月相同 also confirms the prefilled items whose input was cleared; an input changed to another figure is read as typed.
  if (form.same) for (const c of withLast) if (!(c.ask.field in form.values) && !confirmed.includes(c)) confirmed.push(c);
  if (!confirmed.length) {
    if (form.same && !Object.keys(rest).length) {
      answer(deps, turn, ['你目前没有可以沿用上期数据的待报项目，请直接填写数字。', ...remainingLines(deps, turn.member.id, unit)].join('\n'));
      return;
    }
    handleReply(deps, turn);
    return;
  }
  const lines = [`已按上期数据确认（${unitName(deps.store.roster.snapshot(), unit)}）：`, ...store(deps, turn, confirmed, 'form')];
  if (!Object.keys(rest).length) {
    answer(deps, turn, [...lines, ...remainingLines(deps, turn.member.id, unit)].join('\n'));
    return;
  }
  answer(deps, turn, lines.join('\n'));
  const text = Object.entries(rest).map(([k, v]) => `${deps.store.fields.get(k)?.label ?? k}：${v}`).join('\n');
  handleReply(deps, { ...turn, text, message: { ...turn.message, text } });
}
