// MONTH_BY_MONTH: 补报近三个月（8-10月）的低保户数，每月分别报 — a span of whole months asked month by month lists each month as a
// period of the ask (the span alone names none; a quarter's span asked month by month is its three months).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const read = (text: string) => {
  const r = parseRequest(text, member('lead_mz'), ctxAt('2026-11-20T09:00:00+08:00'));
  return r ? { period: r.period, periods: r.periods ?? [] } : null;
};
const HEAD = '关于补报低保数据的通知\n各镇人民政府：\n';

describe('a span of months asked month by month', () => {
  it('lists each month', () => {
    expect(read(`${HEAD}请各镇补报近三个月（8-10月）的低保户数、低保人数，每月分别报，11月25日前报送。`))
      .toEqual({ period: '2026-08', periods: ['2026-08', '2026-09', '2026-10'] });
  });

  it('a quarter span too', () => {
    expect(read(`${HEAD}请各镇于11月25日前报送7至9月的低保户数，逐月填报。`))
      .toEqual({ period: '2026-07', periods: ['2026-07', '2026-08', '2026-09'] });
  });

  it('a span not asked month by month still names no single period', () => {
    expect(read(`${HEAD}请各镇补报8-10月的低保户数，11月25日前报送。`)?.period).toBeNull();
  });
});
