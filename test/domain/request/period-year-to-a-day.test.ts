// A year the ask names with a day of that year it counts up to: a running total, dated by its day (the spec's
// 截至11月底累计 is 2026-11-30), not the year.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('a year counted up to a day said after it', () => {
  it('is the day', () => {
    expect(parse('请各镇街于本月底前报送本年度低保户数、低保人数（截至11月20日）。')?.period).toBe('2026-11-20');
    expect(parse('请各镇街于12月5日前报送2026年临时救助人次（截至11月30日）。')?.period).toBe('2026-11-30');
  });

  it('a day said of the reporting is no end of the count', () => {
    expect(parse('请各镇街于12月5日前报送2026年临时救助人次，截至11月30日仍未报送的，予以通报。')?.period).toBe('2026');
  });

  it('a day of another year does not end this one', () => {
    expect(parse('请各镇街于12月5日前报送2025年临时救助人次（截至2026年11月30日）。')?.period).toBe('2025');
  });
});
