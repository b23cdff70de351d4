// 一、统计内容和范围 … 4.统计数据截至2031年11月10日: a data date says what the figures are for in whichever part of the ask
// it stands, before a year in the title (关于做好2031年…统计工作的通知).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2031-11-20T10:00:00+08:00'));

describe('a data date under a scope heading', () => {
  it('names the day counted before the title year', () => {
    const r = parse('【区民政局】关于做好2031年低保数据统计工作的通知\n各镇街：\n为做好2031年低保统计，现将有关事项通知如下：\n一、统计内容和范围\n1.请统计低保户数、低保人数。\n2.统计数据截至2031年11月10日。\n二、各镇街于11月30日前报区民政局。');
    expect(r?.period).toBe('2031-11-10');
  });

  it('without it the title year is the period', () => {
    const r = parse('【区民政局】关于做好2031年低保数据统计工作的通知\n各镇街：\n为做好2031年低保统计，现将有关事项通知如下：\n一、统计内容和范围\n1.请统计低保户数、低保人数。\n二、各镇街于11月30日前报区民政局。');
    expect(r?.period).toBe('2031');
  });
});
