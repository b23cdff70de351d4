// A member's items come in collection order (asks by id), so an item's deadline (itemDeadlines) scans each request's
// unit list — up to every unit of the district — once for a run of one collection's items of one unit, not once an
// item. The answers are those of a scan per item: each item is due when the earliest request that needs it of the unit is.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { itemDeadlines } from '../../src/bot/collect.js';
import type { BotDeps } from '../../src/bot/context.js';
import { Store } from '../../src/store/store.js';

const at = new Date('2026-11-20T02:00:00Z');
const day = (d: number) => new Date(Date.UTC(2026, 10, d, 9));
const UNITS = Array.from({ length: 200 }, (_, i) => `u${i}`);

afterEach(() => vi.restoreAllMocks());

describe('item deadlines, unit by unit', () => {
  it('scan a request\'s units once a run of one collection\'s items', () => {
    const store = Store.open(':memory:');
    try {
      const deps = { store } as unknown as BotDeps;
      const collection = () => store.collections.create({ period: '2026-11', deadline: null, closesAt: new Date('2026-12-31T00:00:00Z'), createdAt: at });
      const request = (id: number, targets: string[], fields: string[], deadline: Date) => {
        const r = store.requests.add({ messageId: 1, memberId: 'lead', department: 'minzheng', title: 't', fields, newFields: [], period: '2026-11',
          deadline, deadlineHasTime: false, targets, createdAt: at });
        store.requests.update(r, { collectionId: id });
      };
      const c1 = collection();
      const c2 = collection();
      request(c1, UNITS, ['f1', 'f2', 'f3'], day(25));
      request(c1, ['u7'], ['f2'], day(23));
      request(c2, UNITS, ['f4', 'f5'], day(28));
      const items: Array<[number, string, string]> = [[c1, 'u7', 'f1'], [c1, 'u7', 'f2'], [c1, 'u7', 'f3'], [c1, 'u7', 'f9'],
        [c2, 'u7', 'f4'], [c2, 'u7', 'f5'], [c1, 'u8', 'f2'], [c1, 'u8', 'f3']];
      itemDeadlines(deps)(c1, 'u0', 'f1'); // the requests read once before counting
      const includes = vi.spyOn(Array.prototype, 'includes');
      const of = itemDeadlines(deps);
      const got = items.map(([c, u, f]) => of(c, u, f)?.toISOString() ?? null);
      const unitScans = includes.mock.contexts.filter((list) => (list as unknown[]).length === UNITS.length).length;
      includes.mockRestore();
      expect(got).toEqual([day(25), day(23), day(25), null, day(28), day(28), day(25), day(25)].map((d) => d?.toISOString() ?? null));
      // runs: (c1, u7), (c2, u7), (c1, u8): one scan of each request naming every unit a run
      expect(unitScans).toBe(3);
    } finally {
      store.close();
    }
  });
});
