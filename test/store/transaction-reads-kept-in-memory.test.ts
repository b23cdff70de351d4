// An in-memory store (the replay, tests) has no other connection: a lookup's answer is kept across transactions and
// outside them, and still dropped by every write on the connection to its tables, by a rollback and by `exec`.
import { expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { transactionReads } from '../../src/store/transaction-reads.js';

const at = new Date('2026-11-23T02:00:00Z');
const later = new Date('2026-11-30T09:00:00Z');

function counted(store: Store) {
  const memo = transactionReads(store.db).memo<number>('test', ['collections']);
  let loads = 0;
  return { read: () => memo.read(1, () => ++loads), loads: () => loads };
}

it('keeps an answer from one transaction to the next and outside them', () => {
  const store = Store.open(':memory:');
  const { read, loads } = counted(store);
  store.transaction(() => read());
  store.transaction(() => read());
  read();
  expect(loads()).toBe(1);
});

it('drops it at a write to its table, inside a transaction or not, and at exec', () => {
  const store = Store.open(':memory:');
  const { read, loads } = counted(store);
  read();
  store.db.prepare(`INSERT INTO settings (key, value) VALUES ('x', '1')`).run();
  read();
  expect(loads()).toBe(1);
  store.db.prepare(`UPDATE collections SET status = 'open' WHERE id = 0`).run();
  read();
  expect(loads()).toBe(2);
  store.transaction(() => store.db.prepare(`UPDATE collections SET status = 'open' WHERE id = 0`).run());
  read();
  expect(loads()).toBe(3);
  store.db.exec('SELECT 1');
  read();
  expect(loads()).toBe(4);
});

it('reads a collection as it is after a write outside a transaction and after a rolled-back one', () => {
  const store = Store.open(':memory:');
  const id = store.collections.create({ period: '2026-11', deadline: at, closesAt: later, createdAt: at });
  expect(store.transaction(() => store.collections.get(id)?.deadline)).toEqual(at);
  store.collections.setSchedule(id, later, later);
  expect(store.collections.get(id)?.deadline).toEqual(later);
  expect(() => store.transaction(() => {
    store.collections.setSchedule(id, at, later);
    expect(store.collections.get(id)?.deadline).toEqual(at);
    throw new Error('undo');
  })).toThrow('undo');
  expect(store.collections.get(id)?.deadline).toEqual(later);
});
