// A recurring notice's own words give a ledger's cadence and due days; a notice for a period not yet ended gives none.
import { describe, expect, it } from 'vitest';
import { findRecurrence } from '../../src/domain/recurrence.js';

describe('findRecurrence', () => {
  it.each([
    ['请各镇街每月5日前报送上月低保户数、特困供养人数。', { cadence: 'monthly', due: 5 }],
    ['各村（社区）每月十号前报上个月临时救助人次。', { cadence: 'monthly', due: 10 }],
    ['请各村每周一下班前报送上周森林防火巡查人次。', { cadence: 'weekly', due: 1 }],
    ['每季度结束后10日内报送上季度农村劳动力转移就业人数。', { cadence: 'quarterly', due: 10 }],
    ['每年1月15日前报送上年度户籍人口数。', { cadence: 'yearly', due: 15 }],
  ])('%s', (text, want) => {
    expect(findRecurrence(text)).toEqual(want);
  });

  it.each([
    '请各镇街于12月5日前报送11月低保户数。',
    '每月25日前报送本月低保户数。',
    '每周五前报送本周巡查人次。',
    '请每月按时报送。',
  ])('none in: %s', (text) => {
    expect(findRecurrence(text)).toBeNull();
  });
});
