// AsksRepo.askedAmong answers, for a notice's (unit, field) pairs at once, what exists answers for each: asked for the
// period and not cancelled.
import { expect, it } from 'vitest';
import { askedKey } from '../../src/store/asks.js';
import { Store } from '../../src/store/store.js';

const at = new Date('2026-11-23T02:00:00Z');

it('names the pairs asked for the period, leaving out other periods and cancelled asks', () => {
  const store = Store.open(':memory:');
  const c = store.collections.create({ period: '2026-11', deadline: null, closesAt: at, createdAt: at });
  const ask = (unit: string, field: string, period: string | null): void =>
    void store.asks.add({ collectionId: c, unit, field, period, memberId: 'm1', department: 'd1', at });
  ask('u1', 'f1', '2026-11');
  ask('u1', 'f2', '2026-10');
  ask('u2', 'f1', '2026-11');
  ask('u3', 'f1', null);
  const cancelled = store.asks.all().find((a) => a.unit === 'u2')!;
  store.db.prepare(`UPDATE asks SET status = 'cancelled' WHERE id = ?`).run(cancelled.id);

  const pairs = [{ unit: 'u1', field: 'f1' }, { unit: 'u1', field: 'f2' }, { unit: 'u2', field: 'f1' }, { unit: 'u3', field: 'f1' }];
  const asked = store.asks.askedAmong(pairs, '2026-11');
  expect([...asked]).toEqual([askedKey('u1', 'f1')]);
  for (const p of pairs) expect(asked.has(askedKey(p.unit, p.field))).toBe(store.asks.exists(p.unit, p.field, '2026-11'));
  expect([...store.asks.askedAmong(pairs, null)]).toEqual([askedKey('u3', 'f1')]);
});
