// A rolled-back inner transaction (a savepoint) undoes writes whose answers may already have been kept: after it, the
// kept answers are dropped, so the outer transaction reads what is really there.
import { expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';

const at = new Date('2026-11-23T02:00:00Z');
const later = new Date('2026-11-30T09:00:00Z');

it('reads the collection as it was before a rolled-back inner transaction', () => {
  const store = Store.open(':memory:');
  const id = store.collections.create({ period: '2026-11', deadline: at, closesAt: later, createdAt: at });
  store.transaction(() => {
    expect(store.collections.get(id)?.deadline).toEqual(at);
    expect(() => store.transaction(() => {
      store.collections.setSchedule(id, later, later);
      expect(store.collections.get(id)?.deadline).toEqual(later); // kept now
      throw new Error('undo');
    })).toThrow('undo');
    expect(store.collections.get(id)?.deadline).toEqual(at);
  });
});

it('reads the pool as it was before a rolled-back transaction of better-sqlite3\'s own', () => {
  const store = Store.open(':memory:');
  store.transaction(() => {
    expect(store.pool.get('u1', 'f1', '2026-11')).toBeUndefined();
    const inner = store.db.transaction(() => {
      store.pool.put({ unit: 'u1', field: 'f1', period: '2026-11', value: 5, memberId: 'm1', messageId: null, at });
      expect(store.pool.get('u1', 'f1', '2026-11')?.value).toBe(5);
      throw new Error('undo');
    });
    expect(() => inner()).toThrow('undo');
    expect(store.pool.get('u1', 'f1', '2026-11')).toBeUndefined();
  });
});
