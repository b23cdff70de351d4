// SAME_TIME_LAST_YEAR: 请于11月25日前报送10月份临时救助人次及去年同期数 asked only for 2026-10, and 今年1-2月和去年同期 for
// 2026-02-28 and the whole of 2025. 去年同期 beside a period is that period a year back, asked too.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parserFor } from '../../../src/domain/request/parse.js';
import { member, parseWithDictionary, roster } from './helpers.js';

const parse = (text: string, at = '2026-11-20T10:00:00+08:00') => parseWithDictionary(text, 'lead_mz', at);

describe('去年同期 beside a period', () => {
  it('a month and 去年同期数: that month last year too', () => {
    const r = parse('各镇街：请于11月25日前报送10月份临时救助人次及去年同期数。');
    expect(r?.periods).toEqual(['2026-10', '2025-10']);
  });

  it('a running total and 去年同期: the same day last year', () => {
    const r = parse('各镇街：请于3月15日前报送今年1-2月和去年同期临时救助金额。', '2026-03-10T10:00:00+08:00');
    expect(r?.periods).toEqual(['2026-02-28', '2025-02-28']);
  });

  it('a quarter and 上年同期数据', () => {
    expect(parse('各镇街：请于11月25日前报送第三季度临时救助金额及上年同期数据。')?.periods).toEqual(['2026-Q3', '2025-Q3']);
  });

  it('今年和去年同期 stays the two years; 去年同期 alone is last year', () => {
    expect(parse('请各镇街于11月26日前报送今年和去年同期临时救助人次，便于对比分析。')?.periods).toEqual(['2026', '2025']);
    expect(parse('各镇街：请报送去年同期临时救助金额，11月27日前报。')?.period).toBe('2025');
  });

  it('compared with 去年同期, it is not asked', () => {
    const r = parse('各镇街：请于11月25日前报送10月份临时救助人次，并说明较去年同期增减原因。');
    expect(r?.period).toBe('2026-10');
    expect(r?.periods).toBeUndefined();
  });
});

describe('去年同月 and a spelled-out 去年同期', () => {
  it('上月及去年同月: last month and that month a year back', () => {
    expect(parse('各镇街：请于11月26日前报送上月及去年同月低保人数。')?.periods).toEqual(['2026-10', '2025-10']);
  });

  it('GLOSSED_SAME_TIME: 去年同期（2025年10月） is that month, not the whole year', () => {
    expect(parse('各镇街：为分析同比变化，请于11月27日前报送去年同期（2025年10月）临时救助金额。')?.period).toBe('2025-10');
    expect(parse('各镇街：请报送10月份低保户数及去年同期（2025年10月）低保户数，11月26日前报区局。')?.periods).toEqual(['2026-10', '2025-10']);
  });
});

describe('去年同期 as the name of a dictionary item', () => {
  // SAME_TIME_ITEM: a dictionary that keeps 上年同期销售额 (alias 上年同期数据) reads 及上年同期数据 as that item (notices/fresh-when2)
  const dictionary = JSON.parse(readFileSync('data/fields.json', 'utf8')).fields;
  const withLastYearItem = parserFor({
    roster, timezone: 'Asia/Shanghai', botName: '报数助手',
    fields: [...dictionary, { key: 'sales_last_year', label: '上年同期销售额', aliases: ['上年同期数据'], type: 'number', unit: '万元', min: 0 }],
  });

  it('is an item, not a second period', () => {
    const r = withLastYearItem.parse('各镇街：请于11月25日前报送10月份临时救助人次及上年同期数据。', member('lead_mz'), new Date('2026-11-20T10:00:00+08:00'));
    expect(r?.period).toBe('2026-10');
    expect(r?.periods).toBeUndefined();
  });
});
