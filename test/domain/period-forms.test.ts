// Every period form of the replay contract: half years, ISO weeks, running totals as a day, and the year of a period
// named without one (the latest such period that has begun).
import { describe, expect, it } from 'vitest';
import { describePeriod, findPeriodMentions, isoWeek, periodKind, periodRange, PERIOD_PATTERN } from '../../src/domain/period.js';

const TZ = 'Asia/Shanghai';
const periods = (text: string, at = '2026-12-03T09:10:00+08:00'): string[] =>
  findPeriodMentions(text, new Date(at), TZ).map((m) => m.period);
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

describe('period forms', () => {
  it('上半年 / 下半年 are half years', () => {
    expect(periods('上半年农村劳动力转移就业人数')).toEqual(['2026-H1']);
    expect(periods('2025年下半年')).toEqual(['2025-H2']);
    expect(periods('下半年', '2026-03-02T09:00:00+08:00')).toEqual(['2025-H2']);
    expect(periods('7月1日至12月31日')).toEqual(['2026-H2']);
  });

  it('本周 / 上周 are ISO weeks; 上周五 stays a day and 下周 is no period', () => {
    expect(periods('本周森林防火巡查人次')).toEqual(['2026-W49']);
    expect(periods('上周巡山人次')).toEqual(['2026-W48']);
    expect(periods('截至上周五')).toEqual(['2026-11-27']);
    expect(periods('周报下周一照常报')).toEqual([]);
    expect(periods('本周', '2027-01-01T09:00:00+08:00')).toEqual(['2026-W53']);
  });

  it('a running total from the start of the year is its last day', () => {
    expect(periods('2026年1-11月累计临时救助人次')).toEqual(['2026-11-30']);
    expect(periods('1至11月')).toEqual(['2026-11-30']);
    expect(periods('截至11月底累计')).toEqual(['2026-11-30']);
    expect(periods('1月1日至11月30日')).toEqual(['2026-11-30']);
  });

  it('a quarter, half or month named without its year is the latest one begun', () => {
    expect(periods('四季度', '2027-01-05T09:00:00+08:00')).toEqual(['2026-Q4']);
    expect(periods('第四季度')).toEqual(['2026-Q4']);
    expect(periods('12月份', '2027-01-05T09:00:00+08:00')).toEqual(['2026-12']);
    expect(periods('12月份', '2026-11-24T09:00:00+08:00')).toEqual(['2025-12']);
  });

  it('knows the kind, range and wording of each form', () => {
    expect(['2026', '2026-H2', '2026-Q4', '2026-11', '2026-W49', '2026-11-30'].map(periodKind))
      .toEqual(['year', 'half', 'quarter', 'month', 'week', 'snapshot']);
    expect(periodRange('2026-W49')!.map(day)).toEqual(['2026-11-30', '2026-12-06']);
    expect(periodRange('2026-H1')!.map(day)).toEqual(['2026-01-01', '2026-06-30']);
    expect(describePeriod('2026-H2')).toBe('2026年下半年');
    expect(describePeriod('2026-W49')).toBe('2026年第49周');
    expect(isoWeek({ year: 2026, month: 1, day: 1 })).toBe('2026-W01');
    expect(PERIOD_PATTERN.test('2026-W54')).toBe(false);
  });
});

describe('whole-year running totals', () => {
  it('1—12月 is the year', () => {
    expect(periods('2026年1—12月份行政处罚案件')).toEqual(['2026']);
  });
});
