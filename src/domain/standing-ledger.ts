// Standing ledgers (台账): recurring collections that open by themselves, one round per period of their cadence.
// Pure: periods, when a round opens and when it is due.
import { isWorkingDay, type CalendarSettings } from './calendar.js';
import { addDays, endOfLocalDay, localParts, pad, weekdayOf, zonedDate, type LocalDate } from './time.js';

export const CADENCES = ['weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type Cadence = (typeof CADENCES)[number];

export interface StandingLedger {
  id: string;
  name: string;
  department: string;
  fields: string[];
  cadence: Cadence;
  /** Due at the end of this many days after the period ends. */
  due: number;
  /** Unit ids; null: every unit with staff serving the department. */
  targets: string[] | null;
}

/** A round opens at this local hour on the first working day after its period ends. */
export const OPENING_HOUR = 9;

export const CADENCE_NAMES: Record<Cadence, string> = { weekly: '每周', monthly: '每月', quarterly: '每季度', yearly: '每年' };

/** The ISO week a local date falls in: 2026-W49. */
export function isoWeekOf(d: LocalDate): string {
  const thursday = addDays(d, 4 - weekdayOf(d));
  const jan1 = Date.UTC(thursday.year, 0, 1);
  const week = Math.floor((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - jan1) / (7 * 86_400_000)) + 1;
  return `${thursday.year}-W${pad(week)}`;
}

/** The period of a cadence that contains a local date. */
export function periodContaining(d: LocalDate, cadence: Cadence): string {
  switch (cadence) {
    case 'weekly': return isoWeekOf(d);
    case 'monthly': return `${d.year}-${pad(d.month)}`;
    case 'quarterly': return `${d.year}-Q${Math.ceil(d.month / 3)}`;
    case 'yearly': return `${d.year}`;
  }
}

/** First and last local day of a cadence period (2026-11, 2026-Q4, 2026, 2026-W49); null for other forms. */
export function periodDays(period: string): { first: LocalDate; last: LocalDate } | null {
  let m: RegExpMatchArray | null;
  if ((m = period.match(/^(\d{4})-W(\d{2})$/))) {
    const year = Number(m[1]);
    const jan4: LocalDate = { year, month: 1, day: 4 };
    const first = addDays(jan4, 1 - weekdayOf(jan4) + (Number(m[2]) - 1) * 7);
    return { first, last: addDays(first, 6) };
  }
  if ((m = period.match(/^(\d{4})-(\d{2})$/))) {
    const first = { year: Number(m[1]), month: Number(m[2]), day: 1 };
    return { first, last: addDays(monthAfter(first), -1) };
  }
  if ((m = period.match(/^(\d{4})-Q([1-4])$/))) {
    const first = { year: Number(m[1]), month: (Number(m[2]) - 1) * 3 + 1, day: 1 };
    return { first, last: addDays(monthAfter(monthAfter(monthAfter(first))), -1) };
  }
  if ((m = period.match(/^(\d{4})$/))) {
    const year = Number(m[1]);
    return { first: { year, month: 1, day: 1 }, last: { year, month: 12, day: 31 } };
  }
  return null;
}

function monthAfter(d: LocalDate): LocalDate {
  return d.month === 12 ? { year: d.year + 1, month: 1, day: 1 } : { year: d.year, month: d.month + 1, day: 1 };
}

/** The period after a cadence period. */
export function nextPeriod(period: string, cadence: Cadence): string {
  return periodContaining(addDays(periodDays(period)!.last, 1), cadence);
}

/** 09:00 on the first working day after the period ends (2026-11 opens on 2026-12-01; a holiday pushes it on). */
export function openingTime(period: string, calendar: CalendarSettings): Date {
  let day = addDays(periodDays(period)!.last, 1);
  for (let i = 0; i < 60 && !isWorkingDay(day, calendar); i++) day = addDays(day, 1);
  return zonedDate(day, OPENING_HOUR, 0, 0, calendar.timezone);
}

/**
 * The end of the `due`-th day after the period ends. When holidays push the opening past it, the round is due at the
 * end of its opening day instead: staff are never asked for something already late.
 */
export function dueTime(period: string, due: number, calendar: CalendarSettings): Date {
  const stated = endOfLocalDay(addDays(periodDays(period)!.last, due), calendar.timezone);
  const opens = openingTime(period, calendar);
  return stated > opens ? stated : endOfLocalDay(localParts(opens, calendar.timezone), calendar.timezone);
}

/** The first period whose rounds a ledger keeps: the one still running at `since` (periods ended before are not asked). */
export function firstPeriod(cadence: Cadence, since: Date, timezone: string): string {
  return periodContaining(localParts(since, timezone), cadence);
}

/** A round: the ledger's period and when it opens and is due. */
export interface Round {
  ledger: string;
  period: string;
  opensAt: Date;
  dueAt: Date;
}

export function roundOf(ledger: StandingLedger, period: string, calendar: CalendarSettings): Round {
  return { ledger: ledger.id, period, opensAt: openingTime(period, calendar), dueAt: dueTime(period, ledger.due, calendar) };
}

/** Whether a period is one of the cadence's own (a request for 2026-11 can meet a monthly ledger, not a weekly one). */
export function isCadencePeriod(period: string | null, cadence: Cadence): boolean {
  if (!period) return false;
  const days = periodDays(period);
  return days !== null && periodContaining(days.first, cadence) === period;
}
