// 统计报送2043年…作业证的需求量 / 对2051年辖区内的跨区作业意向进行调查摸底: a need, a demand or an intent asked for a year
// not yet over is forecast for that year's season; the year is the need's horizon, never a counted period, wherever
// else the notice names it (the title, 今年…).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-02-06T09:00:00+08:00'));

describe('a year a need is asked for', () => {
  it('is no period, in the title or said again as 今年', () => {
    const r = parse('关于报送2026年临时救助需求情况的通知\n各镇人民政府：\n一、统计报送2026年临时救助人次的需求量。请摸清今年准备申请临时救助的人员，据此填写需求情况统计表。\n请于2月25日前报区民政局。');
    expect(r?.period).toBeNull();
  });

  it('an intent survey of this year is no period', () => {
    const r = parse('各镇人民政府：\n请你们对2026年辖区内的危房改造意向进行调查摸底，确定危房改造户数，于2月10日前报区民政局。');
    expect(r?.period).toBeNull();
  });

  it('a year counted beside the need keeps its period', () => {
    const r = parse('各镇人民政府：\n请报送2025年低保户数和今年的临时救助需求量，于2月25日前报区民政局。');
    expect(r?.period).toBe('2025');
  });

  it('a year with no need asked is still the period', () => {
    const r = parse('关于报送2026年危房改造户数的通知\n各镇人民政府：\n请统计报送2026年危房改造户数，于2月25日前报区民政局。');
    expect(r?.period).toBe('2026');
  });
});
