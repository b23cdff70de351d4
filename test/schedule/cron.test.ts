import { describe, expect, it } from 'vitest';
import { nextCronTime, parseCron } from '../../src/schedule/cron-expr.js';

const next = (expr: string, after: string, tz = 'Asia/Shanghai'): string | undefined => nextCronTime(expr, new Date(after), tz)?.toISOString();

describe('nextCronTime', () => {
  it('finds the daily digest time in the zone, strictly after the given instant', () => {
    expect(next('0 18 * * *', '2026-11-23T09:00:00+08:00')).toBe('2026-11-23T10:00:00.000Z');
    expect(next('0 18 * * *', '2026-11-23T18:00:00+08:00')).toBe('2026-11-24T10:00:00.000Z');
    expect(next('0 18 * * *', '2026-11-23T17:59:59.999+08:00')).toBe('2026-11-23T10:00:00.000Z');
    expect(next('0 18 * * *', '2026-12-31T19:00:00+08:00')).toBe('2027-01-01T10:00:00.000Z');
  });

  it('reads the expression in the given timezone, not the machine\'s', () => {
    expect(next('0 9 * * *', '2026-11-23T00:00:00Z', 'UTC')).toBe('2026-11-23T09:00:00.000Z');
    expect(next('0 9 * * *', '2026-11-23T00:00:00Z', 'Asia/Shanghai')).toBe('2026-11-23T01:00:00.000Z');
    expect(next('0 9 * * *', '2026-11-23T02:00:00Z', 'Asia/Shanghai')).toBe('2026-11-24T01:00:00.000Z');
    expect(next('0 9 * * *', '2026-11-23T00:00:00Z', 'America/New_York')).toBe('2026-11-23T14:00:00.000Z');
  });

  it('follows daylight saving changes', () => {
    // New York springs forward on 2026-03-08: 09:00 is 13:00Z after, 14:00Z before.
    expect(next('0 9 * * *', '2026-03-07T15:00:00Z', 'America/New_York')).toBe('2026-03-08T13:00:00.000Z');
    expect(next('0 9 * * *', '2026-03-06T15:00:00Z', 'America/New_York')).toBe('2026-03-07T14:00:00.000Z');
    // 02:30 does not exist that night: the next run is not lost.
    const t = nextCronTime('30 2 * * *', new Date('2026-03-08T05:00:00Z'), 'America/New_York')!;
    expect(t.getTime()).toBeGreaterThan(Date.parse('2026-03-08T05:00:00Z'));
    expect(t.getTime()).toBeLessThan(Date.parse('2026-03-10T00:00:00Z'));
  });

  it('handles lists, ranges, steps and weekdays (0 and 7 are Sunday)', () => {
    // Monday 2026-11-23.
    expect(next('0 9 * * 1-5', '2026-11-27T10:00:00+08:00')).toBe('2026-11-30T01:00:00.000Z');
    expect(next('0 9 * * 0', '2026-11-23T10:00:00+08:00')).toBe('2026-11-29T01:00:00.000Z');
    expect(next('0 9 * * 7', '2026-11-23T10:00:00+08:00')).toBe('2026-11-29T01:00:00.000Z');
    expect(next('*/15 8-9 * * *', '2026-11-23T08:20:00+08:00')).toBe('2026-11-23T00:30:00.000Z');
    expect(next('0,30 12 * * *', '2026-11-23T12:10:00+08:00')).toBe('2026-11-23T04:30:00.000Z');
    expect(next('0 0 1 * *', '2026-11-23T10:00:00+08:00')).toBe('2026-11-30T16:00:00.000Z');
    expect(next('0 8 29 2 *', '2026-03-01T00:00:00+08:00')).toBe('2028-02-29T00:00:00.000Z');
    // Day of month and weekday both restricted: either matches (cron's rule).
    expect(next('0 9 1 * 5', '2026-11-23T10:00:00+08:00')).toBe('2026-11-27T01:00:00.000Z');
  });

  it('rejects malformed expressions', () => {
    for (const bad of ['0 18 * *', '60 18 * * *', '0 24 * * *', '0 18 32 * *', '0 18 * 13 *', 'a b c d e', '*/0 * * * *']) {
      expect(() => parseCron(bad), bad).toThrow(/invalid cron/);
    }
  });
});
