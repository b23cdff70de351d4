// Which of a collection's dated requests name a unit is kept with the collection's requests (dueOfUnit in collect.ts):
// every staff reply's 还差 list and every batch message look the member's collections up again, and each request's unit
// list (up to every unit of the district) was scanned again each time. It is scanned again once a write touches the
// collection's requests; the answers are those of a scan.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { itemDeadlines } from '../../src/bot/collect.js';
import type { BotDeps } from '../../src/bot/context.js';
import { Store } from '../../src/store/store.js';

const at = new Date('2026-11-20T02:00:00Z');
const day = (d: number) => new Date(Date.UTC(2026, 10, d, 9));
const UNITS = Array.from({ length: 200 }, (_, i) => `u${i}`);

afterEach(() => vi.restoreAllMocks());

describe('item deadlines, the units kept', () => {
  it('scan a request\'s units once for every lookup until its collection\'s requests change', () => {
    const store = Store.open(':memory:');
    try {
      const deps = { store } as unknown as BotDeps;
      const collection = () => store.collections.create({ period: '2026-11', deadline: null, closesAt: new Date('2026-12-31T00:00:00Z'), createdAt: at });
      const request = (id: number, targets: string[], fields: string[], deadline: Date): number => {
        const r = store.requests.add({ messageId: 1, memberId: 'lead', department: 'minzheng', title: 't', fields, newFields: [], period: '2026-11',
          deadline, deadlineHasTime: false, targets, createdAt: at });
        store.requests.update(r, { collectionId: id });
        return r;
      };
      const c1 = collection();
      const c2 = collection();
      request(c1, UNITS, ['f1', 'f2'], day(25));
      request(c1, ['u7'], ['f2'], day(23));
      const later = request(c2, UNITS, ['f4'], day(28));
      const items: Array<[number, string, string]> = [[c1, 'u7', 'f1'], [c1, 'u7', 'f2'], [c2, 'u7', 'f4'], [c1, 'u8', 'f2'], [c2, 'u8', 'f4']];
      const lookUp = (): { got: Array<string | null>; unitScans: number } => {
        const includes = vi.spyOn(Array.prototype, 'includes');
        const of = itemDeadlines(deps); // a new lookup: another reply, another batch
        const got = items.map(([c, u, f]) => of(c, u, f)?.toISOString() ?? null);
        const unitScans = includes.mock.contexts.filter((list) => (list as unknown[]).length === UNITS.length).length;
        includes.mockRestore();
        return { got, unitScans };
      };
      const first = lookUp();
      expect(first.got).toEqual([day(25), day(23), day(28), day(25), day(28)].map((d) => d.toISOString()));
      expect(first.unitScans).toBe(4); // (c1, u7), (c2, u7), (c1, u8), (c2, u8)
      const second = lookUp();
      expect(second).toEqual({ got: first.got, unitScans: 0 });
      // c2's request moves to another deadline: c2 is scanned again for both units, c1 is not.
      store.requests.update(later, { deadline: day(27) });
      const third = lookUp();
      expect(third.got).toEqual([day(25), day(23), day(27), day(25), day(27)].map((d) => d.toISOString()));
      expect(third.unitScans).toBe(2);
    } finally {
      store.close();
    }
  });
});
