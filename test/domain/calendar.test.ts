import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/bot/settings.js';
import { localParts } from '../../src/domain/time.js';
import { isQuietTime, isWorkingDay, nextAllowedDmTime, type CalendarSettings } from '../../src/domain/calendar.js';

const base: CalendarSettings = resolveSettings({});
const sh = (local: string): Date => new Date(`${local}+08:00`);
const next = (local: string, s: CalendarSettings = base): string => nextAllowedDmTime(sh(local), s).toISOString();
const iso = (local: string): string => sh(local).toISOString();

// 2026-11-23 is a Monday.
describe('quiet hours (21:00–08:00) and working days', () => {
  it('lets a DM through on a working day between 08:00 and 21:00', () => {
    expect(next('2026-11-23T08:00:00')).toBe(iso('2026-11-23T08:00:00'));
    expect(next('2026-11-23T14:37:12')).toBe(iso('2026-11-23T14:37:12'));
    expect(next('2026-11-23T20:59:59')).toBe(iso('2026-11-23T20:59:59'));
  });

  it('holds an evening DM until 08:00 the next working day', () => {
    expect(next('2026-11-23T21:00:00')).toBe(iso('2026-11-24T08:00:00'));
    expect(next('2026-11-23T23:59:59')).toBe(iso('2026-11-24T08:00:00'));
    expect(next('2026-11-24T00:00:00')).toBe(iso('2026-11-24T08:00:00'));
    expect(next('2026-11-24T07:59:59')).toBe(iso('2026-11-24T08:00:00'));
  });

  it('holds a Friday evening or weekend DM until Monday 08:00', () => {
    expect(next('2026-11-27T21:30:00')).toBe(iso('2026-11-30T08:00:00'));
    expect(next('2026-11-28T07:00:00')).toBe(iso('2026-11-30T08:00:00'));
    expect(next('2026-11-28T10:00:00')).toBe(iso('2026-11-30T08:00:00'));
    expect(next('2026-11-29T23:00:00')).toBe(iso('2026-11-30T08:00:00'));
    expect(next('2026-11-30T06:00:00')).toBe(iso('2026-11-30T08:00:00'));
  });

  it('skips holidays and works on make-up days (调休)', () => {
    // 2026 National Day: Oct 1–7 off, Sunday Oct 11 (and Saturday Sep 20 in this test) worked.
    const s = resolveSettings({
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
      makeupWorkdays: ['2026-09-20', '2026-10-11'],
    });
    expect(isWorkingDay({ year: 2026, month: 10, day: 1 }, s)).toBe(false);
    expect(isWorkingDay({ year: 2026, month: 10, day: 11 }, s)).toBe(true);
    expect(isWorkingDay({ year: 2026, month: 9, day: 20 }, s)).toBe(true);
    expect(next('2026-09-30T22:00:00', s)).toBe(iso('2026-10-08T08:00:00'));
    expect(next('2026-10-03T10:00:00', s)).toBe(iso('2026-10-08T08:00:00'));
    expect(next('2026-10-11T10:00:00', s)).toBe(iso('2026-10-11T10:00:00'));
    expect(next('2026-10-10T22:00:00', s)).toBe(iso('2026-10-11T08:00:00'));
    expect(next('2026-09-19T12:00:00', s)).toBe(iso('2026-09-20T08:00:00'));
  });

  it('honours other quiet hours, including a window within the day, and other timezones', () => {
    const lunch = resolveSettings({ quietHours: { start: '12:00', end: '14:00' } });
    expect(isQuietTime(sh('2026-11-23T13:00:00'), lunch)).toBe(true);
    expect(isQuietTime(sh('2026-11-23T22:00:00'), lunch)).toBe(false);
    expect(next('2026-11-23T13:00:00', lunch)).toBe(iso('2026-11-23T14:00:00'));
    expect(next('2026-11-23T22:00:00', lunch)).toBe(iso('2026-11-23T22:00:00'));

    const urumqi = resolveSettings({ timezone: 'Asia/Urumqi', quietHours: { start: '22:00', end: '09:00' } });
    // 08:30 in Urumqi (UTC+6) is 10:30 in Shanghai: still quiet there.
    const at = new Date('2026-11-24T02:30:00Z');
    expect(isQuietTime(at, urumqi)).toBe(true);
    expect(nextAllowedDmTime(at, urumqi).toISOString()).toBe('2026-11-24T03:00:00.000Z');
  });

  it('never moves a time backwards and always lands outside quiet hours on a working day', () => {
    const s = resolveSettings({ holidays: ['2026-12-31', '2027-01-01'] });
    for (let t = Date.parse('2026-12-24T00:00:00+08:00'); t < Date.parse('2027-01-06T00:00:00+08:00'); t += 37 * 60_000) {
      const at = new Date(t);
      const out = nextAllowedDmTime(at, s);
      expect(out.getTime()).toBeGreaterThanOrEqual(t);
      expect(isQuietTime(out, s)).toBe(false);
      expect(isWorkingDay(localParts(out, s.timezone), s)).toBe(true);
      expect(out.getTime() - t).toBeLessThan(5 * 24 * 3600_000);
    }
  });
});
