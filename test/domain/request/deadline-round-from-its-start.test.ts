// 12月1日起，请每周四18:00前报送…: a schedule's start followed by a round that names its own day. The start was read as the
// first round's due day (12-01 23:59); the first round is the round's own day on or after the start (ROUND_FROM_ITS_START).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, localDue, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-25T09:00:00+08:00')); // a Wednesday

describe('a round that names its own day, from a start still ahead', () => {
  it('12月1日起…每周四18:00前: the first Thursday on or after the start, at its clock', () => {
    const r = parse('各镇街：\n12月1日起，请每周四18:00前报送本周低保户数、低保人数。');
    expect(localDue(r)).toBe('2026-12-03T18:00');
    expect(r?.period).toBe('2026-W49');
  });

  it('从12月3日开始…每周二中午12点前: the Tuesday after the start, not the start itself', () => {
    expect(localDue(parse('经研究，从12月3日开始，请各镇街每周二中午12点前报送上周低保户数。'))).toBe('2026-12-08T12:00');
  });

  it('自2027年1月1日起…每月5日前: the first 5th on or after the start', () => {
    expect(localDue(parse('自2027年1月1日起，请各镇街每月5日前报送上月低保户数。'))).toBe('2027-01-05T23:59');
  });

  it('a round with no day of its own (自11月30日开始，每周向…报送) is first due on the start', () => {
    expect(localDue(parse('自11月30日开始，每周向区民政局报送低保户数。'))).toBe('2026-11-30T23:59');
  });
});
