// 关于做好2027年长寿老人统计申报工作的通知 sent in 2026: a year not yet begun is the year the work serves, not one whose
// figures exist; it counts only as an entry of the item list (2027年计划投资) or as a report's year.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-10-14T10:00:00+08:00'));

describe('a year ahead', () => {
  it('the year an allowance is paid in is no period', () => {
    const r = parse('关于做好2027年百岁老人统计申报工作的通知\n各镇人民政府：\n现将2027年百岁老人统计申报有关事项通知如下：请于11月30日前将百岁老人人数报区民政局。');
    expect(r?.fields).toEqual(['centenarians']);
    expect(r?.period).toBeNull();
  });

  it('an item list entry for next year is asked', () => {
    const r = parse('请各镇于11月30日前报送以下数据：\n1. 2026年低保户数；\n2. 2027年危房改造户数。');
    expect(r?.periods).toEqual(['2026', '2027']);
  });
});
