// The cost of a request as its requester sees it, and the deadline warnings: past, less than one working day, a day off.
import { describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/bot/settings.js';
import {
  costText, deadlineWarnings, earliestReasonableDeadline, requestCost, workingMinutesBetween,
} from '../../src/domain/request-cost.js';
import { formatZoned } from '../../src/domain/time.js';

const calendar = resolveSettings({ holidays: ['2027-01-01'] });
const at = (local: string): Date => new Date(`${local}+08:00`);
const local = (d: Date): string => formatZoned(d, 'Asia/Shanghai');

describe('the cost line', () => {
  it('states units × items, what the pool and earlier asks (a ledger among them) cover, and the minutes asked now', () => {
    const cost = requestCost({ units: 6, items: 3, periods: 1, needed: 18, pooled: 11, alreadyAsked: 1, inLedger: 1, askedNow: 6 }, 15);
    expect(cost.minutes).toBe(90);
    expect(costText(cost, 15)).toBe('6个单位 × 3项 = 18项：数据池已有 11 项，已在收集 1 项（其中台账 1 项），新问 6 项，约占基层 1.5 小时（每项按 15 分钟计）');
  });

  it('says so when nothing is asked, and counts periods', () => {
    const none = requestCost({ units: 6, items: 2, periods: 2, needed: 24, pooled: 24, alreadyAsked: 0, inLedger: 0, askedNow: 0 }, 15);
    expect(costText(none, 15)).toBe('6个单位 × 2项 × 2期 = 24项：数据池已有 24 项，无需新问，不占基层时间');
    expect(costText(requestCost({ units: 1, items: 2, periods: 1, needed: 2, pooled: 0, alreadyAsked: 0, inLedger: 0, askedNow: 2 }, 10), 10))
      .toBe('1个单位 × 2项 = 2项：新问 2 项，约占基层 20 分钟（每项按 10 分钟计）');
  });
});

describe('deadline warnings', () => {
  it('counts working minutes 09:00–17:00 on working days only', () => {
    expect(workingMinutesBetween(at('2026-12-04T14:00:00'), at('2026-12-07T10:00:00'), calendar)).toBe(180 + 60);
    expect(workingMinutesBetween(at('2026-12-05T08:00:00'), at('2026-12-06T20:00:00'), calendar)).toBe(0);
  });

  it('a deadline already past is never accepted silently', () => {
    expect(deadlineWarnings(at('2026-11-30T23:59:59'), at('2026-12-03T09:00:00'), calendar)).toEqual([{ kind: 'past' }]);
  });

  it('上午发下午要: less than one working day warns, suggesting the end of the next working day', () => {
    const [w] = deadlineWarnings(at('2026-12-02T23:59:59'), at('2026-12-02T14:30:00'), calendar);
    expect(w?.kind).toBe('short');
    expect(local((w as { suggestion: Date }).suggestion)).toBe('2026-12-03T23:59:59+08:00');
    // Posted on a Friday afternoon for Monday noon: the weekend does not count.
    const [friday] = deadlineWarnings(at('2026-12-07T12:00:00'), at('2026-12-04T15:00:00'), calendar);
    expect(friday?.kind).toBe('short');
    expect(local((friday as { suggestion: Date }).suggestion)).toBe('2026-12-07T23:59:59+08:00');
  });

  it('a full working day ahead is fine', () => {
    expect(deadlineWarnings(at('2026-12-02T23:59:59'), at('2026-12-02T09:00:00'), calendar)).toEqual([]);
    expect(deadlineWarnings(at('2026-12-04T12:00:00'), at('2026-12-03T09:10:00'), calendar)).toEqual([]);
    expect(deadlineWarnings(null, at('2026-12-03T09:10:00'), calendar)).toEqual([]);
  });

  it('a deadline on a day off suggests the working day before it; one both short and on a day off gets the short warning', () => {
    const [saturday] = deadlineWarnings(at('2026-12-05T23:59:59'), at('2026-12-01T10:00:00'), calendar);
    expect(saturday?.kind).toBe('day-off');
    expect(local((saturday as { suggestion: Date }).suggestion)).toBe('2026-12-04T23:59:59+08:00');
    const [newYear] = deadlineWarnings(at('2027-01-01T23:59:59'), at('2026-12-30T10:00:00'), calendar);
    expect(newYear?.kind).toBe('day-off');
    expect(local((newYear as { suggestion: Date }).suggestion)).toBe('2026-12-31T23:59:59+08:00');
    const both = deadlineWarnings(at('2027-01-01T23:59:59'), at('2026-12-31T10:00:00'), calendar);
    expect(both.map((w) => w.kind)).toEqual(['short']);
    expect(local((both[0] as { suggestion: Date }).suggestion)).toBe('2027-01-04T23:59:59+08:00');
  });

  it('the earliest reasonable deadline leaves one full working day', () => {
    expect(local(earliestReasonableDeadline(at('2026-12-02T09:00:00'), calendar))).toBe('2026-12-02T23:59:59+08:00');
    expect(local(earliestReasonableDeadline(at('2026-12-04T09:30:00'), calendar))).toBe('2026-12-07T23:59:59+08:00');
  });
});
