// A bare figure while the item is open for two periods and one of them holds only an estimate (or another member's
// figure): it may be the exact figure for that period, so the reporter is asked which.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F } from './fixtures.js';

describe('a figure beside an estimate held', () => {
  it('is asked back over both periods', () => {
    const c = ctx(
      { field: F.dibaoPersons, period: '2026-11', answered: true, estimate: true },
      { field: F.dibaoPersons, period: '2026-10', answered: false },
    );
    const r = parseReply('低保人数263人', c);
    expect(r.values).toEqual([]);
    expect(r.choices.map((ch) => ch.options.map((o) => o.period))).toEqual([['2026-11', '2026-10']]);
  });

  it('with an exact figure held, goes to the period still open', () => {
    const c = ctx({ field: F.dibaoPersons, period: '2026-11', answered: true }, { field: F.dibaoPersons, period: '2026-10', answered: false });
    expect(parseReply('低保人数263人', c).values.map((v) => v.period)).toEqual(['2026-10']);
  });
});
