// The period is what the figures are counted for: read from the ask and its items, never a year from the purpose.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-24T09:00:00+08:00';
const period = (text: string): string | null | undefined => parseRequest(text, member('lead_mz'), ctxAt(AT))?.period;

describe('period from the ask, not the purpose', () => {
  it('a year in the purpose (为做好2027年…) is not the period', () => {
    expect(period('为做好2027年高龄津贴预算编制，请各镇街核实截至11月20日的百岁老人人数，11月25日前报送。')).toBe('2026-11-20');
    expect(period('为做好全年临时救助绩效评价，请各镇街统计第四季度临时救助人次，11月30日前报送。')).toBe('2026-Q4');
  });

  it('年度 in a higher body\'s requirement is not the period either', () => {
    expect(period('根据市残联关于做好年度资金清算的工作要求，请各镇街统计本月两项补贴人数，11月27日前报送。')).toBe('2026-11');
  });

  it('a lead-in of the ask\'s own sentence (年度考核要用，) gives way to the ask', () => {
    expect(period('年度考核要用，请各镇街12月3日前另报上月临时救助人次。')).toBe('2026-10');
  });

  it('the purpose alone gives no year: the period is then unknown', () => {
    expect(period('为做好2027年预算编制，请各镇街11月30日前报送百岁老人人数。')).toBeNull();
  });

  it('a period in the item list counts (以上数据均为11月在册数)', () => {
    expect(period('为做好资助名单比对，请各镇街报送以下数据：\n1. 低保人数；\n2. 特困供养人数。\n以上均为10月在册数。')).toBe('2026-10');
  });
});

describe('年度 alone', () => {
  it('高度重视年度数据报送 says "annual": the year named elsewhere in the ask wins', () => {
    expect(period('一、高度重视年度数据报送，如实报送2025年低保户数。\n请于11月30日前报送。')).toBe('2025');
  });
});

describe('comparisons', () => {
  it('与上年对比 / 比上年 name the year compared with, not the one asked for', () => {
    expect(period('请各镇街11月30日前报送本年度低保户数，并与上年对比。')).toBe('2026');
    expect(period('请各镇街11月30日前报送低保户数比上年增减情况。')).toBeNull();
  });
});

describe('the background and the purpose give no time at all', () => {
  it('a month said of an event in the background is not the period', () => {
    expect(period('由于卫星推迟到2027年1月发射，两年的建设任务一并实施。请各镇街于11月30日前报送危房改造户数。')).toBeNull();
  });

  it('a day results are stated to is not the period of a new ask', () => {
    expect(period('截至11月20日，全县已核实低保户1200户。请各镇街于11月30日前报送百岁老人人数。')).toBeNull();
  });
});
