// 请报送2025年和2026年1—9月临时救助金额，11月27日前报: the due day's clause ends on 2026年1—9月, and the year joined before it was
// dropped (period 2026-09-30 only), while the same words outside the due day's clause were read as two periods. A year joined
// by a conjunction to a period that says its own year is no year of that period: it is asked too, read as anywhere else
// (a bare year before a running total counts the same months; 2025年度 / 2025年全年 the whole year).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const read = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));

describe('a year joined before a period that says its own year', () => {
  it('due day after the items: both years, as with the due day first', () => {
    const after = read('各镇街：请报送2025年和2026年1—9月临时救助金额，11月27日前报。');
    const before = read('各镇街：请于11月27日前报送2025年和2026年1—9月临时救助金额。');
    expect(after?.periods).toEqual(['2025-09-30', '2026-09-30']);
    expect(after?.periods).toEqual(before?.periods);
  });

  it('three years in a run', () => {
    expect(read('各镇街医保办：请分别统计2024年、2025年及2026年1-10月医疗救助人次，于11月30日前报区医保局。')?.periods)
      .toEqual(['2024-10-31', '2025-10-31', '2026-10-31']);
  });

  it('a whole year said as one, then this year to date', () => {
    expect(read('各镇街：请填报2025年度及今年1至10月低保户数、低保人数，11月26日下班前报送。')?.periods).toEqual(['2025', '2026-10-31']);
    expect(read('各镇街：请报送2025年全年和2026年1-9月临时救助金额，11月27日前报。')?.periods).toEqual(['2025', '2026-09-30']);
  });

  it('a year before a period without its own year stays that period\'s year', () => {
    const r = read('各镇街：请报送2026年10月低保户数，11月27日前报。');
    expect(r?.period).toBe('2026-10');
    expect(r?.periods ?? ['2026-10']).toEqual(['2026-10']);
  });
});
