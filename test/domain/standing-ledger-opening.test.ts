// A ledger's round opens at 09:00 on the first working day after its period ends, at every cadence, across month,
// quarter and year turns and holidays; it is due at the end of the `due`-th day after the period ends.
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/bot/settings.js';
import {
  dueTime, firstPeriod, isCadencePeriod, isoWeekOf, nextPeriod, openingTime, periodContaining, periodDays,
} from '../../src/domain/standing-ledger.js';
import { formatZoned } from '../../src/domain/time.js';

const plain = resolveSettings({});
// 2026's National Day holiday, with a make-up working Saturday after it; New Year's Day 2027 is a Friday.
const holidays = resolveSettings({
  holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08', '2027-01-01'],
  makeupWorkdays: ['2026-10-10'],
});
const local = (d: Date): string => formatZoned(d, 'Asia/Shanghai');

describe('when a round opens and is due', () => {
  it('weekly: the ISO week ending on Sunday opens on Monday and is due that day with due 1', () => {
    expect(periodContaining({ year: 2026, month: 11, day: 26 }, 'weekly')).toBe('2026-W48');
    expect(local(openingTime('2026-W48', plain))).toBe('2026-11-30T09:00:00+08:00');
    expect(local(dueTime('2026-W48', 1, plain))).toBe('2026-11-30T23:59:59+08:00');
    expect(nextPeriod('2026-W48', 'weekly')).toBe('2026-W49');
    expect(local(openingTime('2026-W49', plain))).toBe('2026-12-07T09:00:00+08:00');
  });

  it('monthly: a month ending on a Monday opens on Tuesday; a month ending on a Saturday opens the Monday after', () => {
    expect(local(openingTime('2026-11', plain))).toBe('2026-12-01T09:00:00+08:00');
    expect(local(dueTime('2026-11', 5, plain))).toBe('2026-12-05T23:59:59+08:00');
    expect(local(openingTime('2026-01', plain))).toBe('2026-02-02T09:00:00+08:00');
    expect(nextPeriod('2026-12', 'monthly')).toBe('2027-01');
    expect(local(openingTime('2026-12', holidays))).toBe('2027-01-04T09:00:00+08:00');
  });

  it('quarterly: the third quarter opens after the National Day holiday, and a make-up Saturday counts as a working day', () => {
    expect(periodContaining({ year: 2026, month: 8, day: 15 }, 'quarterly')).toBe('2026-Q3');
    expect(local(openingTime('2026-Q3', plain))).toBe('2026-10-01T09:00:00+08:00');
    expect(local(openingTime('2026-Q3', holidays))).toBe('2026-10-09T09:00:00+08:00');
    expect(local(dueTime('2026-Q3', 15, holidays))).toBe('2026-10-15T23:59:59+08:00');
    expect(nextPeriod('2026-Q4', 'quarterly')).toBe('2027-Q1');
    const q3Holidays = resolveSettings({ holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09'], makeupWorkdays: ['2026-10-10'] });
    expect(local(openingTime('2026-Q3', q3Holidays))).toBe('2026-10-10T09:00:00+08:00');
  });

  it('yearly: the year opens on the first working day of the next, after New Year\'s Day', () => {
    expect(periodContaining({ year: 2026, month: 12, day: 31 }, 'yearly')).toBe('2026');
    expect(local(openingTime('2026', holidays))).toBe('2027-01-04T09:00:00+08:00');
    expect(local(dueTime('2026', 10, holidays))).toBe('2027-01-10T23:59:59+08:00');
    expect(nextPeriod('2026', 'yearly')).toBe('2027');
  });

  it('weeks across the year turn follow ISO numbering (2026 has 53 weeks; 2027-01-01 is in 2026-W53)', () => {
    expect(isoWeekOf({ year: 2027, month: 1, day: 1 })).toBe('2026-W53');
    expect(periodDays('2026-W53')).toEqual({ first: { year: 2026, month: 12, day: 28 }, last: { year: 2027, month: 1, day: 3 } });
    expect(nextPeriod('2026-W53', 'weekly')).toBe('2027-W01');
    expect(local(openingTime('2026-W53', holidays))).toBe('2027-01-04T09:00:00+08:00');
  });

  it('a round that holidays push past its due day is due at the end of its opening day, never already late', () => {
    const mondayOff = resolveSettings({ holidays: ['2026-11-30'] });
    expect(local(openingTime('2026-W48', mondayOff))).toBe('2026-12-01T09:00:00+08:00');
    expect(local(dueTime('2026-W48', 1, mondayOff))).toBe('2026-12-01T23:59:59+08:00');
  });

  it('the first round kept is the period still running when the ledger is defined', () => {
    expect(firstPeriod('monthly', new Date('2026-11-26T08:00:00+08:00'), 'Asia/Shanghai')).toBe('2026-11');
    expect(firstPeriod('weekly', new Date('2026-11-26T08:00:00+08:00'), 'Asia/Shanghai')).toBe('2026-W48');
    expect(firstPeriod('quarterly', new Date('2026-12-31T23:30:00+08:00'), 'Asia/Shanghai')).toBe('2026-Q4');
  });

  it('knows a cadence\'s own periods', () => {
    expect(isCadencePeriod('2026-11', 'monthly')).toBe(true);
    expect(isCadencePeriod('2026-11-30', 'monthly')).toBe(false);
    expect(isCadencePeriod('2026-W49', 'weekly')).toBe(true);
    expect(isCadencePeriod('2026-Q4', 'monthly')).toBe(false);
    expect(isCadencePeriod(null, 'yearly')).toBe(false);
  });
});
