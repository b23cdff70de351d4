// 统计时点为6月30日24时: the moment the figures are counted at is no due time, even with its clock.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-06-07T09:00:00+08:00'));

describe('the counting moment', () => {
  it('the due day is the one the report is due by', () => {
    const r = parse('请于7月15日前报送上半年低保户数。统计时点为6月30日24时。');
    expect(r?.deadline?.toISOString()).toBe('2026-07-15T15:59:59.000Z');
  });

  it('a monthly standard moment (每月10日零时) is not the monthly due day', () => {
    const r = parse('调查标准时点为每月10日零时，请各镇街于每月15日前报送低保户数。');
    expect(r?.deadline?.toISOString()).toBe('2026-06-15T15:59:59.000Z');
  });
});
