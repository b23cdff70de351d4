// Which open period a value belongs to, given the period words the reply used.
import { describePeriod, periodKind, periodRange } from '../period.js';

export interface PeriodCandidate {
  period: string | null;
  answered: boolean;
  /** holds only an estimate (约260人) or another member's figure, which this reporter's figure may replace */
  estimate?: boolean;
  /** given in the reporter's latest reply (刚才说错了 with a bare figure corrects it) */
  latest?: boolean;
  /** the order of the reporter's reply that gave the figure held (see ReplyCandidate.given) */
  given?: number;
}

export interface PeriodWord {
  period: string;
  /** Said in the same sentence as the value (not carried from a header or an earlier sentence). */
  sameSentence: boolean;
  /** A running total from the start of the year (1-11月累计): never a month's, quarter's or week's own figure. */
  cumulative?: boolean;
}

/** open: when no period was said and several are open, the periods it could be (settled by the rest of the reply, or asked). */
export type PeriodChoice =
  /** fit: how closely the period said matches (0 the same … 2 one contains the other; 3 none said) */
  | { ok: true; period: string | null; fit?: number }
  /** period: the one open period the said one is not (the refusal is about it) */
  | { ok: false; reason: string; open?: Array<string | null>; period?: string | null };

const DAY = 86_400_000;
const NONE_SAID = 3;
/** A snapshot reported a few days off the asked date (截至今天 said a day late) is still that snapshot. */
const SNAPSHOT_SLACK_DAYS = 7;

function span(period: string): [number, number] | null {
  const kind = periodKind(period);
  const y = Number(period.slice(0, 4));
  if (!Number.isFinite(y)) return null;
  if (kind === 'half' || kind === 'week') return periodRange(period);
  if (kind === 'year') return [Date.UTC(y, 0, 1), Date.UTC(y + 1, 0, 1) - DAY];
  if (kind === 'quarter') {
    const q = Number(period.slice(6));
    return [Date.UTC(y, (q - 1) * 3, 1), Date.UTC(y, q * 3, 1) - DAY];
  }
  const m = Number(period.slice(5, 7));
  if (kind === 'month') return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 1) - DAY];
  const d = Date.UTC(y, m - 1, Number(period.slice(8, 10)));
  return Number.isFinite(d) ? [d, d] : null;
}

/** 0 = the same period, 1 = a nearby snapshot, 2 = one contains the other, Infinity = unrelated. */
function distance(said: string, open: string | null, cumulative = false): number {
  if (open === null) return 2;
  // a running total answers a snapshot or the year, never a month's, quarter's, half's or week's own figure
  if (cumulative && said !== open && !/^\d{4}(?:-\d{2}-\d{2})?$/.test(open)) return Infinity;
  if (said === open) return 0;
  const a = span(said);
  const b = span(open);
  if (!a || !b) return Infinity;
  if (periodKind(said) === 'snapshot' && periodKind(open) === 'snapshot') {
    return Math.abs(a[0] - b[0]) <= SNAPSHOT_SLACK_DAYS * DAY ? 1 : Infinity;
  }
  return a[0] <= b[1] && b[0] <= a[1] ? 2 : Infinity;
}

/**
 * 火情1起是11月3日的 with 发生火情 open for 10月 and 11月: a day the sentence names falls inside one of them only, so the
 * figure is that period's. `days` are YYYY-MM-DD; null when they do not settle it.
 */
export function periodHoldingDays(open: PeriodCandidate[], days: string[]): string | null | undefined {
  if (!days.length) return undefined;
  const hits = open.filter((c) => c.period !== null && days.every((d) => distance(d, c.period) === 2));
  return hits.length === 1 ? hits[0]!.period : undefined;
}

function notBegun(period: string, today: string): boolean {
  const s = span(period);
  const t = Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1, Number(today.slice(8, 10)));
  return !!s && s[0] > t;
}

/** 2026年第三季度、截至2026年10月31日: as the reporter reads a period, never its code (2026-Q3). */
function describe(periods: Array<string | null>): string {
  return periods.map(describePeriod).join('、');
}

function unique<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

/**
 * `today` (YYYY-MM-DD, the reply's day): when the only open period has not begun yet, the ask was misread (12月 asked
 * on November 25th); a figure the reply states for a period that has begun is then taken for that period.
 */
export function choosePeriod(open: PeriodCandidate[], said: PeriodWord | null, correction: boolean, today?: string, justNow = false): PeriodChoice {
  const periods = open.map((c) => c.period);
  if (open.length === 1) {
    const only = open[0]!;
    if (!said || !said.sameSentence) return { ok: true, period: only.period, fit: NONE_SAID };
    const d = distance(said.period, only.period, said.cumulative);
    if (d < Infinity) return { ok: true, period: only.period, fit: d };
    if (today && only.period && notBegun(only.period, today) && !notBegun(said.period, today)) return { ok: true, period: said.period };
    return { ok: false, reason: `所报时期（${describePeriod(said.period)}）不是所需时期，请报${describe(periods)}的数据`, period: only.period };
  }
  if (said) {
    const ranked = open.map((c) => ({ c, d: distance(said.period, c.period, said.cumulative) }));
    for (const level of [0, 1, 2]) {
      const hits = ranked.filter((r) => r.d === level);
      if (hits.length === 0) continue;
      const hit = unique(hits);
      if (hit) return { ok: true, period: hit.c.period, fit: level };
      break;
    }
    return { ok: false, reason: `无法确定是哪个时期的数据，请注明（${describe(periods)}）` };
  }
  const preferred = open.filter((c) => c.answered === correction);
  // 风险消除户数是1户，刚才说错了 with 10月 held from an earlier reply and 11月 still open: 刚才 points at the reporter's
  // latest reply, which did not give 10月's figure, so it may correct 10月's or give 11月's that was missed: ask.
  // (有误，应为12 says the figure held is wrong: that one is corrected.)
  if (correction && justNow && preferred.length === 1 && !preferred[0]!.latest && open.some((c) => !c.answered)) {
    return { ok: false, reason: `请注明是哪个时期的数据（${describe(periods)}）`, open: periods };
  }
  // 多打了个0，是7户 with both months held: a correction of the one the reporter's latest reply gave.
  if (correction && preferred.length > 1) {
    const last = preferred.filter((c) => c.latest);
    if (last.length === 1) return { ok: true, period: last[0]!.period };
  }
  // 发放人数263人 with 约260人 held for 11月 and 10月 still open: the exact figure for 11月 or 10月's, so ask (so too
  // when 11月's figure came from the town clerk's table and not from this reporter).
  const unsure = !correction && open.some((c) => c.estimate);
  const pick = unsure ? undefined : unique(preferred);
  if (pick) return { ok: true, period: pick.period };
  const could = (preferred.length && !unsure ? preferred : open).map((c) => c.period);
  return { ok: false, reason: `请注明是哪个时期的数据（${describe(periods)}）`, open: could };
}
