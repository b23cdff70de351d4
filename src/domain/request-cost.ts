// What a request costs the people asked, shown to the requester: units × items, what the pool or an earlier ask (a
// ledger's round among them) already covers, the staff minutes of what is asked now, and whether the deadline leaves
// them a working day.
import { isWorkingDay, type CalendarSettings } from './calendar.js';
import { addDays, compareLocalDates, endOfLocalDay, localParts, zonedDate, type LocalDate } from './time.js';

export interface RequestCost {
  units: number;
  items: number;
  /** Periods asked for (本月和上月: 2). */
  periods: number;
  /** (unit, item) pairs the request needs. */
  needed: number;
  /** Answered from the pool. */
  pooled: number;
  /** Already asked by an earlier request or a ledger's round. */
  alreadyAsked: number;
  /** Of those, asked by a ledger's round. */
  inLedger: number;
  /** Asked now. */
  askedNow: number;
  minutes: number;
}

export function requestCost(c: Omit<RequestCost, 'minutes'>, minutesPerAsk: number): RequestCost {
  return { ...c, minutes: Math.round(c.askedNow * minutesPerAsk) };
}

/** 6个单位 × 3项 = 18项：数据池已有 11 项，已在收集 1 项，新问 6 项，约占基层 1.5 小时（每项按 15 分钟计）. */
export function costText(c: RequestCost, minutesPerAsk: number): string {
  const covered = [
    c.pooled ? `数据池已有 ${c.pooled} 项` : '',
    c.alreadyAsked ? `已在收集 ${c.alreadyAsked} 项${c.inLedger ? `（其中台账 ${c.inLedger} 项）` : ''}` : '',
  ].filter(Boolean);
  const effort = c.askedNow
    ? `新问 ${c.askedNow} 项，约占基层 ${formatMinutes(c.minutes)}（每项按 ${minutesPerAsk} 分钟计）`
    : '无需新问，不占基层时间';
  return `${c.units}个单位 × ${c.items}项${c.periods > 1 ? ` × ${c.periods}期` : ''} = ${c.needed}项：${[...covered, effort].join('，')}`;
}

function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} 分钟`;
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${hours} 小时`;
}

/** Working hours counted for "one working day": 09:00–17:00 on working days. */
const DAY_START = 9 * 60;
const DAY_END = 17 * 60;
const ONE_WORKING_DAY = DAY_END - DAY_START;

export type DeadlineWarning =
  | { kind: 'past' }
  | { kind: 'short'; suggestion: Date }
  | { kind: 'day-off'; suggestion: Date };

/** Working minutes (09:00–17:00 on working days) between two instants. */
export function workingMinutesBetween(from: Date, to: Date, calendar: CalendarSettings): number {
  if (to <= from) return 0;
  const tz = calendar.timezone;
  let day: LocalDate = localParts(from, tz);
  const last = localParts(to, tz);
  let total = 0;
  for (let i = 0; i < 400 && compareLocalDates(day, last) <= 0; i++) {
    if (isWorkingDay(day, calendar)) {
      const start = Math.max(zonedDate(day, DAY_START / 60, 0, 0, tz).getTime(), from.getTime());
      const end = Math.min(zonedDate(day, DAY_END / 60, 0, 0, tz).getTime(), to.getTime());
      if (end > start) total += Math.round((end - start) / 60_000);
    }
    day = addDays(day, 1);
  }
  return total;
}

/** The end of the first working day by which staff have had one full working day since `postedAt`. */
export function earliestReasonableDeadline(postedAt: Date, calendar: CalendarSettings): Date {
  let day: LocalDate = localParts(postedAt, calendar.timezone);
  for (let i = 0; i < 60; i++) {
    const end = endOfLocalDay(day, calendar.timezone);
    if (isWorkingDay(day, calendar) && workingMinutesBetween(postedAt, end, calendar) >= ONE_WORKING_DAY) return end;
    day = addDays(day, 1);
  }
  return endOfLocalDay(day, calendar.timezone);
}

/**
 * What the requester is warned of: a deadline already past (never accepted silently), one that leaves less than one
 * working day (上午发下午要) — suggesting the earliest reasonable one — or one on a day off, suggesting the working day before.
 */
export function deadlineWarnings(deadline: Date | null, postedAt: Date, calendar: CalendarSettings): DeadlineWarning[] {
  if (!deadline) return [];
  if (deadline <= postedAt) return [{ kind: 'past' }];
  const warnings: DeadlineWarning[] = [];
  const reasonable = earliestReasonableDeadline(postedAt, calendar);
  if (workingMinutesBetween(postedAt, deadline, calendar) < ONE_WORKING_DAY) warnings.push({ kind: 'short', suggestion: reasonable });
  const day = localParts(deadline, calendar.timezone);
  if (!warnings.length && !isWorkingDay(day, calendar)) {
    // It leaves a full working day, all of it before the day off: the working day before still does.
    let before = addDays(day, -1);
    for (let i = 0; i < 30 && !isWorkingDay(before, calendar); i++) before = addDays(before, -1);
    warnings.push({ kind: 'day-off', suggestion: endOfLocalDay(before, calendar.timezone) });
  }
  return warnings;
}
