// RULE_FROM_A_START: 请于12月4日17时前报送11月份低保户数，12月份起每月3日前报送上月数据 — a recurring rule said in a clause that opens
// on the day it starts from is the later rounds' rhythm. Its next day (12-03) was taken over the notice's own day for this round
// (12-04 17:00); with 自2027年1月起 the one-off day was even counted from the rule's start (2027-01-05 before, 2027-12-04 once the
// rule's day was set aside). This round's day is due; the rule's only when the notice names no other.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, localDue, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-02T10:00:00+08:00'));

describe('a rule for the later rounds, said from its start', () => {
  it('12月份起每月3日前 after this round’s 12月4日17时前', () => {
    const r = parse('各镇街：请于12月4日17时前报送11月份低保户数，12月份起每月3日前报送上月数据。');
    expect(localDue(r)).toBe('2026-12-04T17:00');
    expect(r?.period).toBe('2026-11');
  });

  it('自2027年1月起每月5日前 after this round’s 12月4日前', () => {
    expect(localDue(parse('各镇街：请于12月4日前报送11月份低保户数，自2027年1月起每月5日前报送上月数据。'))).toBe('2026-12-04T23:59');
  });

  it('the rule alone is still due on its next day', () => {
    expect(localDue(parse('各镇街：12月份起每月10日前报送上月低保户数。'))).toBe('2026-12-10T23:59');
  });
});
