// 今年以来两项补贴人数多少，麻烦周五前报一下 — a lead-in opening on 今年以来 reads like a purpose; when it ends on a question
// of how many and a polite ask (麻烦, 劳烦, 烦请) follows, the question is what the ask is for.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-12-07T09:00:00+08:00';
const read = (text: string) => parseRequest(text, member('lead_cl'), ctxAt(AT));

describe('a question of how many in a time lead-in, then a polite ask', () => {
  it('the question names the item and 麻烦…报一下 is the ask', () => {
    const r = read('各镇街：今年以来残疾人两项补贴人数多少，麻烦周五前报一下。');
    expect(r?.fields).toEqual(['disability_subsidy_persons']);
    expect(r?.deadline?.toISOString()).toBe('2026-12-11T15:59:59.000Z');
  });

  it('烦请 turns in the same way', () => {
    expect(read('各镇街：目前百岁老人有多少，烦请本周五前报给我。')?.fields).toEqual(['centenarians']);
  });

  it('a purpose lead-in that asks no question stays a purpose', () => {
    expect(read('入冬以来火灾多发，麻烦大家注意用火安全。')).toBeNull();
  });
});
