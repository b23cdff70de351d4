import type { Db } from './db.js';

/**
 * SQLite's `data_version`, which moves when another connection (the processing worker, the ack side) commits: what
 * tells the repositories' in-memory caches to drop what they read. Asking SQLite is a statement of its own, and the
 * caches ask on every lookup; inside one transaction begun by `Store.transaction` (BEGIN IMMEDIATE: no other
 * connection can commit until it ends) the answer cannot move, so it is asked once per transaction. Outside one
 * (autocommit reads), every call asks. An in-memory database (replay, tests) has no other connection: nothing to ask.
 */
export class DataVersion {
  private readonly stmt;
  private transactionSerial = 0;
  private inStoreTransaction = false;
  private askedIn = -1;
  private last: unknown = null;
  private readonly inMemory: boolean;

  constructor(db: Db) {
    this.stmt = db.prepare('PRAGMA data_version');
    this.inMemory = db.memory;
  }

  /** Store.transaction begins (`true`) or ends (`false`) its outermost transaction. */
  storeTransaction(active: boolean): void {
    this.inStoreTransaction = active;
    if (active) this.transactionSerial++;
  }

  current(): unknown {
    if (this.inMemory) return 0;
    if (this.inStoreTransaction && this.askedIn === this.transactionSerial) return this.last;
    this.last = this.stmt.pluck().get();
    this.askedIn = this.inStoreTransaction ? this.transactionSerial : -1;
    return this.last;
  }
}
