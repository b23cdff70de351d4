// Chat asks said with their round. CADENCE_ONCE (detect.ts): 危房改造户数每周五报一次 — 报一次 after a cadence is the ask (报一次
// alone, 报一次就行, asks nothing). DUE_THEN_REPORT (anatomy.ts): 两项补贴人数每月5号前报上月的，12月5号前报 — a clause ending on
// 的 that hands in by a due day is the ask, not a condition (逾期未报的，…). Both messages were dropped.
import { describe, expect, it } from 'vitest';
import { parserFor } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:00:00+08:00');
const parse = (text: string, who = 'lead_mz') => parserFor(ctx).parse(text, member(who), ctx.at);

describe('an ask said with its round', () => {
  it('报一次 after 每周五 / 每月3号前', () => {
    expect(parse('各镇：危房改造户数每周五报一次', 'lead_zj')?.fields).toEqual(['dilapidated_households']);
    const r = parse('各镇街：低保户数从下个月开始每月3号前报一次。');
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.deadline?.toISOString()).toBe('2026-12-03T15:59:59.000Z');
  });

  it('报一次就行 is still no ask', () => {
    expect(parse('低保户数报一次就行，不用重复报。')).toBeNull();
  });

  it('报上月的， with a due day is the ask, not a condition', () => {
    const r = parse('各镇街：两项补贴人数每月5号前报上月的，12月5号前报', 'lead_cl');
    expect(r?.fields).toEqual(['disability_subsidy_persons']);
    expect(r?.period).toBe('2026-11');
    expect(r?.deadline?.toISOString()).toBe('2026-12-05T15:59:59.000Z');
  });
});
