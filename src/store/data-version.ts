import type { Db } from './db.js';
import { transactionReads, type TransactionReads } from './transaction-reads.js';

/** The table of write counts per table, kept by triggers (migration 25, `countedWrites` in migrations.ts). */
export const WRITE_COUNTS_TABLE = 'table_writes';

/**
 * SQLite's `data_version`, which moves when another connection (the processing worker, the ack side) commits: what
 * tells the repositories' in-memory caches to drop what they read. Asking SQLite is a statement of its own, and the
 * caches ask on every lookup; inside one transaction begun by `Store.transaction` (BEGIN IMMEDIATE: no other
 * connection can commit until it ends) the answer cannot move, so it is asked once per transaction. Outside one
 * (autocommit reads), every call asks. An in-memory database (replay, tests) has no other connection: nothing to ask.
 *
 * Which tables another connection wrote: the writes of the tables the transaction reads and the pool's pairs come
 * from are counted in `table_writes` by triggers (migration 25; whoever writes: the other thread, the CLI, a shell).
 * When `data_version` moves, the counts are read and compared with the ones last read; each table whose count moved,
 * and every table without the counting triggers (asks among them), has its generation bumped (`version(tables)`) and
 * its transaction reads dropped, so the worker's kept requests, collections and pool rows survive the ack side's
 * commits, which write the inbox, its lines and the outbox. This connection's own writes move the counts too: they are read again at the end of
 * each store transaction that wrote (inside it: nobody else can commit then), and a write outside a store transaction
 * (an autocommit) makes the counts untrusted, so the next foreign commit drops everything.
 */
export class DataVersion {
  private readonly stmt;
  private transactionSerial = 0;
  private inStoreTransaction = false;
  private askedIn = -1;
  private last: unknown = null;
  private readonly inMemory: boolean;
  private readonly reads: TransactionReads;
  /** `SELECT name, n FROM table_writes`, null when the schema has no such table. */
  private readonly countsStmt;
  /** Tables whose writes are counted (all three triggers present), and the schema's other tables (never trusted). */
  private readonly counted: readonly string[];
  private readonly uncounted: readonly string[];
  /** The counts as last read, trusted while `reads.writes === countsAtWrites`; null: not read yet. */
  private counts: Map<string, number> | null = null;
  private countsAtWrites = -1;
  /** Per table, how many foreign commits were found to have written it; `everything`: commits not told apart. */
  private readonly generations = new Map<string, number>();
  private everything = 0;
  /** The writes seen on this connection when the outermost store transaction began (`begin`). */
  private writesAtBegin = 0;

  constructor(db: Db) {
    this.stmt = db.prepare('PRAGMA data_version');
    this.inMemory = db.memory;
    this.reads = transactionReads(db);
    const hasCounts = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(WRITE_COUNTS_TABLE) !== undefined;
    this.countsStmt = hasCounts && !this.inMemory ? db.prepare(`SELECT name, n FROM ${WRITE_COUNTS_TABLE}`) : null;
    this.counted = this.countsStmt ? countedTables(db) : [];
    const tables = db.prepare(`SELECT lower(name) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name != ?`)
      .pluck().all(WRITE_COUNTS_TABLE) as string[];
    this.uncounted = tables.filter((t) => !this.counted.includes(t));
    if (this.countsStmt) this.reads.foreignWritesSeen = true;
  }

  /** Store.transaction begins (`true`) or ends (`false`) its outermost transaction. */
  storeTransaction(active: boolean): void {
    this.inStoreTransaction = active;
    if (active) this.transactionSerial++;
  }

  /**
   * First thing inside an outermost store transaction (BEGIN IMMEDIATE taken): finds and drops what other connections
   * wrote since the last look, and takes the counts afresh when this connection wrote outside a store transaction
   * (no one else committed since the last look, so what moved them was this connection).
   */
  begin(): void {
    if (this.inMemory) return;
    this.current();
    if (this.countsStmt && this.reads.writes !== this.countsAtWrites) this.readCounts();
    this.writesAtBegin = this.reads.writes;
  }

  /** Last thing inside an outermost store transaction that did not fail: this connection's own writes are counted in. */
  settle(): void {
    if (this.inMemory || !this.countsStmt) return;
    if (this.reads.writes !== this.writesAtBegin || this.reads.writes !== this.countsAtWrites) this.readCounts();
  }

  current(): unknown {
    if (this.inMemory) return 0;
    if (this.inStoreTransaction && this.askedIn === this.transactionSerial) return this.last;
    const version = this.stmt.pluck().get();
    this.askedIn = this.inStoreTransaction ? this.transactionSerial : -1;
    if (version !== this.last) {
      const first = this.last === null;
      this.last = version;
      if (!first) this.foreignCommit();
    }
    return this.last;
  }

  /**
   * A number that moves whenever another connection's commit wrote one of `tables` (lower case), or may have: what an
   * in-memory cache of rows from those tables compares to know whether to drop them.
   */
  version(tables: readonly string[]): number {
    this.current();
    let v = this.everything;
    for (const table of tables) v += this.generations.get(table) ?? 0;
    return v;
  }

  /** `data_version` moved: which tables did the other connection write? */
  private foreignCommit(): void {
    const before = this.counts;
    const trusted = before !== null && this.reads.writes === this.countsAtWrites;
    if (!this.countsStmt || !trusted) {
      this.everything++;
      if (this.countsStmt) this.readCounts();
      this.reads.foreignWrote('anything');
      return;
    }
    const after = this.readCounts();
    const changed = [...this.uncounted];
    for (const table of this.counted) if (before.get(table) !== after.get(table)) changed.push(table);
    for (const table of changed) this.generations.set(table, (this.generations.get(table) ?? 0) + 1);
    if (changed.length) this.reads.foreignWrote(changed);
  }

  private readCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [name, n] of this.countsStmt!.raw().all() as Array<[string, number]>) counts.set(name, n);
    this.counts = counts;
    this.countsAtWrites = this.reads.writes;
    return counts;
  }
}

/** The tables whose inserts, updates and deletes all bump their count (the three triggers `countedWrites` makes). */
function countedTables(db: Db): string[] {
  const rows = db.prepare(`SELECT tbl_name AS t, count(*) AS c FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'count_writes_*' GROUP BY tbl_name`)
    .all() as Array<{ t: string; c: number }>;
  return rows.filter((r) => r.c === 3).map((r) => r.t.toLowerCase());
}
