// 村庄基本情况的统计数据截止时间为12月31日，基础设施现状的统计数据截止时间为6月30日: when each part of what is asked has its
// own data date, every one of them is a period the notice asks for, the first-named first.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2031-10-27T09:00:00+08:00'));

describe('a data date for each part of the ask', () => {
  it('two parts with two data dates ask for both', () => {
    const r = parse('关于开展困难群众情况调查的通知\n各镇街：\n一、调查内容：低保户数、危房改造户数。\n二、统计时点：低保户数的统计数据截止时间为2030年12月31日，危房改造户数的统计数据截止时间为2031年6月30日。');
    expect(r?.periods).toEqual(['2030-12-31', '2031-06-30']);
    expect(r?.period).toBe('2030-12-31');
  });

  it('one data date is the only period', () => {
    const r = parse('关于开展困难群众情况调查的通知\n各镇街：\n一、调查内容：低保户数、危房改造户数。\n二、统计时点：统计数据截止时间为2031年6月30日。');
    expect(r?.period).toBe('2031-06-30');
    expect(r?.periods).toBeUndefined();
  });
});
