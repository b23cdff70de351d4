// 上一个月 / 上一季度 / 上一年度 are the month, quarter and year before the message, as 上月 / 上季度 / 上年 are.
import { describe, expect, it } from 'vitest';
import { findPeriodMentions } from '../../src/domain/period.js';

const periods = (text: string, at = '2027-04-04T09:00:00+08:00'): string[] =>
  findPeriodMentions(text, new Date(at), 'Asia/Shanghai').map((m) => m.period);

describe('the one before, said with 上一', () => {
  it('上一个月 is last month', () => {
    expect(periods('每月10日前将上一个月的工作情况报区政府')).toEqual(['2027-03']);
    expect(periods('上一个月', '2027-01-05T09:00:00+08:00')).toEqual(['2026-12']);
  });

  it('上一季度 is last quarter', () => {
    expect(periods('上一季度的数据')).toEqual(['2027-Q1']);
    expect(periods('上一季度', '2027-02-01T09:00:00+08:00')).toEqual(['2026-Q4']);
  });

  it('上一年度 is last year', () => {
    expect(periods('上一年度工作总结')).toEqual(['2026']);
  });
});

describe('the week before, said with 上一 or 前一', () => {
  it('上一周 and 前一周 are last week, as 上周 is', () => {
    expect(periods('每周一将上一周解欠情况报区解欠办', '2031-02-05T10:00:00+08:00')).toEqual(['2031-W05']);
    expect(periods('前一周清兑工程款数额', '2031-02-05T10:00:00+08:00')).toEqual(['2031-W05']);
  });
});
