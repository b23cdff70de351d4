// PLAN_FIGURE_AFTER: 报送2027年计划低保户数 — a year ahead said right before a planned figure is the year that figure counts
// (was dropped as a year ahead: no period). DUE_MONTH_WORD: 每月10日前报上月…，本月12月10日前报11月数据 — 本月 right before a day is
// the due day's month, not a second period (it raised a needless question: 期间按11月理解；如指12月…).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const read = (text: string, at: string) => {
  const r = parseRequest(text, member('lead_mz'), ctxAt(at));
  return r ? { period: r.period, doubt: r.periodDoubt ?? [] } : null;
};

describe('a planned figure of next year', () => {
  it('counts that year', () => {
    expect(read('关于报送2027年低保计划的通知\n各镇人民政府：\n请各镇于11月30日前报送2027年计划低保户数、计划低保人数。', '2026-11-20T09:00:00+08:00')?.period)
      .toBe('2027');
  });

  it('a work plan of next year stays no period of the figures', () => {
    expect(read('关于制定2027年工作计划的通知\n各镇人民政府：\n请各镇于11月30日前报送2027年工作计划及本年低保户数。', '2026-11-20T09:00:00+08:00')?.period)
      .toBe('2026');
  });
});

describe('a month word before a due day', () => {
  it('raises no period question', () => {
    expect(read('关于报送低保月报的通知\n各镇人民政府：\n请各镇每月10日前报送上月低保户数、低保人数，本月12月10日前报11月数据。', '2026-12-01T09:00:00+08:00'))
      .toEqual({ period: '2026-11', doubt: [] });
  });

  it('本月 as the figures month stays', () => {
    expect(read('各镇：请于本月25日前报送本月低保户数。', '2026-11-20T09:00:00+08:00')?.period).toBe('2026-11');
  });
});
