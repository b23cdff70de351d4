// Transaction reads: the answers of point lookups (a collection by id, a pool row, "was this triple asked") kept for the
// rest of one outermost Store.transaction, and dropped the moment a statement on this connection writes a table they
// were read from. Correct by construction rather than by remembering which repository method writes what:
//  - the watch sits under the repositories, on the connection itself: every statement is classified once when it is
//    prepared (the tables it writes, or "anything" when that cannot be read off its SQL), and each run of a writing
//    statement drops every cached answer read from those tables (and from tables its triggers or foreign-key actions
//    write);
//  - `exec` (migrations, BEGIN/ROLLBACK by hand) and any exception inside a transaction (a rollback, possibly of a
//    savepoint) drop everything;
//  - answers are kept only inside an outermost Store.transaction, which is BEGIN IMMEDIATE: no other connection can
//    commit while it lasts, so only this connection's writes can change an answer. Outside one, every lookup reads.
//    An in-memory database (the replay, tests) has no other connection at all: there the answers are kept across
//    transactions, until a write on the connection drops them (docs/performance.md, phase 16). A file store whose
//    schema counts each table's writes (migration 25) keeps them across transactions too: at the start of each one,
//    DataVersion finds which tables other connections wrote since and drops their answers (`foreignWrote`); without
//    the counts, every answer goes when a store transaction opens and closes.
// A cached answer must be plain data the repository converts afresh for each caller (a raw row, a number), or plain
// data frozen all through (RequestsRepo.deadlinesIn: numbers, strings and frozen arrays, every caller the same answer),
// so a caller that changes what it got cannot change what the next caller gets. One exception, declared by the writer: a
// repository whose statements write only the rows under one key of its memo (`writeKey`) drops that key's answer
// and spares the memo's others (the pool's `put`), or the answers under several keys of several memos (`writeKeys`: a
// request written, under its collection before and after); every other memo on the tables is dropped as usual.
//
// Tracked reads (the same watch, across transactions): `track(fn)` notes every table `fn` reads (each reading
// statement's tables are the schema's tables and views its SQL names, views widened to the tables they name) and
// `unchanged(stamp)` tells whether any of them has been written on this connection since (a write counter per table,
// bumped with the memos' drop; a rollback or a statement that may write anything moves every stamp). A repository
// cache that answers from memory without a statement says which tables it answers from (`readFrom`), so a tracked
// call through it is not missed. Another connection's commits are not seen here: Store.trackReads adds data_version.
import type { Db } from './db.js';
import { workCounts } from './work-counts.js';

type Key = string | number;

/** Most answers one memo keeps (it starts afresh past it): kept across transactions, a long replay reads many keys. */
const MEMO_ANSWERS = 20_000;

/** One lookup's kept answers, by key. */
export class TransactionMemo<V> {
  private readonly values = new Map<Key, V>();

  constructor(private readonly reads: TransactionReads, private readonly name: string, private readonly tables: readonly string[]) {}

  /** The kept answer for `key`, or `load()`'s (kept when inside a store transaction, or on an in-memory database). */
  read(key: Key, load: () => V): V {
    if (!this.reads.active) return load();
    if (this.values.has(key)) {
      this.reads.readFrom(this.tables);
      workCounts?.add(`transaction read kept: ${this.name}`, 0);
      return this.values.get(key) as V;
    }
    const value = load();
    if (this.values.size >= MEMO_ANSWERS) this.values.clear();
    this.values.set(key, value);
    return value;
  }

  clear(): void {
    if (this.values.size) this.values.clear();
  }

  /**
   * Runs `write`, whose statements write only the rows this memo keeps under `key` (a pool value and its history, put
   * by its repository): that key's answer goes, and every other answer of this memo stays, where any other write to
   * its tables drops them all. Only this memo is spared, only while `write` runs: every other memo reading the tables
   * is dropped as usual, a statement that may write anything or a rollback still drops everything, and the tables'
   * write counts (tracked reads) move.
   */
  writeKey<R>(key: Key, write: () => R): R {
    return this.reads.writeKeys([this as TransactionMemo<unknown>], [key], write);
  }

  /** Drops the answer kept under `key` (a keyed write, TransactionReads.writeKeys). */
  forget(key: Key): void {
    this.values.delete(key);
  }
}

