// Working days and quiet hours: when the bot may start a conversation with someone.
import { addDays, formatLocalDate, localParts, weekdayOf, zonedDate, type LocalDate } from './time.js';

export interface CalendarSettings {
  timezone: string;
  quietHours: { start: string; end: string };
  workdays: number[];
  holidays: string[];
  makeupWorkdays: string[];
}

export function isWorkingDay(d: LocalDate, s: CalendarSettings): boolean {
  const key = formatLocalDate(d);
  if (s.makeupWorkdays.includes(key)) return true;
  if (s.holidays.includes(key)) return false;
  return s.workdays.includes(weekdayOf(d));
}

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function isQuietTime(at: Date, s: CalendarSettings): boolean {
  const p = localParts(at, s.timezone);
  const m = p.hour * 60 + p.minute;
  const start = minutesOf(s.quietHours.start);
  const end = minutesOf(s.quietHours.end);
  if (start === end) return false;
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/** `at` itself when the bot may DM people then; otherwise the end of quiet hours on the next working day. */
export function nextAllowedDmTime(at: Date, s: CalendarSettings): Date {
  const p = localParts(at, s.timezone);
  if (isWorkingDay(p, s) && !isQuietTime(at, s)) return at;
  const end = minutesOf(s.quietHours.end);
  // The first end of quiet hours, from today on, that falls on a working day and is not before `at`.
  let day: LocalDate = p;
  for (let i = 0; i < 60; i++) {
    if (isWorkingDay(day, s)) {
      const candidate = zonedDate(day, Math.floor(end / 60), end % 60, 0, s.timezone);
      if (candidate.getTime() >= at.getTime()) return candidate;
    }
    day = addDays(day, 1);
  }
  return at;
}
