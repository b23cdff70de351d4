// 填报时间：2028年2月1日至4月15日: a reporting window is due at its end; a span of the data (填报1月1日至6月30日发生的数据)
// is no window, and a span of days for the units' own task (每个季度后30日内完成核查) is no due time for what they report.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at = '2027-01-20T10:00:00+08:00') => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('reporting windows', () => {
  it('due at the end of the window', () => {
    const r = parse('一、低保户数年报。\n填报时间：2027年2月1日至4月15日。\n各镇街应在每个季度后30日内完成辖区数据的核查。');
    expect(r?.deadline?.toISOString()).toBe('2027-04-15T15:59:59.000Z');
  });

  it('the span of the data is not a window', () => {
    const r = parse('请于7月15日前报送低保户数，填报2027年1月1日至6月30日发生的数据。', '2027-06-07T10:00:00+08:00');
    expect(r?.deadline?.toISOString()).toBe('2027-07-15T15:59:59.000Z');
  });
});
