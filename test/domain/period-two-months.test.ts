// 10-11月 / 11—12月份: a span of two months from a later month is no month, quarter or half year (MONTHS_OF_A_PART in
// period.ts). No part of it may be read as the period: not its last month (10-11月 as November), nor, written in November,
// last year's December (11-12月 as 2025-12, the latest 12月 begun). A span that is a quarter or a half year stays one.
import { describe, expect, it } from 'vitest';
import { findPeriodMentions } from '../../src/domain/period.js';
import { parseRequest } from '../../src/domain/request/parse.js';
import { ctxAt, member } from './request/helpers.js';

const periods = (text: string, at = '2026-11-20T09:00:00+08:00'): string[] =>
  findPeriodMentions(text, new Date(at), 'Asia/Shanghai').map((m) => m.period);

describe('a span of two months names no single period', () => {
  it('10-11月 is not November', () => {
    expect(periods('10-11月低保户数')).toEqual([]);
    expect(periods('10—11月份临时救助人次')).toEqual([]);
  });

  it('11-12月 written in November is not last year\'s December', () => {
    expect(periods('11-12月低保户数')).toEqual([]);
  });

  it('a notice asking for 10-11月 has no period, as 10月至11月 has none', () => {
    const parse = (text: string) => parseRequest(`各镇街：\n${text}`, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));
    expect(parse('请于11月28日前报送10-11月低保户数。')).toMatchObject({ period: null });
    expect(parse('请于12月5日前报送11-12月低保户数。')).toMatchObject({ period: null });
  });

  it('a quarter, a half year and a running total from January keep their periods', () => {
    expect(periods('10-12月低保户数')).toEqual(['2026-Q4']);
    expect(periods('7—12月低保户数')).toEqual(['2026-H2']);
    expect(periods('1-10月临时救助人次')).toEqual(['2026-10-31']);
  });
});
