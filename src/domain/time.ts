// Wall-clock arithmetic in an IANA timezone without a date library: the domain stays pure and deterministic.

export interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timezone: string): Intl.DateTimeFormat {
  let f = formatters.get(timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone, year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23', weekday: 'short',
    });
    formatters.set(timezone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

// Parsing one message asks for the same instant's parts many times; formatToParts is by far the slowest step.
const recentParts = new Map<string, LocalDateTime>();

export function localParts(at: Date, timezone: string): LocalDateTime {
  return shiftedParts(at, timezone) ?? formattedParts(at, timezone);
}

/**
 * A zone's offset, asked of Intl once per quarter hour: offsets in use are whole quarter hours and zones change them
 * on a quarter hour, so an offset that is the same at both ends of a quarter hour holds all through it (one that is
 * not, or an instant outside years 1–9999, goes to Intl itself). Replaying a scenario asks for thousands of instants.
 */
const QUARTER_HOUR = 15 * 60_000;
/** A day into year 100 (UTC): from then on every zone's local year is at least 100. */
const YEAR_100 = new Date(0).setUTCFullYear(100, 0, 2);
/** Offsets by zone, then by quarter hour number (a number key: no string built and hashed per call). */
const quarterOffsets = new Map<string, Map<number, number | null>>();
let quarterOffsetCount = 0;

/** The zone's offset in milliseconds all through the quarter hour of `at`, or null (see above). */
function quarterOffset(at: Date, timezone: string): number | null {
  const t = at.getTime();
  if (!Number.isFinite(t)) return null;
  const quarter = Math.floor(t / QUARTER_HOUR);
  let ofZone = quarterOffsets.get(timezone);
  let offset = ofZone?.get(quarter);
  if (offset === undefined) {
    const start = offsetMs(quarter * QUARTER_HOUR, timezone);
    offset = start !== null && start === offsetMs((quarter + 1) * QUARTER_HOUR - 1000, timezone) ? start : null;
    if (quarterOffsetCount >= 4096) {
      quarterOffsets.clear();
      quarterOffsetCount = 0;
      ofZone = undefined;
    }
    if (!ofZone) quarterOffsets.set(timezone, (ofZone = new Map()));
    ofZone.set(quarter, offset);
    quarterOffsetCount++;
  }
  return offset;
}

function shiftedParts(at: Date, timezone: string): LocalDateTime | null {
  const offset = quarterOffset(at, timezone);
  if (offset === null) return null;
  const t = at.getTime();
  const local = new Date(Math.floor(t / 1000) * 1000 + offset);
  const year = local.getUTCFullYear();
  if (year < 1 || year > 9999) return null;
  return {
    year, month: local.getUTCMonth() + 1, day: local.getUTCDate(), hour: local.getUTCHours(), minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(), weekday: local.getUTCDay() || 7,
  };
}

/** The zone's offset at a whole-second instant, in milliseconds, as Intl gives it (null outside years 1–9999). */
function offsetMs(t: number, timezone: string): number | null {
  const p = formattedParts(new Date(t), timezone);
  if (p.year < 1 || p.year > 9999) return null;
  const asUtc = new Date(Date.UTC(2000, p.month - 1, p.day, p.hour, p.minute, p.second));
  asUtc.setUTCFullYear(p.year);
  return asUtc.getTime() - t;
}

function formattedParts(at: Date, timezone: string): LocalDateTime {
  const key = `${timezone}\u0000${at.getTime()}`;
  const known = recentParts.get(key);
  if (known) return { ...known };
  const parts: Record<string, string> = {};
  for (const p of formatter(timezone).formatToParts(at)) parts[p.type] = p.value;
  const local: LocalDateTime = {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day),
    hour: Number(parts.hour) % 24, minute: Number(parts.minute), second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday!] ?? 1,
  };
  if (recentParts.size >= 512) recentParts.clear();
  recentParts.set(key, local);
  return { ...local };
}

/** Minutes east of UTC for the zone at that instant (Asia/Shanghai → 480). */
export function offsetMinutes(at: Date, timezone: string): number {
  const quarter = quarterOffset(at, timezone);
  // (before year 100, Date.UTC below reads the year as 19xx: kept as it was)
  if (quarter !== null && at.getTime() >= YEAR_100) return Math.round(quarter / 60000);
  const p = localParts(at, timezone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60000);
}

/** The instant at which the zone's wall clock shows that local date and time. */
export function zonedDate(d: LocalDate, hour: number, minute: number, second: number, timezone: string): Date {
  const guess = Date.UTC(d.year, d.month - 1, d.day, hour, minute, second);
  let instant = guess - offsetMinutes(new Date(guess), timezone) * 60000;
  const corrected = guess - offsetMinutes(new Date(instant), timezone) * 60000;
  if (corrected !== instant) instant = corrected;
  return new Date(instant);
}

export function startOfLocalDay(d: LocalDate, timezone: string): Date {
  return zonedDate(d, 0, 0, 0, timezone);
}

/** 23:59:59 of that local day: what a day-only deadline means. */
export function endOfLocalDay(d: LocalDate, timezone: string): Date {
  return zonedDate(d, 23, 59, 59, timezone);
}

export function isValidLocalDate(d: LocalDate): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  return d.day <= daysInMonth(d.year, d.month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(d: LocalDate, days: number): LocalDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function weekdayOf(d: LocalDate): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/**
 * The date of a weekday relative to `today`'s week (weeks start on Monday).
 * week: -1 = 上周, 0 = 本周/这周, 1 = 下周.
 */
export function weekdayInWeek(today: LocalDate, weekday: number, week: number): LocalDate {
  const monday = addDays(today, 1 - weekdayOf(today));
  return addDays(monday, week * 7 + weekday - 1);
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function formatLocalDate(d: LocalDate): string {
  return `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** ISO 8601 with the zone's offset: 2026-11-30T23:59:59+08:00. */
export function formatZoned(at: Date, timezone: string): string {
  const p = localParts(at, timezone);
  const off = offsetMinutes(at, timezone);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${formatLocalDate(p)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}
