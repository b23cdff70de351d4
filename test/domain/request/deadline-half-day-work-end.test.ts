// 3月3日上午下班前把…清单报县安委办: 上午下班 (the end of the morning's work) is one time of day, noon of the day named; before,
// 上午 was read alone and 下班前 fell on the day the notice was sent (fresh-when17 青桐 7 got March 1st, the sending day).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2061-03-01T09:00:00+08:00'));

describe('a day with 上午下班前 / 下午下班前', () => {
  it('is due at noon of that day, not on the sending day', () => {
    const r = parse('各镇街：\n请各镇街3月3日上午下班前把低保户数报区民政局。');
    expect(r?.deadline?.toISOString()).toBe('2061-03-03T04:00:00.000Z');
  });

  it('下午下班前 is the end of that day\'s afternoon', () => {
    const r = parse('各镇街：\n请各镇街于3月3日下午下班前把低保户数报区民政局。');
    expect(r?.deadline?.toISOString()).toBe('2061-03-03T10:00:00.000Z');
  });

  it('下班前 alone still ends the day named', () => {
    const r = parse('各镇街：\n请各镇街于3月3日下班前把低保户数报区民政局。');
    expect(r?.deadline?.toISOString()).toBe('2061-03-03T15:59:59.000Z');
  });
});
