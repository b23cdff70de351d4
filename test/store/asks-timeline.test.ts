// The replay's output lists every ask from AsksRepo.timeline: the six columns it shows, read row by row, with one Date
// for each time and one string for each text the rows repeat. It read whole records (all(): a record, its strings
// and three Dates a row), ~44 MB of heap for the 60,000 asks of the 10,000-event replay, at the replay's peak
// (docs/performance.md, phase 27). What it lists is what all() gives.
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadScenario, replay } from '../../src/replay/run.js';
import { AsksRepo } from '../../src/store/asks.js';
import { Store } from '../../src/store/store.js';
import { PUBLIC_SCENARIOS } from '../support/paths.js';

afterEach(() => vi.restoreAllMocks());

const at = new Date('2026-11-23T02:00:00Z');
const later = new Date('2026-11-24T02:00:00Z');

describe('the asks as the replay lists them', () => {
  it('gives what all() gives for the columns shown, in id order, repeated times as one Date', () => {
    const store = Store.open(':memory:');
    try {
      const ask = (unit: string, field: string, period: string | null, memberId: string, when = at) =>
        store.asks.add({ collectionId: 1, unit, field, period, memberId, department: 'civil', at: when });
      ask('u1', 'f1', '2026-11', 'm1');
      ask('u2', 'f1', '2026-11', 'm2');
      ask('u1', 'f2', null, 'm1', later);
      ask('u3', 'f1', '2026-11', 'm3');
      store.asks.markSent(store.asks.openOf('m1'), later);
      store.asks.answer('u2', 'f1', '2026-11', later);

      const timeline = store.asks.timeline();
      expect(timeline).toEqual(store.asks.all().map((a) => ({ at: a.at, memberId: a.memberId, unit: a.unit, field: a.field, period: a.period, sentAt: a.sentAt })));
      expect(timeline.map((a) => a.period)).toEqual(['2026-11', '2026-11', null, '2026-11']);
      expect(timeline[1]!.at).toBe(timeline[0]!.at);
      expect(timeline[3]!.at).toBe(timeline[0]!.at);
      expect(timeline[0]!.sentAt).toBe(timeline[2]!.sentAt);
      expect(timeline[3]!.sentAt).toBeNull();
    } finally {
      store.close();
    }
  });

  it('is what the replay reads its asks from, not a record a row', async () => {
    const all = vi.spyOn(AsksRepo.prototype, 'all');
    const timeline = vi.spyOn(AsksRepo.prototype, 'timeline');
    const out = await replay(loadScenario(join(PUBLIC_SCENARIOS, 'yongchuan-social-assistance.json')));
    expect(all).not.toHaveBeenCalled();
    expect(timeline).toHaveBeenCalledTimes(1);
    expect(out.asks.length).toBe(out.stats.asks);
    expect(out.asks.length).toBeGreaterThan(0);
  });
});
