// 周二为节假日的，顺延至…中午12时前: a rule for the exception is no due time of the round asked now; it counts only when
// nothing else in the notice gives one.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-26T09:00:00+08:00'));

describe('deadlines in an exception rule', () => {
  it('the weekly round, not the clock of its holiday exception', () => {
    const r = parse('请各镇街每周二中午12时前报送上周低保户数；周二为节假日的，顺延至节假日结束后的第一个工作日中午12时前。');
    expect(r?.deadline?.toISOString()).toBe('2026-12-01T04:00:00.000Z');
  });

  it('a due time said only in a note still counts', () => {
    const r = parse('请各镇街报送本月低保户数。\n注：于11月30日前报区民政局。');
    expect(r?.deadline?.toISOString()).toBe('2026-11-30T15:59:59.000Z');
  });
});
