// A period named as the base of a comparison (与上年实际对比) is the base wherever else the notice names it.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-24T09:00:00+08:00';
const period = (text: string): string | null | undefined => parseRequest(text, member('lead_mz'), ctxAt(AT))?.period;

describe('the base of a comparison', () => {
  it('与上年实际对比: a short noun between the period and 对比 still makes it the base', () => {
    expect(period('请各镇街11月30日前报送低保户数（与上年实际对比）。')).toBeNull();
  });

  it('上年实际 in a note is the same base, not the period asked', () => {
    expect(period('请各镇街11月30日前报送低保户数（与上年实际对比）。\n注：上年实际以年报为准。')).toBeNull();
  });

  it('the period asked for is still read beside the base', () => {
    expect(period('请各镇街11月30日前报送10月低保户数，并与上年同期数据对比。')).toBe('2026-10');
  });
});
