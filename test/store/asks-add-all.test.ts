// addAll puts a member's share of a notice in one statement: the table and the cached lists must end as the same
// asks added one by one would leave them (ids in order, a cancelled ask asked again, an open one left as it was).
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';

const at = new Date('2026-11-23T02:00:00Z');
const later = new Date('2026-11-24T02:00:00Z');
const ask = (unit: string, field: string, memberId: string, when: Date) =>
  ({ collectionId: 2, unit, field, period: '2026-11', memberId, department: 'civil', at: when });

function table(store: Store): unknown[] {
  return store.db.prepare('SELECT id, collection_id, unit, field, period, member_id, department, at, status, sent_at FROM asks ORDER BY id').all();
}

function prepared(): Store {
  const store = Store.open(':memory:');
  store.asks.add({ ...ask('u1', 'f1', 'm1', at), collectionId: 1 });
  store.asks.add({ ...ask('u1', 'f2', 'm1', at), collectionId: 1 });
  store.asks.cancel(store.asks.openOf('m1')[1]!.id);
  expect(store.asks.openOf('m2')).toEqual([]); // cached before the writes
  return store;
}

describe('adding several asks at once', () => {
  it('leaves the table and the cached lists as adding them one by one does', () => {
    const items = [ask('u1', 'f1', 'm2', later), ask('u1', 'f2', 'm2', later), ask('u2', 'f1', 'm2', later), ask('u3', 'f1', 'm2', later)];
    const one = prepared();
    for (const a of items) one.asks.add(a);
    const all = prepared();
    all.asks.addAll(items);
    expect(table(all)).toEqual(table(one));
    expect(all.asks.openOf('m2')).toEqual(one.asks.openOf('m2'));
    expect(all.asks.openOf('m2').map((a) => `${a.unit}/${a.field}`)).toEqual(['u1/f2', 'u2/f1', 'u3/f1']);
    expect(all.asks.openOf('m1').map((a) => `${a.unit}/${a.field}`)).toEqual(['u1/f1']);
    one.close();
    all.close();
  });
});