/** What a statement writes: nothing, some tables, or anything (schema changes, transaction control, unknown forms). */
export type Writes = readonly string[] | 'anything';

const WRITE_TARGET = /\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+(?:main\s*\.\s*)?["`[]?(\w+)/gi;

/** The tables a statement writes, read off its SQL. A statement that is not a plain read or write counts as "anything". */
export function writesOf(sql: string): Writes | null {
  const text = sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ').trim();
  const tables = tablesWritten(text);
  if (/^(?:SELECT|VALUES|WITH)\b/i.test(text) && !tables.size) return null;
  if (/^PRAGMA\b/i.test(text) && !text.includes('=')) return null;
  if (/^(?:INSERT|REPLACE|UPDATE|DELETE|WITH)\b/i.test(text) && tables.size) return [...tables];
  return 'anything';
}

/** Every table an INSERT / REPLACE / UPDATE / DELETE in the text names as its target. */
function tablesWritten(text: string): Set<string> {
  const tables = new Set<string>();
  for (const m of text.matchAll(WRITE_TARGET)) tables.add(m[1]!.toLowerCase());
  return tables;
}

/** What a tracked call read: each table with its write count at the end of the call (null: not keepable). */
export interface ReadStamp {
  epoch: number;
  tables: ReadonlyMap<string, number>;
}

/** A reading statement, with the tables it reads once worked out (on its first tracked run). */
export interface ReadingStatement {
  sql: string;
  tables: readonly string[] | null;
}

/** The per-connection watch: which memos hang on which table, and whether a store transaction is open. */
export class TransactionReads {
  /** Whether memos keep answers now: inside a store transaction, or always on an in-memory database. */
  active: boolean;
  /**
   * An in-memory database has no other connection: only this connection's statements, each watched, can change what a
   * memo kept, so answers are kept across transactions there (each transaction of the replay reads the same
   * collections and pool rows again otherwise). A file store drops them when each transaction opens and closes.
   */
  private readonly keptAcross: boolean;
  private readonly memos: Array<TransactionMemo<unknown>> = [];
  private readonly byTable = new Map<string, Array<TransactionMemo<unknown>>>();
  /** Tables written as a consequence of writing a table (triggers, foreign-key actions), read from the schema. */
  private consequences: Map<string, string[]> | null = null;
  /** Writes per table on this connection, for tracked reads; `epoch` moves when any table may have changed. */
  private readonly writeCounts = new Map<string, number>();
  private epoch = 0;
  /** The tables the call being tracked has read so far (null: nothing tracked); `trackedWrote`: it wrote too. */
  private tracking: Set<string> | null = null;
  private trackedWrote = false;
  /** The memos a keyed write (`writeKeys`, `TransactionMemo.writeKey`) spares while it runs. */
  private sparing: ReadonlyArray<TransactionMemo<unknown>> | null = null;
  /** Schema tables and views (lower case), a view with the tables its SQL names; read when first needed. */
  private schemaNames: Map<string, string[]> | null = null;
  /** Writing statements run on this connection (DataVersion: whether the write counts it read are still its own). */
  writes = 0;
  /**
   * Set by DataVersion when the schema counts each table's writes: another connection's commits are then found table
   * by table (`foreignWrote`, at the start of each store transaction), so a file store's answers are kept across its
   * transactions as well, and only those of the tables another connection wrote are dropped.
   */
  foreignWritesSeen = false;

  /**
   * Whether reading statements are watched (tracked reads): on an in-memory connection only (the replay, tests),
   * where the virtual scheduler keeps times; a file store's reads run unwrapped, and `track` answers "changed".
   */
  readonly tracksReads: boolean;

  constructor(private readonly db: Db, private readonly readSchema: (db: Db) => Map<string, string[]>) {
    this.tracksReads = db.memory;
    this.keptAcross = db.memory;
    this.active = this.keptAcross;
  }

  /** A memo of answers read from `tables`. */
  memo<V>(name: string, tables: readonly string[]): TransactionMemo<V> {
    const memo = new TransactionMemo<V>(this, name, tables.map((t) => t.toLowerCase()));
    this.memos.push(memo as TransactionMemo<unknown>);
    for (const table of tables) {
      const key = table.toLowerCase();
      const list = this.byTable.get(key) ?? [];
      list.push(memo as TransactionMemo<unknown>);
      this.byTable.set(key, list);
    }
    return memo;
  }

  /**
   * Runs `write`, whose statements write only rows that `memos` keep under `keys` (a pool value and its history, put by
   * its repository; a request, under its collection before and after the write): those keys' answers go from each of
   * `memos`, and their other answers stay, where any other write to their tables drops them all. Only `memos` are
   * spared, only while `write` runs: every other memo reading the tables is dropped as usual, a statement that may write
   * anything or a rollback still drops everything, and the tables' write counts (tracked reads) move.
   */
  writeKeys<R>(memos: ReadonlyArray<TransactionMemo<unknown>>, keys: readonly Key[], write: () => R): R {
    const outer = this.sparing;
    this.sparing = memos;
    try {
      return write();
    } finally {
      this.sparing = outer;
      for (const memo of memos) for (const key of keys) memo.forget(key);
    }
  }

  /** Store.transaction opens (`true`) or closes (`false`) its outermost transaction. */
  storeTransaction(open: boolean): void {
    if (this.keptAcross) return;
    if (!this.foreignWritesSeen) this.forgetAll();
    this.active = open;
  }

  /** The tables the memos read from (lower case). */
  memoTables(): string[] {
    return [...this.byTable.keys()];
  }

  /** Another connection committed writes to `tables` (lower case), or to any table (DataVersion). */
  foreignWrote(tables: readonly string[] | 'anything'): void {
    if (tables === 'anything') {
      this.epoch++;
      this.forgetAll();
      return;
    }
    this.consequences ??= this.readSchema(this.db);
    for (const table of tables) this.dropTable(table, new Set());
  }

  wrote(writes: Writes): void {
    this.writes++;
    if (this.tracking) this.trackedWrote = true;
    if (writes === 'anything') {
      this.consequences = null;
      this.schemaNames = null;
      this.epoch++;
      this.forgetAll();
      return;
    }
    this.consequences ??= this.readSchema(this.db);
    for (const table of writes) this.dropTable(table, new Set());
  }

  forgetAll(): void {
    for (const memo of this.memos) memo.clear();
  }

  /** A transaction or savepoint rolled back: kept answers and tracked reads may reflect writes that never happened. */
  rolledBack(): void {
    this.epoch++;
    this.forgetAll();
  }

  /** Runs `fn`, noting the tables it reads; the stamp is null when it wrote or reads are not watched (not kept). */
  track<T>(fn: () => T): { value: T; stamp: ReadStamp | null } {
    const outer = this.tracking;
    const outerWrote = this.trackedWrote;
    const tables = new Set<string>();
    this.tracking = tables;
    this.trackedWrote = false;
    let wrote = false;
    try {
      const value = fn();
      wrote = this.trackedWrote;
      const counts = new Map<string, number>();
      for (const table of tables) counts.set(table, this.writeCounts.get(table) ?? 0);
      return { value, stamp: wrote || !this.tracksReads ? null : { epoch: this.epoch, tables: counts } };
    } finally {
      this.tracking = outer;
      this.trackedWrote = outerWrote || wrote;
      if (outer) for (const table of tables) outer.add(table);
    }
  }

  /** Whether nothing a tracked call read has been written since its stamp. */
  unchanged(stamp: ReadStamp): boolean {
    if (stamp.epoch !== this.epoch) return false;
    for (const [table, count] of stamp.tables) if ((this.writeCounts.get(table) ?? 0) !== count) return false;
    return true;
  }

  /** A cache answered from memory what it once read from `tables` (lower case). */
  readFrom(tables: readonly string[]): void {
    if (this.tracking) for (const table of tables) this.tracking.add(table);
  }

  /** A reading statement runs. */
  ran(statement: ReadingStatement): void {
    if (!this.tracking) return;
    statement.tables ??= this.tablesNamed(statement.sql);
    this.readFrom(statement.tables);
  }

  /** The schema's tables a statement's SQL names (a view: the tables it names, recursively). Over-naming is safe. */
  private tablesNamed(sql: string): string[] {
    if (!this.schemaNames) {
      const tracking = this.tracking;
      this.tracking = null; // the schema's own read is not the tracked call's
      try {
        this.schemaNames = schemaNames(this.db);
      } finally {
        this.tracking = tracking;
      }
    }
    const out = new Set<string>();
    const visit = (text: string, seen: Set<string>): void => {
      for (const m of text.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
        const name = m[0].toLowerCase();
        const under = this.schemaNames!.get(name);
        if (!under || seen.has(name)) continue;
        seen.add(name);
        if (under.length) for (const view of under) visit(view, seen);
        else out.add(name);
      }
    };
    visit(sql, new Set());
    return [...out];
  }

  private dropTable(table: string, seen: Set<string>): void {
    if (seen.has(table)) return;
    seen.add(table);
    this.writeCounts.set(table, (this.writeCounts.get(table) ?? 0) + 1);
    for (const memo of this.byTable.get(table) ?? []) if (!this.sparing?.includes(memo)) memo.clear();
    for (const next of this.consequences?.get(table) ?? []) this.dropTable(next, seen);
  }
}

/** For each table, the tables its triggers write and the tables whose foreign keys act on its changes. */
function schemaConsequences(db: Db): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (from: string, to: string): void => {
    const list = out.get(from) ?? [];
    list.push(to);
    out.set(from, list);
  };
  const objects = db.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('trigger', 'table')`).all() as
    Array<{ type: string; name: string; tbl_name: string; sql: string | null }>;
  for (const o of objects.filter((x) => x.type === 'trigger')) {
    const body = o.sql?.replace(/^[\s\S]*?\bBEGIN\b/i, '') ?? '';
    for (const t of tablesWritten(body)) add(o.tbl_name.toLowerCase(), t);
  }
  if (db.pragma('foreign_keys', { simple: true })) {
    for (const t of objects.filter((x) => x.type === 'table')) {
      const keys = db.pragma(`foreign_key_list("${t.name.replace(/"/g, '""')}")`) as Array<{ table: string; on_update: string; on_delete: string }>;
      for (const k of keys) {
        if (k.on_update !== 'NO ACTION' || k.on_delete !== 'NO ACTION') add(k.table.toLowerCase(), t.name.toLowerCase());
      }
    }
  }
  return out;
}

