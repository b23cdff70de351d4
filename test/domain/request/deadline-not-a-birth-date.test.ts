// 1932年12月31日前出生的老人: a birth-date bound is no due day, and neither is a day years before the notice.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-05-12T09:00:00+08:00'));

describe('birth dates', () => {
  it('前出生 bounds who is counted', () => {
    const r = parse('摸底对象：1926年12月31日前出生、目前健在的本区户籍老人。请各镇报送百岁老人人数。');
    expect(r?.fields).toEqual(['centenarians']);
    expect(r?.deadline).toBeNull();
  });
});
