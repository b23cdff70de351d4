// 关于下达2039年…补充计划的通知 / 现就今年秋季走访活动通知如下: a year whose phrase ends in a piece of work (an activity,
// a plan, an intake) dates that work; the figures it gathers name no period.
// A year said of counting (2033年度…统计, and since phase 16 a check or survey named by its year: 2033年…核查工作, 本年度
// 核查数据) or of figures the work plans (2028年计划投资) still is one.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2033-04-20T09:00:00+08:00'));

describe('a year of an activity', () => {
  it('naming a check in the title is the period (a survey named by a year is filled with its figures)', () => {
    expect(parse('关于开展2033年残疾人两项补贴核查工作的通知\n各镇街：\n请于5月10日前报送残疾人两项补贴人数。')?.period).toBe('2033');
  });

  it('dating a plan the notice hands down is not the period', () => {
    expect(parse('关于下达2033年危房改造补充计划的通知\n各镇街：\n请将危房改造户数于5月20日前上报。')?.period).toBeNull();
  });

  it('dating the work a notice opens with is not the period', () => {
    expect(parse('关于做好走访准备的通知\n各镇街：\n现就今年秋季走访活动通知如下：\n一、请于5月10日前报送百岁老人人数。')?.period).toBeNull();
  });

  it('naming the check whose data are asked for is the period', () => {
    expect(parse('请各镇街于5月10日前整理本年度核查数据，报送残疾人两项补贴人数。')?.period).toBe('2033');
  });

  it('said of the data themselves still is', () => {
    expect(parse('请各镇街于5月10日前报送2032年低保数据：低保户数。')?.period).toBe('2032');
  });

  it('said of counting still is', () => {
    expect(parse('关于做好2032年度低保统计工作的通知\n各镇街：\n请于5月10日前报送低保户数。')?.period).toBe('2032');
  });

  it('said of figures a plan holds still is', () => {
    expect(parse('请各镇街于5月10日前报送2033年计划投资和危房改造户数。')?.period).toBe('2033');
  });
});
