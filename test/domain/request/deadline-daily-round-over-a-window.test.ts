// 一、填报时间：1月24日至2月14日，每天报送…。二、报送流程：各村每天15时前报所在镇，镇里汇总后，下午16时前报区民政局 — a daily round
// over a span is first due on its first day, not at the span's end (DAILY_OVER_A_WINDOW), and a daily round said without its clock
// takes the one clock the reporting procedure gives the units' own hand-in (DAILY_CLOCK_IN_PROCESS), not the villages' 15时.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const due = (text: string): string | null => {
  const r = parseRequest(text, member('lead_mz'), ctxAt('2050-01-21T10:00:00+08:00'));
  return r?.deadline ? formatZoned(r.deadline, 'Asia/Shanghai').slice(0, 16) : null;
};
const HEAD = '关于每日报送低保户数的通知\n各镇人民政府：\n';

describe('a daily round over a span', () => {
  it('is first due on its first day', () => {
    expect(due(`${HEAD}一、填报时间：1月24日至2月14日，每天报送低保户数。`)).toBe('2050-01-24T23:59');
  });

  it('takes the clock of the units own hand-in from the reporting procedure', () => {
    expect(due(`${HEAD}一、填报时间：1月24日至2月14日，每天报送低保户数。\n二、报送流程：各村每天15时前把数据报所在镇，镇里汇总后，下午16时前报区民政局。`))
      .toBe('2050-01-24T16:00');
  });

  it('a daily round said in the ask takes the procedure clock too', () => {
    expect(due(`${HEAD}请各镇1月24日至2月14日每天报送低保户数。\n二、报送流程：各村每天15时前把数据报所在镇，镇里汇总后，下午16时前报区民政局。`))
      .toBe('2050-01-24T16:00');
  });

  it('a reporting window with no daily round is still due at its end', () => {
    expect(due(`${HEAD}一、填报时间：1月24日至2月14日。\n二、请各镇报送低保户数。`)).toBe('2050-02-14T23:59');
  });
});
