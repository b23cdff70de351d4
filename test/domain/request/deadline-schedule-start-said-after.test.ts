// …请于每月5日前报送上月违法建设处数，2027年1月起执行: the day the rule starts, said after the ask and without 自, was passed
// over, so the round due next month (December's, 12月5日) was asked. The first round is the first due on or after the start.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_zj'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('a schedule\'s start said after its ask', () => {
  it('moves the first round to the start', () => {
    const r = parse('各镇街：\n请于每月5日前报送上月违法建设处数，2027年1月起执行。');
    expect(r?.deadline?.toISOString()).toBe('2027-01-05T15:59:59.000Z');
    expect(r?.period).toBe('2026-12');
  });

  it('a sentence opening on the start (12月份起，…实行周报制度) starts the schedule too', () => {
    const r = parse('各镇街：\n12月份起，燃气安全排查整治工作实行周报制度。每周四18:00前报送本周燃气隐患数。');
    expect(r?.deadline?.toISOString()).toBe('2026-12-03T10:00:00.000Z');
    expect(r?.period).toBe('2026-W49');
  });

  it('a span of the figures (10月1日起至11月30日止) is no start', () => {
    const r = parse('各镇街：请于每月5日前报送上月违法建设处数。统计时段12月1日起至12月31日止为试行期。');
    expect(r?.deadline?.toISOString()).toBe('2026-12-05T15:59:59.000Z');
  });
});