/** Each table (no SQL to widen: an empty list) and each view (its SQL, whose names are widened in turn), lower case. */
function schemaNames(db: Db): Map<string, string[]> {
  const rows = db.prepare(`SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view')`).all() as
    Array<{ type: string; name: string; sql: string | null }>;
  return new Map(rows.map((r) => [r.name.toLowerCase(), r.type === 'view' ? [r.sql ?? ''] : []]));
}

const watches = new WeakMap<Db, TransactionReads>();

/**
 * The connection's watch, installed on first use: every statement prepared from then on is classified, and each run
 * of a writing one drops the answers it may change. Installed before any repository prepares its statements (the
 * Store constructor asks first), so no writing statement escapes it.
 */
export function transactionReads(db: Db): TransactionReads {
  const existing = watches.get(db);
  if (existing) return existing;
  const reads = new TransactionReads(db, schemaConsequences);
  watches.set(db, reads);
  const watched = new WeakSet<object>();
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const stmt = prepare(sql);
    if (watched.has(stmt)) return stmt;
    watched.add(stmt);
    const writes = writesOf(sql);
    if (writes === null && !reads.tracksReads) return stmt;
    if (writes === null) {
      const statement: ReadingStatement = { sql, tables: null };
      for (const method of ['get', 'all', 'iterate'] as const) {
        const original = stmt[method] as (...args: unknown[]) => unknown;
        (stmt as unknown as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
          reads.ran(statement);
          return original.apply(this, args);
        };
      }
      return stmt;
    }
    for (const method of ['run', 'get', 'all', 'iterate'] as const) {
      const original = stmt[method] as (...args: unknown[]) => unknown;
      (stmt as unknown as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
        reads.wrote(writes);
        return original.apply(this, args);
      };
    }
    return stmt;
  }) as Db['prepare'];
  const exec = db.exec.bind(db);
  db.exec = ((sql: string) => {
    reads.wrote('anything');
    return exec(sql);
  }) as Db['exec'];
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: unknown[]) => unknown) => transaction(function (this: unknown, ...args: unknown[]) {
    try {
      return fn.apply(this, args);
    } catch (error) {
      // Rolled back (a savepoint, when nested): answers read after its writes may show writes that never happened.
      reads.rolledBack();
      throw error;
    }
  })) as Db['transaction'];
  return reads;
}
