// An item's deadline (itemDeadlines: the earliest usable deadline of the collection's requests that need the item of the
// unit) is worked out from the collection's requests once while nothing writes the requests table: every staff reply
// lists the member's open items with their deadlines (remainingLines), and read each collection's requests as records
// again each time. The answers are the same; a request changed, added or withdrawn is read again.
import { describe, expect, it, vi } from 'vitest';
import { itemDeadlines } from '../../src/bot/collect.js';
import type { BotDeps } from '../../src/bot/context.js';
import { Store } from '../../src/store/store.js';

const at = new Date('2026-11-20T02:00:00Z');
const day = (d: number) => new Date(Date.UTC(2026, 10, d, 9));

describe('item deadlines', () => {
  it('are worked out once for the same requests, and again after a write', () => {
    const store = Store.open(':memory:');
    try {
      const deps = { store } as unknown as BotDeps;
      const id = store.collections.create({ period: '2026-11', deadline: null, closesAt: new Date('2026-12-31T00:00:00Z'), createdAt: at });
      const request = (targets: string[], fields: string[], deadline: Date | null, newKeys: string[] = [], createdAt = at): number => {
        const r = store.requests.add({
          messageId: 1, memberId: 'lead', department: 'minzheng', title: 't', fields,
          newFields: newKeys.map((key) => ({ key, label: key, type: 'count', unit: '户' })) as never, period: '2026-11',
          deadline, deadlineHasTime: false, targets, createdAt,
        });
        store.requests.update(r, { collectionId: id });
        return r;
      };
      const first = request(['u1', 'u2'], ['f1'], day(25));
      request(['u2'], ['f2'], day(28), ['f3']);
      request(['u1'], ['f2'], day(10), [], day(12)); // due before it was posted: not shown to staff
      request(['u1'], ['f1'], null);
      const spy = vi.spyOn(store.requests, 'inCollection');
      const read = () => {
        const of = itemDeadlines(deps);
        return [of(id, 'u1', 'f1'), of(id, 'u2', 'f1'), of(id, 'u2', 'f2'), of(id, 'u2', 'f3'), of(id, 'u1', 'f2'), of(id, 'u3', 'f1')]
          .map((d) => d?.toISOString() ?? null);
      };
      const expected = [day(25), day(25), day(28), day(28), null, null].map((d) => d?.toISOString() ?? null);
      expect(read()).toEqual(expected);
      expect(read()).toEqual(expected);
      expect(read()).toEqual(expected);
      expect(spy).toHaveBeenCalledTimes(1);

      store.requests.update(first, { deadline: day(22) });
      expect(read()).toEqual([day(22), day(22), day(28), day(28), null, null].map((d) => d?.toISOString() ?? null));
      expect(spy).toHaveBeenCalledTimes(2);
      store.requests.update(first, { status: 'withdrawn' });
      expect(read()).toEqual([null, null, day(28), day(28), null, null].map((d) => d?.toISOString() ?? null));
      expect(spy).toHaveBeenCalledTimes(3);
    } finally {
      store.close();
    }
  });

  it('share one frozen answer, which no caller can change', () => {
    const store = Store.open(':memory:');
    try {
      const id = store.collections.create({ period: '2026-11', deadline: null, closesAt: new Date('2026-12-31T00:00:00Z'), createdAt: at });
      const r = store.requests.add({
        messageId: 1, memberId: 'lead', department: 'minzheng', title: 't', fields: ['f1'], newFields: [], period: '2026-11',
        deadline: day(25), deadlineHasTime: false, targets: ['u1'], createdAt: at,
      });
      store.requests.update(r, { collectionId: id });
      const a = store.requests.deadlinesIn(id);
      expect(store.requests.deadlinesIn(id)).toBe(a);
      expect(Object.isFrozen(a) && Object.isFrozen(a[0]) && Object.isFrozen(a[0]!.targets) && Object.isFrozen(a[0]!.fields)).toBe(true);
      expect(() => (a[0]!.targets as string[]).push('u9')).toThrow();
      expect(store.requests.deadlinesIn(id)[0]!.targets).toEqual(['u1']);
    } finally {
      store.close();
    }
  });
});
