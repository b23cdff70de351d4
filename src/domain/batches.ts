// When a member's asks go out: at set batch times on working days, or at once when waiting would leave too little
// working time before the deadline. Pure: times and settings in, times out.
import { isQuietTime, isWorkingDay, type CalendarSettings } from './calendar.js';
import { addDays, localParts, zonedDate, type LocalDate } from './time.js';

export interface BatchSettings extends CalendarSettings {
  askBatches: string[];
  askMarginHours: number;
  /** Messages the bot may start to one member on one working day. */
  dailyMessageCap: number;
  workingHours: { start: string; end: string };
}

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The batch times of one local day, in order (none on a day off, none in quiet hours). */
export function batchTimesOn(day: LocalDate, s: BatchSettings): Date[] {
  if (!isWorkingDay(day, s)) return [];
  return [...new Set(s.askBatches)].map(minutesOf).sort((a, b) => a - b)
    .map((m) => zonedDate(day, Math.floor(m / 60), m % 60, 0, s.timezone))
    .filter((t) => !isQuietTime(t, s));
}

/** The first batch time strictly after `after`; null when no batches are set. */
export function nextBatchTime(after: Date, s: BatchSettings): Date | null {
  if (!s.askBatches.length) return null;
  let day: LocalDate = localParts(after, s.timezone);
  for (let i = 0; i < 60; i++, day = addDays(day, 1)) {
    const found = batchTimesOn(day, s).find((t) => t.getTime() > after.getTime());
    if (found) return found;
  }
  return null;
}

/** The first batch time on a later local day than `now`'s: the next batch a member who had the day's messages gets. */
export function firstBatchOfLaterDay(now: Date, s: BatchSettings): Date | null {
  const today = localParts(now, s.timezone);
  let t = nextBatchTime(now, s);
  while (t) {
    const d = localParts(t, s.timezone);
    if (d.year !== today.year || d.month !== today.month || d.day !== today.day) return t;
    t = nextBatchTime(t, s);
  }
  return null;
}

/** Whether `at` is the first batch time of its day (the batch that also carries the day's to-do). */
export function isFirstBatchOfDay(at: Date, s: BatchSettings): boolean {
  const first = batchTimesOn(localParts(at, s.timezone), s)[0];
  return first !== undefined && first.getTime() === at.getTime();
}

/**
 * Office minutes (working days, within working hours) between two instants. With `enough`, counting may stop once the
 * total reaches it (the result is then at least `enough`): whether an ask can wait needs only the margin's worth, and
 * a deadline weeks away was walked day by day for every item.
 */
export function workingMinutesBetween(from: Date, to: Date, s: BatchSettings, enough = Infinity): number {
  if (to.getTime() <= from.getTime()) return 0;
  const start = minutesOf(s.workingHours.start);
  const end = minutesOf(s.workingHours.end);
  if (end <= start) return 0;
  let total = 0;
  let day: LocalDate = localParts(from, s.timezone);
  for (let i = 0; i < 400; i++, day = addDays(day, 1)) {
    const open = zonedDate(day, Math.floor(start / 60), start % 60, 0, s.timezone);
    if (open.getTime() >= to.getTime()) break;
    if (!isWorkingDay(day, s)) continue;
    const close = zonedDate(day, Math.floor(end / 60), end % 60, 0, s.timezone);
    const a = Math.max(open.getTime(), from.getTime());
    const b = Math.min(close.getTime(), to.getTime());
    if (b > a) total += (b - a) / 60_000;
    if (total >= enough) break;
  }
  return total;
}

/**
 * Whether an ask made at `now` must go out at once: waiting for the next batch (`next`, the member's next usable one)
 * would leave less than the margin of working time before the deadline. Without batches everything goes at once;
 * without a deadline nothing is urgent.
 */
export function mustSendNow(now: Date, deadline: Date | null, s: BatchSettings, next = nextBatchTime(now, s)): boolean {
  if (!s.askBatches.length) return true;
  if (!next) return true;
  if (!deadline) return false;
  const margin = s.askMarginHours * 60;
  return workingMinutesBetween(next, deadline, s, margin) < margin;
}
