// 每周五报送上周进度，每月25日前报送月度汇总情况: one ask sets a weekly and a monthly round. The first due is the week's, and
// the month of the first monthly round is asked for too (periods: the week first).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

// a Tuesday: the first Friday is 2031-02-14 (its 上周 is W06), the first 25th is 2031-02-25 (February)
const parse = (text: string, at = '2031-02-11T10:00:00+08:00') => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('a weekly and a monthly round in one ask', () => {
  it('asks for last week and for the month of the first monthly round', () => {
    const r = parse('各镇街每周五上午下班前报送上周危房改造户数进度，每月25日前报送月度汇总情况，报区民政局。');
    expect(r?.periods).toEqual(['2031-W06', '2031-02']);
  });

  it('a monthly day early in the month counts the month just ended', () => {
    const r = parse('各镇街每周五报送上周危房改造户数进度，每月5日前报送月度汇总情况。');
    expect(r?.periods).toEqual(['2031-W06', '2031-02']);
  });

  it('a weekly round alone asks for its week only', () => {
    const r = parse('各镇街每周五报送上周危房改造户数进度。');
    expect(r?.period).toBe('2031-W06');
    expect(r?.periods).toBeUndefined();
  });
});
