// A plan's members' next usable batches are worked out once for the plan, not once a member (usableBatches): the time is
// the next batch for a member who still has the day's messages, the first batch of a later day for one who had them,
// and depends on the instant and the settings only (docs/performance.md, phase 32). Each answer is nextUsableBatch's.
import { describe, expect, it } from 'vitest';
import { nextUsableBatch, usableBatches } from '../../src/bot/batches.js';
import { useHarness } from '../support/harness.js';

const harness = useHarness({ settings: { askBatches: ['09:00', '14:00'], dailyMessageCap: 2 } });

describe('usable batches for a plan', () => {
  it('answer as nextUsableBatch does, each time worked out once', () => {
    const deps = harness().bot.deps;
    const now = new Date('2026-11-23T10:00:00+08:00'); // a Monday
    const usable = usableBatches(deps, now);
    const [a, b] = ['sll_jz', 'lead_mz'];
    for (const sent of [0, 1, 2, 3]) {
      expect(usable(a, sent)).toEqual(nextUsableBatch(deps, a, now, sent));
    }
    expect(usable(a, 0)).toEqual({ at: new Date('2026-11-23T14:00:00+08:00'), capped: false });
    expect(usable(a, 2)).toEqual({ at: new Date('2026-11-24T09:00:00+08:00'), capped: true });
    // the same time for every member: one Date worked out once, not one a member
    expect(usable(b, 0).at).toBe(usable(a, 1).at);
    expect(usable(b, 2).at).toBe(usable(a, 3).at);
    // without the day's count given, the member's own is read, as nextUsableBatch reads it
    expect(usable(a)).toEqual(nextUsableBatch(deps, a, now));
  });

  it('answer no batch when none is set', () => {
    const deps = harness().bot.deps;
    const settings = deps.settings;
    deps.settings = () => ({ ...settings(), askBatches: [] });
    try {
      const now = new Date('2026-11-23T10:00:00+08:00');
      expect(usableBatches(deps, now)('sll_jz', 5)).toEqual({ at: null, capped: false });
      expect(nextUsableBatch(deps, 'sll_jz', now, 5)).toEqual({ at: null, capped: false });
    } finally {
      deps.settings = settings;
    }
  });
});
