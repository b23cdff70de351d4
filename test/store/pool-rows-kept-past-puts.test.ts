// A reply's candidates read the unit's pool rows (PoolRepo.get), kept as transaction reads; a figure put for another
// (unit, field, period) writes only its own row, so it drops only that row's answer: the others are read again without
// a statement. Any other write to the pool, a rollback, or another memo reading the pool still drops them.
import { expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { transactionReads } from '../../src/store/transaction-reads.js';
import { useStoreFile } from '../support/store-file.js';

const file = useStoreFile();
const at = new Date('2026-11-23T02:00:00Z');
const put = (s: Store, unit: string, value: number) =>
  s.pool.put({ unit, field: 'f1', period: '2026-10', value, memberId: 'm1', messageId: null, at });

/** Counts the pool row lookups that reach SQLite. */
function countRowReads(store: Store): () => number {
  const stmt = (store.pool as unknown as { getStmt: { get: (...args: unknown[]) => unknown } }).getStmt;
  const get = stmt.get;
  let reads = 0;
  stmt.get = (...args: unknown[]) => {
    reads++;
    return get.apply(stmt, args);
  };
  return () => reads;
}

it('keeps the other rows read when a figure is put, and reads the row put afresh', () => {
  const store = Store.open(':memory:');
  put(store, 'u1', 1);
  put(store, 'u2', 2);
  const reads = countRowReads(store);
  expect(store.pool.get('u1', 'f1', '2026-10')?.value).toBe(1);
  expect(store.pool.get('u2', 'f1', '2026-10')?.value).toBe(2);
  expect(reads()).toBe(2);
  store.transaction(() => put(store, 'u2', 20)); // reads u2's kept row for its version, writes it
  expect(store.pool.get('u1', 'f1', '2026-10')?.value).toBe(1);
  expect(reads()).toBe(2);
  expect(store.pool.get('u2', 'f1', '2026-10')?.value).toBe(20);
  expect(store.pool.get('u2', 'f1', '2026-10')?.version).toBe(2);
  expect(reads()).toBe(3);
});

it('drops every row at a write to the pool not made by put, and at a rollback', () => {
  const store = Store.open(':memory:');
  put(store, 'u1', 1);
  put(store, 'u2', 2);
  expect(store.pool.get('u1', 'f1', '2026-10')?.value).toBe(1);
  store.db.prepare(`UPDATE pool SET value = '5' WHERE unit = 'u1'`).run();
  expect(store.pool.get('u1', 'f1', '2026-10')?.value).toBe(5);
  expect(() => store.transaction(() => {
    put(store, 'u1', 6);
    expect(store.pool.get('u1', 'f1', '2026-10')?.value).toBe(6);
    throw new Error('undo');
  })).toThrow('undo');
  expect(store.pool.get('u1', 'f1', '2026-10')?.value).toBe(5);
  expect(store.pool.get('u1', 'f1', '2026-10')?.version).toBe(1);
});

it('still drops another memo reading the pool when a figure is put', () => {
  const store = Store.open(':memory:');
  const memo = transactionReads(store.db).memo<number>('pool count', ['pool']);
  const count = () => memo.read('n', () => store.pool.count());
  expect(count()).toBe(0);
  put(store, 'u1', 1);
  expect(count()).toBe(1);
  expect(store.pool.get('u1', 'f1', '2026-10')?.value).toBe(1);
  put(store, 'u2', 2);
  expect(count()).toBe(2);
});

it('keeps the other rows within a transaction on a store file too', () => {
  const store = file.store();
  put(store, 'u1', 1);
  const reads = countRowReads(store);
  store.transaction(() => {
    expect(store.pool.get('u1', 'f1', '2026-10')?.value).toBe(1);
    put(store, 'u2', 2);
    expect(store.pool.get('u1', 'f1', '2026-10')?.value).toBe(1);
  });
  expect(reads()).toBe(1);
});
