// 以上数据请于12月8日前报送，截止时间为11月30日: a bare cut-off word (截止时间为 / 截止到) beside a day the ask governs in the same
// sentence says up to when the data runs. It was read as the due day (11-30, the earlier one); the ask's day is due, and the
// cut-off is the snapshot counted (CUTOFF_BESIDE_THE_ASK).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, localDue, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-25T09:00:00+08:00'));

describe('a cut-off beside the ask is the data’s, not the due day', () => {
  it('请于12月8日前报送，截止时间为11月30日: due 12-08, counted as of 11-30', () => {
    const r = parse('各镇街：\n请报送低保户数、低保人数，以上数据请于12月8日前报送，截止时间为11月30日。');
    expect(localDue(r)).toBe('2026-12-08T23:59');
    expect(r?.period).toBe('2026-11-30');
  });

  it('于12月8日前上报…，统计截止时间为11月30日: the same said with the ask first', () => {
    const r = parse('请各镇街于12月8日前上报临时救助人次，统计截止时间为11月30日。');
    expect(localDue(r)).toBe('2026-12-08T23:59');
    expect(r?.period).toBe('2026-11-30');
  });

  it('截至时间为11月30号 (截至 written for 截止): the same', () => {
    const r = parse('各镇街：请于12月5号前报送低保户数，截至时间为11月30号。');
    expect(localDue(r)).toBe('2026-12-05T23:59');
    expect(r?.period).toBe('2026-11-30');
  });

  it('a cut-off whose subject is the reporting (上报截止时间为), or said alone, stays due', () => {
    expect(localDue(parse('请各镇街上报临时救助人次，上报截止时间为11月30日。'))).toBe('2026-11-30T23:59');
    expect(localDue(parse('请各镇街上报临时救助人次，截止时间为11月30日。'))).toBe('2026-11-30T23:59');
  });
});
