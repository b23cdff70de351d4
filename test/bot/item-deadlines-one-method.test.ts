// HOT_WORK_IN_LONG_LIVED_FUNCTIONS: the deadline lookups made for each batch, plan and reply (itemDeadlines,
// itemDueTimes) do their work in one class method for the life of the process, not in a closure made anew each time
// (whose optimized code the engine drops at a full GC once the closure is gone). Their answers are those of before.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ItemDeadlines, ItemDueTimes, itemDeadlines, itemDueTimes } from '../../src/bot/collect.js';
import type { BotDeps } from '../../src/bot/context.js';
import { Store } from '../../src/store/store.js';

const at = new Date('2026-11-20T02:00:00Z');
const day = (d: number) => new Date(Date.UTC(2026, 10, d, 9));

afterEach(() => vi.restoreAllMocks());

describe('item deadline lookups', () => {
  it('run the classes\' one method, with the answers of the requests', () => {
    const store = Store.open(':memory:');
    try {
      const deps = { store } as unknown as BotDeps;
      const c1 = store.collections.create({ period: '2026-11', deadline: null, closesAt: new Date('2026-12-31T00:00:00Z'), createdAt: at });
      const request = (targets: string[], fields: string[], deadline: Date) => {
        const r = store.requests.add({ messageId: 1, memberId: 'lead', department: 'minzheng', title: 't', fields, newFields: [], period: '2026-11',
          deadline, deadlineHasTime: false, targets, createdAt: at });
        store.requests.update(r, { collectionId: c1 });
      };
      request(['u1', 'u2'], ['f1', 'f2'], day(25));
      request(['u2'], ['f2'], day(23));
      const times = vi.spyOn(ItemDueTimes.prototype, 'at');
      const dates = vi.spyOn(ItemDeadlines.prototype, 'at');
      const deadlineOf = itemDeadlines(deps);
      const dueAt = itemDueTimes(deps);
      const got = [deadlineOf(c1, 'u1', 'f2'), deadlineOf(c1, 'u2', 'f2'), deadlineOf(c1, 'u2', 'f9')].map((d) => d?.toISOString() ?? null);
      expect(got).toEqual([day(25).toISOString(), day(23).toISOString(), null]);
      expect(deadlineOf(c1, 'u1', 'f1')).toBe(deadlineOf(c1, 'u2', 'f1')); // one Date a deadline
      expect(dueAt(c1, 'u2', 'f2')).toBe(day(23).getTime());
      expect(dates).toHaveBeenCalledTimes(5);
      expect(times).toHaveBeenCalledTimes(6); // five through itemDeadlines, one through itemDueTimes
    } finally {
      store.close();
    }
  });
});
