// An ask's last figure is the unit's value in the latest earlier period of the same shape (the domain's periodShape):
// SQLite picks it by pattern, and must pick what the domain's rule picks.
import { describe, expect, it } from 'vitest';
import { periodShape } from '../../src/domain/prefill.js';
import { Store } from '../../src/store/store.js';

const at = new Date('2026-11-23T02:00:00Z');
const held = ['2025', '2025-Q4', '2025-12', '2026', '2026-H1', '2026-Q1', '2026-Q3', '2026-W44', '2026-09', '2026-10', '2026-10-31', '2026-11-02'];
const asked = ['2026-11', '2026-Q4', '2027', '2026-H2', '2026-W45', '2026-11-03', '2026-10', '2026-01', '2026-Q1', '2025-11'];

/** The rule as the domain states it: every earlier held period of the same shape, the latest one. */
function byTheDomainRule(period: string): string | undefined {
  return held.filter((p) => p < period && periodShape(p) === periodShape(period)).sort().at(-1);
}

describe('latestBefore', () => {
  const store = Store.open(':memory:');
  held.forEach((period, i) => store.pool.put({ unit: 'u1', field: 'f1', period, value: i, memberId: 'm1', messageId: null, at }));

  for (const period of asked) {
    it(`finds the value the domain's same-shape rule finds before ${period}`, () => {
      const expected = byTheDomainRule(period);
      expect(store.pool.latestBefore('u1', 'f1', period)?.period).toBe(expected);
    });
  }

  it('reads only the asked unit and field', () => {
    expect(store.pool.latestBefore('u2', 'f1', '2026-11')).toBeUndefined();
    expect(store.pool.latestBefore('u1', 'f2', '2026-11')).toBeUndefined();
  });
});
