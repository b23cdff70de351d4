// The pool answers "never reported" for a (unit, field) from memory: that answer must follow this connection's
// writes, another connection's commits and a rollback.
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { useStoreFile } from '../support/store-file.js';

const db = useStoreFile();
let store: Store;
beforeEach(() => {
  store = db.store();
});

const at = new Date('2026-11-23T02:00:00Z');
const put = (s: Store, period: string, value: number) =>
  s.pool.put({ unit: 'u1', field: 'f1', period, value, memberId: 'm1', messageId: null, at });

describe('values of a (unit, field) never reported', () => {
  it('are found as soon as this connection stores one', () => {
    expect(store.pool.get('u1', 'f1', '2026-10')).toBeUndefined(); // the known pairs are read now
    put(store, '2026-10', 12);
    expect(store.pool.get('u1', 'f1', '2026-10')?.value).toBe(12);
    expect(store.pool.latestBefore('u1', 'f1', '2026-11')?.value).toBe(12);
    expect(store.pool.periodsHeld('u1', 'f1')).toEqual(['2026-10']);
    expect(store.pool.get('u1', 'f2', '2026-10')).toBeUndefined();
  });

  it('are found when another connection stored one', () => {
    expect(store.pool.get('u1', 'f1', '2026-10')).toBeUndefined();
    const other = Store.open(db.file());
    try {
      put(other, '2026-10', 7);
    } finally {
      other.close();
    }
    expect(store.pool.get('u1', 'f1', '2026-10')?.value).toBe(7);
    expect(store.pool.periodsHeld('u1', 'f1')).toEqual(['2026-10']);
  });

  it('are not found when the transaction that stored one rolled back', () => {
    expect(() => store.transaction(() => {
      put(store, '2026-10', 5);
      expect(store.pool.get('u1', 'f1', '2026-10')?.value).toBe(5);
      throw new Error('boom');
    })).toThrow('boom');
    expect(store.pool.get('u1', 'f1', '2026-10')).toBeUndefined();
    expect(store.pool.latestBefore('u1', 'f1', '2026-11')).toBeUndefined();
    // ...and a later value of the same pair is still found after the rollback.
    put(store, '2026-09', 3);
    expect(store.pool.latestBefore('u1', 'f1', '2026-11')?.value).toBe(3);
  });
});
