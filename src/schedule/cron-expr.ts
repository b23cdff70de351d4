// Next fire time of a five-field cron expression in an IANA timezone (for the virtual clock; node-cron runs live).
import { addDays, localParts, weekdayOf, zonedDate, type LocalDate } from '../domain/time.js';

type FieldSet = Set<number>;

function parseField(expr: string, min: number, max: number): FieldSet {
  const out = new Set<number>();
  for (const part of expr.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText ? Number(stepText) : 1;
    let lo = min;
    let hi = max;
    if (range && range !== '*') {
      const [a, b] = range.split('-');
      lo = Number(a);
      hi = b !== undefined ? Number(b) : stepText ? max : lo;
    }
    if (![lo, hi, step].every(Number.isInteger) || step < 1 || lo < min || hi > max) {
      throw new Error(`invalid cron field "${expr}" (expected ${min}-${max})`);
    }
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

export interface CronSpec {
  minutes: FieldSet;
  hours: FieldSet;
  days: FieldSet;
  months: FieldSet;
  weekdays: FieldSet;
  dayRestricted: boolean;
  weekdayRestricted: boolean;
}

export function parseCron(expr: string): CronSpec {
  const parts = expr.trim().split(/\s+/);
  if (parts.length !== 5) throw new Error(`invalid cron expression "${expr}": expected 5 fields`);
  const [mi, h, d, mo, w] = parts as [string, string, string, string, string];
  const weekdays = parseField(w, 0, 7);
  if (weekdays.has(7)) weekdays.add(0);
  return {
    minutes: parseField(mi, 0, 59), hours: parseField(h, 0, 23), days: parseField(d, 1, 31), months: parseField(mo, 1, 12),
    weekdays, dayRestricted: d !== '*', weekdayRestricted: w !== '*',
  };
}

function dayMatches(spec: CronSpec, d: LocalDate): boolean {
  if (!spec.months.has(d.month)) return false;
  const dow = weekdayOf(d) % 7;
  const dom = spec.days.has(d.day);
  const wd = spec.weekdays.has(dow);
  if (spec.dayRestricted && spec.weekdayRestricted) return dom || wd;
  return dom && wd;
}

/** The first instant strictly after `after` at which the expression fires, within ~2 years. */
export function nextCronTime(expr: string | CronSpec, after: Date, timezone: string): Date | null {
  const spec = typeof expr === 'string' ? parseCron(expr) : expr;
  const start = localParts(after, timezone);
  let day: LocalDate = start;
  const hours = [...spec.hours].sort((a, b) => a - b);
  const minutes = [...spec.minutes].sort((a, b) => a - b);
  for (let i = 0; i < 800; i++, day = addDays(day, 1)) {
    if (!dayMatches(spec, day)) continue;
    for (const h of hours) {
      for (const m of minutes) {
        const t = zonedDate(day, h, m, 0, timezone);
        if (t.getTime() > after.getTime()) return t;
      }
    }
  }
  return null;
}
