// The caches ask SQLite whether another connection committed once per transaction, not on every lookup: a transaction
// must still see every commit made before it began, and each new transaction asks again.
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { useStoreFile } from '../support/store-file.js';

const db = useStoreFile();
const at = new Date('2026-11-23T02:00:00Z');

function commitElsewhere(write: (other: Store) => void): void {
  const other = Store.open(db.file());
  try {
    write(other);
  } finally {
    other.close();
  }
}

describe('cached reads across transactions', () => {
  it('see another connection\'s commits made between two transactions of this one', () => {
    const store = db.store();
    const add = (s: Store, field: string) =>
      s.asks.add({ collectionId: 1, unit: 'u1', field, period: '2026-11', memberId: 'm1', department: 'civil', at });
    store.transaction(() => add(store, 'f1'));
    expect(store.transaction(() => store.asks.openOf('m1').map((a) => a.field))).toEqual(['f1']);
    expect(store.transaction(() => store.pool.get('u1', 'f1', '2026-11'))).toBeUndefined();

    commitElsewhere((other) => {
      add(other, 'f2');
      other.pool.put({ unit: 'u1', field: 'f1', period: '2026-11', value: 3, memberId: 'm1', messageId: null, at });
    });

    expect(store.transaction(() => store.asks.openOf('m1').map((a) => a.field))).toEqual(['f1', 'f2']);
    expect(store.transaction(() => store.pool.get('u1', 'f1', '2026-11')?.value)).toBe(3);
  });
});
