// QUARTER_MONTH (deadline.ts): 每季度末月25日前 / 每季度第一个月10日前 — a bare day said of a named month of every quarter is
// that day of the month in the round due next. It was dropped as a quarter's edge (季度末, which names no month), so the
// notice had no due day; 第一个月10日 was read as this month's 10th.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at = '2026-11-20T09:00:00+08:00') => parseRequest(`各镇街：\n${text}`, member('lead_mz'), ctxAt(at));

describe('a day of a named month of every quarter', () => {
  it('每季度末月25日前 read in November is December 25th, for this quarter', () => {
    const r = parse('请于每季度末月25日前报送本季度低保户数。');
    expect(r).toMatchObject({ period: '2026-Q4' });
    expect(r?.deadline?.toISOString()).toBe('2026-12-25T15:59:59.000Z');
  });

  it('每季度最后一个月20日前 read after December 20th is next March\'s round', () => {
    const r = parse('请于每季度最后一个月20日前报送本季度临时救助人次。', '2026-12-22T09:00:00+08:00');
    expect(r).toMatchObject({ period: '2027-Q1' });
    expect(r?.deadline?.toISOString()).toBe('2027-03-20T15:59:59.000Z');
  });

  it('每季度第一个月10日前 read in November is January 10th, for the quarter it closes', () => {
    const r = parse('请于每季度第一个月10日前报送上季度低保户数。');
    expect(r).toMatchObject({ period: '2026-Q4' });
    expect(r?.deadline?.toISOString()).toBe('2027-01-10T15:59:59.000Z');
  });
});
