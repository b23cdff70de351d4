import { describe, expect, it } from 'vitest';
import { closingTime, earliestDeadline, needsOf, union } from '../../src/domain/dedup.js';

const d = (s: string): Date => new Date(s);

describe('dedup', () => {
  it('shows the earliest deadline and stays open until the latest (7 days for a request without one)', () => {
    const a = { deadline: d('2026-11-26T15:59:59Z'), createdAt: d('2026-11-23T01:00:00Z') };
    const b = { deadline: d('2026-11-27T04:00:00Z'), createdAt: d('2026-11-24T01:00:00Z') };
    const none = { deadline: null, createdAt: d('2026-11-25T01:00:00Z') };
    expect(earliestDeadline([b, a, none])).toEqual(a.deadline);
    expect(earliestDeadline([none])).toBeNull();
    expect(closingTime([a, b], 7)).toEqual(b.deadline);
    expect(closingTime([a, none], 7)).toEqual(d('2026-12-02T01:00:00Z'));
  });

  it('uses no deadline that had already passed when its request was posted (it is questioned with the lead)', () => {
    const past = { deadline: d('2026-11-30T15:59:59Z'), createdAt: d('2026-12-03T02:00:00Z') };
    const ahead = { deadline: d('2026-12-09T15:59:59Z'), createdAt: d('2026-12-03T03:00:00Z') };
    expect(earliestDeadline([past])).toBeNull();
    expect(earliestDeadline([past, ahead])).toEqual(ahead.deadline);
    expect(closingTime([past], 7)).toEqual(d('2026-12-10T02:00:00Z'));
  });

  it('lists each (unit, field) need once per pair and unions without duplicates', () => {
    expect(needsOf({ targets: ['a', 'b'], fields: ['x', 'y'] })).toEqual([
      { unit: 'a', field: 'x' }, { unit: 'a', field: 'y' }, { unit: 'b', field: 'x' }, { unit: 'b', field: 'y' },
    ]);
    expect(union(['a', 'b'], ['b', 'c'], [])).toEqual(['a', 'b', 'c']);
  });
});
