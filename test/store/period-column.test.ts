// Periods in SQLite: no period is '', every form the domain writes is kept as written, anything else is refused.
import { describe, expect, it } from 'vitest';
import { periodFromColumn, periodToColumn, PeriodShapeError } from '../../src/store/period-column.js';

describe('the period column', () => {
  it.each(['2026', '2026-11', '2026-Q4', '2026-H1', '2026-W49', '2026-11-30'])('keeps %s as written', (period) => {
    expect(periodFromColumn(periodToColumn(period))).toBe(period);
  });

  it('stores no period as an empty string and reads it back as none', () => {
    expect(periodToColumn(null)).toBe('');
    expect(periodFromColumn('')).toBeNull();
  });

  it.each(['', '本月', '11月', '2026年11月', '2026-11-30T00:00', ' 2026-11'])('refuses %j', (text) => {
    expect(() => periodToColumn(text)).toThrow(PeriodShapeError);
  });
});
