// 请朱沱镇于12月5日前报送12月低保户数 / 12月31日前报送12月… posted in November: a month named without its year that has not begun
// was read as last year's (2025-12), a wrong period. A due day in or after this year's month makes it this year's; a due day
// before it leaves the year unclear (last year's December is long over): no period is guessed, the lead is asked
// (MONTH_NOT_BEGUN, period-choice.ts). 1月10日前报送12月… in January stays last year's December.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parseAt = (iso: string, text: string) => parseRequest(text, member('lead_mz'), ctxAt(iso));
const november = (text: string) => parseAt('2026-11-20T09:00:00+08:00', text);

describe('a month named before it begins', () => {
  it('is this year\'s when it is due in that month', () => {
    expect(november('请朱沱镇于12月5日前报送12月低保户数。')?.period).toBe('2026-12');
  });
  it('is this year\'s when it is due at its end', () => {
    expect(november('请朱沱镇于12月31日前报送12月低保户数。')?.period).toBe('2026-12');
  });
  it('is left for the lead when it is due before the month begins', () => {
    const r = november('请朱沱镇于11月30日前报送12月低保户数预计数。');
    expect(r?.period).toBeNull();
    expect(r?.periodYearUnclear?.periods).toEqual(['2026-12', '2025-12']);
  });
  it('stays last year\'s when that month has just ended', () => {
    expect(parseAt('2027-01-04T09:00:00+08:00', '请朱沱镇于1月10日前报送12月低保户数。')?.period).toBe('2026-12');
  });
  it('keeps a year said with it', () => {
    expect(november('请朱沱镇于11月30日前报送2025年12月低保户数。')?.period).toBe('2025-12');
  });
});
