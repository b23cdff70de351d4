// 本月上报开网时间为10月25日至11月5日: the days the reporting system is open for filing are a reporting window, due at its
// last day (as 填报时间：…至…); and 本月 named in the clause of that due day is the month the message is said in, not the
// month the window closes in.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at = '2027-10-21T15:00:00+08:00') => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('the reporting system open for filing', () => {
  it('is a window due at its end, for this month', () => {
    const r = parse('各镇街：\n低保户数改为每月报送一次。调整后本月上报开网时间为10月25日至11月5日。从11月开始，开网时间为当月15日至次月5日。');
    expect(r?.deadline?.toISOString()).toBe('2027-11-05T15:59:59.000Z');
    expect(r?.period).toBe('2027-10');
  });

  it('开网时间 alone labels the window too', () => {
    const r = parse('各镇街：\n请填报本月低保户数，开网时间：10月25日至11月5日。');
    expect(r?.deadline?.toISOString()).toBe('2027-11-05T15:59:59.000Z');
    expect(r?.period).toBe('2027-10');
  });

  it('本月 in the clause of a due day next month is still this month', () => {
    const r = parse('各镇街：\n本月低保户数请于11月5日前报送。');
    expect(r?.deadline?.toISOString()).toBe('2027-11-05T15:59:59.000Z');
    expect(r?.period).toBe('2027-10');
  });
});
