// A holiday or a 旬 that the ask counts has no period form: the period is then null, never the year in front of it.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-24T09:00:00+08:00';
const period = (text: string): string | null | undefined => parseRequest(text, member('lead_mz'), ctxAt(AT))?.period;

describe('times without a period form', () => {
  it('2027年春节期间 in the ask is a holiday, not the year 2027', () => {
    expect(period('请各镇街统计2027年春节期间临时救助人次，2027年2月20日前报送。')).toBeNull();
  });

  it('a 旬 in the ask (11月中旬) names no period either', () => {
    expect(period('请各镇街报送11月中旬临时救助人次，11月26日前报送。')).toBeNull();
  });

  it('a holiday in the title does not stand for its year, but lets a period in the notes count', () => {
    const text = '关于报送2027年春节期间走访慰问情况的通知\n各镇街：\n请报送低保户数。\n注：数据截至1月31日。\n请于2027年2月3日前报送。';
    expect(parseRequest(text, member('lead_mz'), ctxAt('2027-01-25T09:00:00+08:00'))?.period).toBe('2027-01-31');
  });

  it('春节前 is when something is due: the month the ask names stays the period', () => {
    expect(period('请各镇街于春节前报送11月临时救助人次。')).toBe('2026-11');
  });

  it('a season is no holiday: 今年秋季 still counts this year', () => {
    expect(period('请各镇街于11月30日前报送今年秋季临时救助人次。')).toBe('2026');
  });
});
