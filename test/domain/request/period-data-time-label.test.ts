// 7月份月报的统计时段为…（代表2031年1月1日至7月30日的数据）: a label that says what time the figures are for names the
// period before a report's name does; a running total from 1 January to a day is counted as of that day.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { findPeriodMentions } from '../../../src/domain/period.js';
import { ctxAt, member } from './helpers.js';

const AT = '2031-07-28T10:00:00+08:00';
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));

describe('a label that says what time the figures are for', () => {
  it('1 January to a day is a running total as of that day', () => {
    expect(findPeriodMentions('2031年1月1日至7月30日', new Date(AT), 'Asia/Shanghai')[0]?.period).toBe('2031-07-30');
  });

  it('代表…的数据 names the period before the report it belongs to', () => {
    expect(parse('7月份月报的统计时段为2030年12月20日至2031年7月29日（代表2031年1月1日至7月30日的数据）。各镇街须在7月31日前报送低保户数。')?.period)
      .toBe('2031-07-30');
  });

  it('数据均为1—11月累计数: a sentence whose subject is the data names their time before a year said in the ask', () => {
    const text = '关于做好低保年报工作的通知\n各镇街：\n一、高度重视。低保年报是资金核算的重要依据，年报数据直接影响全年资金测算。\n二、各镇街于12月15日前报送低保户数。此次报表为年报，数据均为1—11月累计数。';
    expect(parseRequest(text, member('lead_mz'), ctxAt('2031-11-25T09:00:00+08:00'))?.period).toBe('2031-11-30');
  });

  it('a year followed by 年度 is one mention of that year', () => {
    const ms = findPeriodMentions('时期资料为2035年年度资料', new Date(AT), 'Asia/Shanghai');
    expect(ms.map((m) => m.period)).toEqual(['2035']);
  });
});
