// A batch shows each open item's last figure (PoolRepo.latestBefore), batch after batch: the answer is kept in memory
// and must follow a new value of its (unit, field) on this connection, another connection's commit and a rollback.
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { useStoreFile } from '../support/store-file.js';

const db = useStoreFile();
let store: Store;
beforeEach(() => {
  store = db.store();
});

const at = new Date('2026-11-23T02:00:00Z');
const put = (s: Store, period: string, value: number, field = 'f1') =>
  s.pool.put({ unit: 'u1', field, period, value, memberId: 'm1', messageId: null, at });

describe('a last figure kept in memory', () => {
  it('is answered again without a statement while its pair gets no new value', () => {
    put(store, '2026-09', 9);
    expect(store.pool.latestBefore('u1', 'f1', '2026-11')?.value).toBe(9);
    const { db } = store;
    const prepare = db.prepare;
    let statements = 0;
    db.prepare = ((sql: string) => {
      statements++;
      return prepare.call(db, sql);
    }) as typeof db.prepare;
    try {
      expect(store.pool.latestBefore('u1', 'f1', '2026-11')?.value).toBe(9);
      put(store, '2026-10', 1, 'f2'); // another field of the unit
      expect(store.pool.latestBefore('u1', 'f1', '2026-11')?.value).toBe(9);
    } finally {
      db.prepare = prepare;
    }
    expect(statements).toBe(2); // the other field's two writes: no read for the kept answer
  });

  it('follows a new value of its pair on this connection', () => {
    put(store, '2026-09', 9);
    expect(store.pool.latestBefore('u1', 'f1', '2026-11')?.value).toBe(9);
    put(store, '2026-10', 10);
    expect(store.pool.latestBefore('u1', 'f1', '2026-11')?.value).toBe(10);
    put(store, '2026-10', 11); // a correction of the same period
    expect(store.pool.latestBefore('u1', 'f1', '2026-11')?.value).toBe(11);
  });

  it('follows a value another connection stored', () => {
    put(store, '2026-09', 9);
    expect(store.pool.latestBefore('u1', 'f1', '2026-11')?.value).toBe(9);
    const other = Store.open(db.file());
    try {
      put(other, '2026-10', 7);
    } finally {
      other.close();
    }
    expect(store.pool.latestBefore('u1', 'f1', '2026-11')?.value).toBe(7);
  });

  it('forgets a value whose transaction rolled back', () => {
    put(store, '2026-09', 9);
    expect(() => store.transaction(() => {
      put(store, '2026-10', 5);
      expect(store.pool.latestBefore('u1', 'f1', '2026-11')?.value).toBe(5);
      throw new Error('boom');
    })).toThrow('boom');
    expect(store.pool.latestBefore('u1', 'f1', '2026-11')?.value).toBe(9);
  });
  it('keeps answers for two periods of a pair apart, and a new value drops both', () => {
    put(store, '2026-08', 8);
    put(store, '2025-Q3', 3);
    expect(store.pool.latestBefore('u1', 'f1', '2026-10')?.value).toBe(8); // one period kept
    expect(store.pool.latestBefore('u1', 'f1', '2025-Q4')?.value).toBe(3); // a second period of the same pair
    expect(store.pool.latestBefore('u1', 'f1', '2026-10')?.value).toBe(8);
    expect(store.pool.latestBefore('u1', 'f1', '2026-11')?.value).toBe(8); // a third
    put(store, '2026-09', 9);
    put(store, '2025-Q2', 2); // earlier than Q3: the answer stays 3, read again
    expect(store.pool.latestBefore('u1', 'f1', '2026-10')?.value).toBe(9);
    expect(store.pool.latestBefore('u1', 'f1', '2025-Q4')?.value).toBe(3);
    expect(store.pool.latestBefore('u1', 'f1', '2026-11')?.value).toBe(9);
    put(store, '2025-Q3', 33); // a correction
    expect(store.pool.latestBefore('u1', 'f1', '2025-Q4')?.value).toBe(33);
    expect(store.pool.latestBefore('u1', 'f1', '2026-10')?.value).toBe(9);
  });

  it('answers "none before" kept for one period and follows the first value', () => {
    put(store, '2026-12', 12); // the pair is held, nothing before 2026-11
    expect(store.pool.latestBefore('u1', 'f1', '2026-11')).toBeUndefined();
    expect(store.pool.latestBefore('u1', 'f1', '2026-11')).toBeUndefined();
    put(store, '2026-10', 10);
    expect(store.pool.latestBefore('u1', 'f1', '2026-11')?.value).toBe(10);
  });
});
