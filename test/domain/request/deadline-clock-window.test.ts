// 2月2日进行一次模拟测试：当天15—17时，将反映当天实际情况的…提交: a window of hours on a named day is due at its end, and
// when it comes before the daily rounds, it is the round asked for now.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2029-01-22T10:00:00+08:00'));

describe('a window of hours on a named day', () => {
  const r = parse('各镇街：\n一、2月6日至2月11日每天17时前，填报低保户数。\n二、2月2日进行一次模拟测试：当天15—17时，将反映当天实际情况的低保户数通过网络提交。');

  it('is due at the end of the window', () => {
    expect(r?.deadline?.toISOString()).toBe('2029-02-02T09:00:00.000Z');
  });

  it('is the round asked for now, before the daily rounds', () => {
    expect(r?.period).toBe('2029-02-02');
  });
});
