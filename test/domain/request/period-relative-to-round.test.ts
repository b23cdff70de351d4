// 每月6日前报上月 read after the 6th: the round asked for is next month's, and its 上月 is this month.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('a period named relative to a recurring round', () => {
  it('上月 of a monthly round is the month before the round due next', () => {
    const r = parse('请各镇街于每月6日前将上月低保户数报区民政局。', '2030-07-12T10:00:00+08:00');
    expect(r?.period).toBe('2030-07');
  });

  it('before the day of this month, the round due is this month and 上月 is last month', () => {
    const r = parse('请各镇街于每月6日前将上月低保户数报区民政局。', '2030-07-02T10:00:00+08:00');
    expect(r?.period).toBe('2030-06');
  });

  it('上一周 of a weekly round due next Monday is the week that Monday closes', () => {
    const r = parse('请各镇街每周一下午4时前将上一周低保户数报区民政局。', '2031-02-05T10:00:00+08:00');
    expect(r?.period).toBe('2031-W06');
  });

  it('a one-off ask keeps 上月 relative to the message', () => {
    const r = parse('请各镇街于8月6日前将上月低保户数报区民政局。', '2030-07-12T10:00:00+08:00');
    expect(r?.period).toBe('2030-06');
  });
});
