// 请各镇于11月28日前报送低保户数。因系统维护，请各镇于11月30日前报送低保户数 — the same ask said again with another day
// (RESTATED_ASK): the later statement stands. Different things handed on different days keep the first due; so do the
// rows of a schedule that name nothing but the hand-in.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const day = (text: string): string | null => {
  const d = parseRequest(text, member('lead_mz'), ctxAt('2026-11-23T09:00:00+08:00'))?.deadline;
  return d ? formatZoned(d, 'Asia/Shanghai').slice(0, 10) : null;
};

describe('an ask restated with another day', () => {
  it('keeps the later statement', () => {
    expect(day('请各镇于11月28日前报送低保户数。\n因系统维护，请各镇于11月30日前报送低保户数。')).toBe('2026-11-30');
    expect(day('请各镇于12月2日前将低保户数报区民政局。\n接市局通知，现调整：请各镇于11月30日前将低保户数报区民政局。')).toBe('2026-11-30');
  });

  it('keeps the first due of different things', () => {
    expect(day('请各镇于11月28日前将低保户数报区民政局，于12月5日前将低保人数报区民政局。')).toBe('2026-11-28');
    expect(day('各镇报送时间如下：\n1.低保户数：11月28日前报送；\n2.低保人数：12月5日前报送。')).toBe('2026-11-28');
    expect(day('二、报送时间\n1.快报：报送时间为2026年12月10日前，报送低保户数。\n2.年报：报送时间为2027年1月25日前，报送低保人数。')).toBe('2026-12-10');
  });
});
