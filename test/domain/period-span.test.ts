import { describe, expect, it } from 'vitest';
import { findPeriodMentions } from '../../src/domain/period.js';

const TZ = 'Asia/Shanghai';
const periods = (text: string, at = '2026-11-23T10:20:00+08:00'): string[] =>
  findPeriodMentions(text, new Date(at), TZ).map((m) => m.period);

describe('periods: a span of whole months (统计时段：11月1日至11月30日)', () => {
  it('one whole month is that month', () => {
    expect(periods('统计时段：11月1日至11月30日，11月30日前报')).toEqual(['2026-11']);
    expect(periods('统计时段：11月1日至11月30日')).toEqual(['2026-11']);
    expect(periods('10月1日-31日临时救助人次')).toEqual(['2026-10']);
    expect(periods('2026年2月1日到2月28日')).toEqual(['2026-02']);
  });

  it('a whole quarter or a whole year is that quarter or year', () => {
    expect(periods('统计时间为7月1日至9月30日')).toEqual(['2026-Q3']);
    expect(periods('2025年1月1日至12月31日')).toEqual(['2025']);
  });

  it('a span from 1 January to a day is a running total counted as of that day (the spec\'s 1-11月累计)', () => {
    expect(periods('统计时段：1月1日至11月20日')).toEqual(['2026-11-20']);
  });

  it('a span that is not whole months names no period', () => {
    expect(periods('11月1日至11月20日')).toEqual([]);
    expect(periods('2月1日至2月30日')).toEqual([]);
  });
});

describe('periods: a span of whole months from a later month (MONTHS_OF_A_PART)', () => {
  it('is the quarter or the half year it covers, not its last month', () => {
    expect(periods('请报送7-9月临时救助人次')).toEqual(['2026-Q3']);
    expect(periods('请报送2026年7—12月临时救助人次')).toEqual(['2026-H2']);
    expect(periods('4月至6月')).toEqual(['2026-Q2']);
  });

  it('a span starting at January is still a running total; 11-12月 is not read as 1-12月, the whole year', () => {
    expect(periods('1-11月累计')).toEqual(['2026-11-30']);
    expect(periods('11-12月临时救助人次')).not.toContain('2026');
  });
});
