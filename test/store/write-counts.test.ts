// Writes counted for the tables the transaction reads come from (migration 25, DataVersion): another connection's
// commit drops only the cached reads of the tables it wrote. Before, any commit of the other connection (the server
// thread storing a message in the inbox) dropped every cached read of the processing worker, so each message read its
// collections' requests again. A stale read must stay impossible: whatever the other connection writes to a table,
// through a repository or a raw statement, is seen by this one's next transaction, also after this one wrote outside a
// store transaction, and for a table whose writes are not counted (asks, by choice; any table without the triggers).
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { POOL_TABLES } from '../../src/store/pool.js';
import { transactionReads } from '../../src/store/transaction-reads.js';
import { addRequest, countCollectionReads } from '../support/request-reads.js';
import { useStoreFile } from '../support/store-file.js';

const file = useStoreFile();
const at = new Date('2026-11-23T02:00:00Z');
const closesAt = new Date('2026-12-01T00:00:00Z');

function commitElsewhere(write: (other: Store) => void): void {
  const other = Store.open(file.file());
  try {
    other.transaction(() => write(other));
  } finally {
    other.close();
  }
}

const ask = (s: Store, field: string) =>
  s.asks.add({ collectionId: 1, unit: 'u1', field, period: '2026-11', memberId: 'm1', department: 'civil', at });

/** A collection with one request, placed; its id. */
function collectionWithRequest(s: Store): number {
  return s.transaction(() => {
    const id = s.collections.create({ period: '2026-11', deadline: null, closesAt, createdAt: at });
    s.requests.update(addRequest(s, '低保', ['u1']), { collectionId: id });
    return id;
  });
}

describe('writes counted for the tables the caches read', () => {
  // Not asks (migration 25 says why): the asks' cached lists are dropped by every commit of another connection.
  it('every table the transaction reads and the pool cache read has its three counting triggers', () => {
    const store = Store.open(':memory:');
    try {
      const read = [...new Set([...transactionReads(store.db).memoTables(), ...POOL_TABLES])].sort();
      expect(read).toEqual(['collections', 'pool', 'requests']);
      const triggers = new Set(store.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).pluck().all() as string[]);
      const missing = read.flatMap((t) => ['insert', 'update', 'delete'].map((k) => `count_writes_${t}_${k}`)).filter((n) => !triggers.has(n));
      expect(missing).toEqual([]);
    } finally {
      store.close();
    }
  });

  it("keep a collection's requests across another connection's commit to other tables", () => {
    const store = file.store();
    const collection = collectionWithRequest(store);
    store.transaction(() => ask(store, 'f1'));
    const reads = countCollectionReads(store);
    const first = store.transaction(() => ({ deadlines: store.requests.deadlinesIn(collection), fields: store.asks.openOf('m1').map((a) => a.field) }));
    expect(reads.get(collection)).toBe(1);

    commitElsewhere((other) => {
      other.db.prepare(`INSERT INTO meta (key, value) VALUES ('elsewhere', '1')`).run();
      ask(other, 'f9'); // asks are not counted: their cached lists go, the requests' answers stay
    });

    const second = store.transaction(() => ({ deadlines: store.requests.deadlinesIn(collection), fields: store.asks.openOf('m1').map((a) => a.field) }));
    expect(second.deadlines).toBe(first.deadlines);
    expect(second.fields).toEqual([...first.fields, 'f9']);
    expect(reads.get(collection)).toBe(1);
  });

  it("see the other connection's writes to the tables they read, through a repository or a raw statement", () => {
    const store = file.store();
    const collection = collectionWithRequest(store);
    store.transaction(() => ask(store, 'f1'));
    const titles = (): string[] => store.transaction(() => store.requests.inCollection(collection).map((r) => r.title));
    const fields = (): string[] => store.transaction(() => store.asks.openOf('m1').map((a) => a.field));
    expect([titles(), fields()]).toEqual([['低保'], ['f1']]);

    commitElsewhere((other) => {
      other.requests.update(addRequest(other, '特困', ['u1']), { collectionId: collection });
      ask(other, 'f2');
    });
    expect([titles(), fields()]).toEqual([['低保', '特困'], ['f1', 'f2']]);

    commitElsewhere((other) => {
      other.db.prepare(`UPDATE requests SET title = '残疾' WHERE title = '低保'`).run();
      other.db.prepare(`UPDATE asks SET status = 'answered' WHERE field = 'f1'`).run();
    });
    expect([titles(), fields()]).toEqual([['残疾', '特困'], ['f2']]);
  });

  it("see the other connection's writes after this one wrote outside a store transaction", () => {
    const store = file.store();
    const collection = collectionWithRequest(store);
    const titles = (): string[] => store.transaction(() => store.requests.inCollection(collection).map((r) => r.title));
    expect(titles()).toEqual(['低保']);
    store.db.prepare(`INSERT INTO meta (key, value) VALUES ('here', '1')`).run(); // autocommit: counts moved by this connection
    commitElsewhere((other) => other.db.prepare(`UPDATE requests SET title = '特困'`).run());
    expect(titles()).toEqual(['特困']);
  });

  it("see the other connection's writes to a table whose writes are not counted", () => {
    const setup = Store.open(file.file());
    for (const kind of ['insert', 'update', 'delete']) setup.db.exec(`DROP TRIGGER count_writes_requests_${kind}`);
    setup.close();
    const store = Store.open(file.file());
    try {
      const collection = collectionWithRequest(store);
      const titles = (): string[] => store.transaction(() => store.requests.inCollection(collection).map((r) => r.title));
      expect(titles()).toEqual(['低保']);
      commitElsewhere((other) => other.db.prepare(`UPDATE requests SET title = '特困'`).run());
      expect(titles()).toEqual(['特困']);
    } finally {
      store.close();
    }
  });
});
