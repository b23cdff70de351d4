// 自2026年12月1日起实行周报制度 / 月报表自12月起启用: a recurring ask's first round is the first one of its schedule, not
// the round that falls between the notice and the schedule's start.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('the first round of a schedule that starts later', () => {
  it('a weekly round due on the day the schedule starts, counting the week before it', () => {
    const r = parse('经研究，自2026年12月1日起实行低保户数周报制度。请各镇街每周二中午12时前报送上周低保户数。');
    expect(r?.deadline?.toISOString()).toBe('2026-12-01T04:00:00.000Z');
    expect(r?.period).toBe('2026-W48');
  });

  it('a monthly form used from next month: its first round is that month, due the month after', () => {
    const r = parse('《低保月报表》自2026年12月起启用。请各镇街于每月结束后的下月5日前报送本月低保户数。');
    expect(r?.deadline?.toISOString()).toBe('2027-01-05T15:59:59.000Z');
    expect(r?.period).toBe('2026-12');
  });

  it('a schedule already running changes nothing', () => {
    const r = parse('自2026年1月起，请各镇街每月5日前报送上月低保户数。');
    expect(r?.deadline?.toISOString()).toBe('2026-12-05T15:59:59.000Z');
  });
});
