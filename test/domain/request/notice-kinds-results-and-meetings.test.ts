// A notice that publishes results (…的通报, …主要数据公示) and a meeting notice whose sections say what happens at the
// meeting (会议内容, 会议时间, 参会人员) ask units for no figures, even with a 回执 due.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-11-16T10:00:00+08:00'));

describe('results and meetings', () => {
  it('a meeting notice with 会议内容 and a 回执 is not a request', () => {
    const text = '关于召开低保统计年报布置会议的通知\n各镇人民政府：\n现将有关事项通知如下：\n一、会议内容：总结全年低保统计工作，布置低保户数年报。\n'
      + '二、会议时间：12月4日上午9:00。\n三、参会人员：各镇负责统计工作的同志一名。\n请将会议回执于11月26日前传真至区民政局。';
    expect(parse(text)).toBeNull();
  });

  it('a publication of results is not a request', () => {
    const text = '2027年度低保统计调查主要数据公示\n按照统计调查制度，现将主要数据公布如下：\n一、总体情况：全区低保户数较上年下降。';
    expect(parse(text)).toBeNull();
  });

  it('a 通报 that lists items and a due date still asks', () => {
    const text = '关于低保资金检查情况的通报\n各镇人民政府：\n报送内容：\n1. 低保户数\n请于11月30日前报区民政局。';
    expect(parse(text)?.fields).toEqual(['dibao_households']);
  });
});
