// Which open period a value belongs to, given the period words the reply used.
import { periodKind, periodRange } from '../period.js';

export interface PeriodCandidate {
  period: string | null;
  answered: boolean;
}

export interface PeriodWord {
  period: string;
  /** Said in the same sentence as the value (not carried from a header or an earlier sentence). */
  sameSentence: boolean;
}

export type PeriodChoice = { ok: true; period: string | null } | { ok: false; reason: string };

const DAY = 86_400_000;
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
function distance(said: string, open: string | null): number {
  if (open === null) return 2;
  if (said === open) return 0;
  const a = span(said);
  const b = span(open);
  if (!a || !b) return Infinity;
  if (periodKind(said) === 'snapshot' && periodKind(open) === 'snapshot') {
    return Math.abs(a[0] - b[0]) <= SNAPSHOT_SLACK_DAYS * DAY ? 1 : Infinity;
  }
  return a[0] <= b[1] && b[0] <= a[1] ? 2 : Infinity;
}

function describe(periods: Array<string | null>): string {
  return periods.map((p) => p ?? '不限期').join('、');
}

function unique<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

export function choosePeriod(open: PeriodCandidate[], said: PeriodWord | null, correction: boolean): PeriodChoice {
  const periods = open.map((c) => c.period);
  if (open.length === 1) {
    const only = open[0]!;
    if (!said || !said.sameSentence || distance(said.period, only.period) < Infinity) return { ok: true, period: only.period };
    return { ok: false, reason: `所报时期（${said.period}）不是所需时期，请报${describe(periods)}的数据` };
  }
  if (said) {
    const ranked = open.map((c) => ({ c, d: distance(said.period, c.period) }));
    for (const level of [0, 1, 2]) {
      const hits = ranked.filter((r) => r.d === level);
      if (hits.length === 0) continue;
      const hit = unique(hits);
      if (hit) return { ok: true, period: hit.c.period };
      break;
    }
    return { ok: false, reason: `无法确定是哪个时期的数据，请注明（${describe(periods)}）` };
  }
  const preferred = open.filter((c) => c.answered === correction);
  const pick = unique(preferred);
  if (pick) return { ok: true, period: pick.period };
  return { ok: false, reason: `请注明是哪个时期的数据（${describe(periods)}）` };
}
