// A collection's fields and units are written with one statement each (a json_each of the list), not one a unit:
// same rows in the same order, a repeat ignored (docs/performance.md, phase 21).
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';

describe("a collection's items", () => {
  it('are written in two statements, in the order given, repeats once', () => {
    const store = Store.open(':memory:');
    try {
      const id = store.collections.create({ period: '2026-11', deadline: null, closesAt: new Date('2026-12-01T00:00:00Z'), createdAt: new Date('2026-11-20T00:00:00Z') });
      const units = Array.from({ length: 200 }, (_, i) => `u${(i * 37) % 200}`);
      const fields = ['dibao_households', 'a_field', 'dibao_households', 'z_field'];
      let runs = 0;
      const prepare = store.db.prepare.bind(store.db);
      store.db.prepare = ((sql: string) => {
        const stmt = prepare(sql);
        return { run: (...args: unknown[]) => { runs++; return (stmt.run as (...a: unknown[]) => unknown)(...args); } };
      }) as typeof store.db.prepare;
      store.collections.addItems(id, '2026-11', fields, [...units, 'u3']);
      store.db.prepare = prepare;
      expect(runs).toBe(2);
      const c = store.collections.get(id)!;
      expect(c.units).toEqual(units);
      expect(c.fields).toEqual(['dibao_households', 'a_field', 'z_field']);
      expect(c.period).toBe('2026-11');
      store.collections.setItems(id, null, ['b'], ['u9', 'u1']);
      const again = store.collections.get(id)!;
      expect([again.fields, again.units]).toEqual([['b'], ['u9', 'u1']]);
      store.collections.addItems(id, null, [], []);
      expect(store.collections.get(id)!.units).toEqual(['u9', 'u1']);
    } finally {
      store.close();
    }
  });
});
