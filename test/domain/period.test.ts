import { describe, expect, it } from 'vitest';
import { describePeriod, findPeriodMentions, periodKind, resolveDateExpression } from '../../src/domain/period.js';

const TZ = 'Asia/Shanghai';
const at = new Date('2026-11-25T09:00:00+08:00'); // Wednesday
const periods = (text: string, when = at): string[] => findPeriodMentions(text, when, TZ).map((m) => m.period);
const today = { year: 2026, month: 11, day: 25 };

describe('findPeriodMentions', () => {
  it.each([
    ['本月低保户数', ['2026-11']],
    ['上月临时救助人次', ['2026-10']],
    ['上个月的数据', ['2026-10']],
    ['10月份临时救助', ['2026-10']],
    ['10月临时救助', ['2026-10']],
    ['十月临时救助', ['2026-10']],
    ['2026年11月社会救助数据', ['2026-11']],
    ['今年11月的数据', ['2026-11']],
    ['去年12月的数据', ['2025-12']],
    ['第四季度危房改造户数', ['2026-Q4']],
    ['四季度危房改造户数', ['2026-Q4']],
    ['本季度', ['2026-Q4']],
    ['上季度', ['2026-Q3']],
    ['本年度危房改造户数', ['2026']],
    ['2026年度农村危房改造', ['2026']],
    ['全年危房改造23户', ['2026']],
    ['今年危房改造', ['2026']],
    ['截至11月20日辖区百岁老人人数', ['2026-11-20']],
    ['截至上周五辖区百岁老人人数', ['2026-11-20']],
    ['截至今天', ['2026-11-25']],
    ['截至目前', ['2026-11-25']],
    ['截止到昨天', ['2026-11-24']],
    ['截至11月27日', ['2026-11-27']], // 截至 may look a little ahead
    ['请于11月26日前报送', []],
    ['截止12月20日前报送', []],
    ['11月底前报送', []],
    ['没有期间', []],
  ])('%s', (text, want) => expect(periods(text)).toEqual(want));

  it('reads a month named without a year as the most recent such month', () => {
    expect(periods('12月份的数据', new Date('2027-01-10T09:00:00+08:00'))).toEqual(['2026-12']);
    expect(periods('上月', new Date('2027-01-10T09:00:00+08:00'))).toEqual(['2026-12']);
  });

  it('gives mentions in order with their positions', () => {
    const found = findPeriodMentions('本月低保户数和上月临时救助人次', at, TZ);
    expect(found.map((m) => [m.index, m.text, m.kind])).toEqual([[0, '本月', 'month'], [7, '上月', 'month']]);
  });

  it('does not throw on odd text', () => {
    for (const t of ['', '13月', '0月', '第五季度', '截至2月30日', '截至'.repeat(1000), '年'.repeat(5000)]) {
      expect(() => findPeriodMentions(t, at, TZ)).not.toThrow();
    }
    expect(periods('13月')).toEqual([]);
    expect(periods('第五季度')).toEqual([]);
    expect(periods('截至2月30日')).toEqual([]);
  });
});

describe('resolveDateExpression', () => {
  it.each([
    ['11月20日', '2026-11-20'], ['2026年11月20日', '2026-11-20'], ['20日', '2026-11-20'], ['28号', '2026-10-28'],
    ['今天', '2026-11-25'], ['昨天', '2026-11-24'], ['上周五', '2026-11-20'], ['本周一', '2026-11-23'],
    ['月底', '2026-11-30'], ['上月月底', '2026-10-31'], ['2026-11-03', '2026-11-03'], ['2月30日', null], ['随便', null],
  ])('%s', (expr, want) => {
    const d = resolveDateExpression(expr, today);
    expect(d ? `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` : null).toBe(want);
  });
});

describe('describePeriod and periodKind', () => {
  it('words periods', () => {
    expect(describePeriod('2026-11')).toBe('2026年11月');
    expect(describePeriod('2026-Q4')).toBe('2026年第四季度');
    expect(describePeriod('2026')).toBe('2026年度');
    expect(describePeriod('2026-11-20')).toBe('截至2026年11月20日');
    expect(describePeriod(null)).toBe('不限期');
    expect(periodKind('2026-11-20')).toBe('snapshot');
  });
});

describe('month and year ends as snapshots', () => {
  it('reads 截至11月底 / 截至上年底', () => {
    expect(periods('报送截至11月底的特殊家庭户数')).toEqual(['2026-11-30']);
    expect(periods('截至10月末')).toEqual(['2026-10-31']);
    expect(periods('截至去年年底')).toEqual(['2025-12-31']);
  });
});

describe('month ends without 截至', () => {
  it('reads 11月末生猪存栏 and 截至上月底 as snapshots, but not a deadline 11月底前', () => {
    const dec = new Date('2026-12-08T10:00:00+08:00');
    expect(periods('报一下11月末生猪存栏', dec)).toEqual(['2026-11-30']);
    expect(periods('截至上月底的户数', dec)).toEqual(['2026-11-30']);
    expect(periods('12月底前报送', dec)).toEqual([]);
  });
});

describe('上月末 without 截至', () => {
  it('reads 上月末生猪存栏 as last month end, and 本月底前 not as a snapshot', () => {
    const dec = new Date('2026-12-08T10:00:00+08:00');
    expect(periods('报送上月末生猪存栏', dec)).toEqual(['2026-11-30']);
    expect(periods('本月底前报送', dec)).not.toContain('2026-12-31');
  });
});
