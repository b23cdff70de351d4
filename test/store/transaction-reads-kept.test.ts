// What the transaction reads keep, and when: on a store file, a lookup is answered from memory only inside a store
// transaction and until a write to one of its tables (an in-memory store: transaction-reads-kept-in-memory.test.ts);
// what a statement writes is read off its SQL, anything unclear counting as "writes anything".
import { describe, expect, it } from 'vitest';
import { transactionReads, writesOf } from '../../src/store/transaction-reads.js';
import { useStoreFile } from '../support/store-file.js';

const file = useStoreFile();

describe('a memo', () => {
  it('loads once per key inside a store transaction, every time outside one, and again after a write to its table', () => {
    const store = file.store();
    const memo = transactionReads(store.db).memo<number>('test', ['collections']);
    let loads = 0;
    const read = () => memo.read(1, () => ++loads);
    read(); read();
    expect(loads).toBe(2);
    store.transaction(() => {
      read(); read();
      expect(loads).toBe(3);
      store.db.prepare(`INSERT INTO settings (key, value) VALUES ('x', '1')`).run();
      read();
      expect(loads).toBe(3);
      store.db.prepare(`UPDATE collections SET status = 'open' WHERE id = 0`).run();
      read();
      expect(loads).toBe(4);
    });
    read();
    expect(loads).toBe(5);
  });
});

describe('what a statement writes', () => {
  it.each([
    ['SELECT * FROM collections WHERE id = ?', null],
    ['WITH x AS (SELECT 1) SELECT * FROM x', null],
    ['PRAGMA data_version', null],
    ['INSERT INTO asks (a) VALUES (?) ON CONFLICT (a) DO UPDATE SET a = 1 RETURNING *', ['asks', 'set']],
    ['INSERT OR IGNORE INTO collection_units (a) VALUES (?)', ['collection_units']],
    ['UPDATE asks SET sent_at = ? WHERE id IN (SELECT value FROM json_each(?))', ['asks']],
    ['DELETE FROM "collections" WHERE id = ?', ['collections']],
    ['WITH gone AS (SELECT 1) DELETE FROM pool WHERE 1', ['pool']],
    ['BEGIN', 'anything'],
    ['SAVEPOINT x', 'anything'],
    ['CREATE TABLE t (a)', 'anything'],
    ['PRAGMA user_version = 3', 'anything'],
  ])('%s', (sql, writes) => {
    expect(writesOf(sql)).toEqual(writes);
  });
});
