// 【县统计局】人口统计报表制度（总说明）…五、上报要求：上报综合表和基层表数据，上报时间为次年1月30日前 (fresh-when27, event 8) was
// read as a request for the year: a system's own text (its first line names it a system, or it speaks of itself: 本制度由…负责
// 解释) whose only due day is counted from the period it closes (次年…, 季后…) says when every round is due, and asks nothing
// now without a 请. A notice that asks its first round (请…于12月5日前报送11月数据) and a dated ask stay requests.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('a system whose only due day is its rounds\'', () => {
  it('a system headed as itself, due the next year', () => {
    expect(parse('【区民政局】低保统计报表制度（总说明）\n一、统计内容：低保户数、低保人数。\n二、统计范围：全区各镇街。\n三、上报要求：上报综合表和基层表数据，上报时间为次年1月30日前。\n四、本制度由区民政局负责解释。')).toBeNull();
  });

  it('a system that speaks of itself in one line', () => {
    expect(parse('【区民政局】低保统计报表制度：统计内容为低保户数、低保人数；上报时间为次年1月30日前；本制度由区民政局负责解释。')).toBeNull();
  });

  it('a system that asks its first round by a day is a request', () => {
    const r = parse('【区民政局】低保统计报表制度\n一、统计内容：低保户数。\n二、请各镇街于12月5日前报送11月数据，以后每月5日前报上月。');
    expect(r?.fields).toEqual(['dibao_households']);
  });

  it('an ask due the next year is a request', () => {
    expect(parse('各镇街：请于次年1月30日前报送本年度低保户数。')?.fields).toEqual(['dibao_households']);
  });
});
