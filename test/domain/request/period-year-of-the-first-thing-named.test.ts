// 一、做好2033年度低保统计及上一个五年规划期低保工作总结工作: the year is said of the statistics; 规划 past 及 belongs to
// the second thing named (and 规划期 is a span of years, not a plan), so the year is no plan's year and stays the period.
// A year said of a plan itself is still not the period.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2034-05-20T09:00:00+08:00'));

describe('a year before two things joined by 及', () => {
  it('is the first thing\'s, not the plan\'s named after 及', () => {
    const r = parse('关于请提供低保有关材料的函\n各镇街：\n现就有关事项通知如下：\n一、做好2033年度低保统计及上一个五年规划期低保工作总结工作\n各镇街要及时填报低保户数、低保人数，对上一个五年规划期的工作作出总结。\n上述材料请于2034年6月30日前完成并上报。');
    expect(r?.period).toBe('2033');
  });

  it('said of a plan is still not the period', () => {
    expect(parse('请各镇街于6月29日前报送低保户数和本镇2034年低保工作实施方案。')?.period).toBeNull();
  });
});
