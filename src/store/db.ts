import Database from 'better-sqlite3';
import { ensurePrivateFile, narrowDatabaseFiles } from './file-modes.js';
import { migrations } from './migrations.js';
import { workCounts, type WorkCounts } from './work-counts.js';

export type Db = Database.Database;

export class StoreIntegrityError extends Error {}

/** Opens (creating when missing) the SQLite file, in WAL mode, with every migration applied. */
export function openDatabase(file: string, options: { checkIntegrity?: boolean } = {}): Db {
  // Created 0600 before SQLite opens it: the WAL and shared-memory files then get the same mode.
  if (file !== ':memory:') ensurePrivateFile(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  if (file !== ':memory:') narrowDatabaseFiles(file);
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  if (options.checkIntegrity) {
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') {
      db.close();
      throw new StoreIntegrityError(
        `The database ${file} failed its integrity check (${String(result)}). Restore it from a backup: npm run cli -- restore BACKUP_FILE`,
      );
    }
  }
  migrate(db);
  cacheStatements(db);
  if (workCounts) countStatements(db, workCounts);
  return db;
}

/**
 * Repositories call db.prepare(sql) on every query; compiling the same SQL again and again cost ~10% of message
 * processing (bench/). Reuse the compiled statement per SQL text, with its result modes reset, unless it is busy
 * (an iterate() in progress). The cache is bounded: dynamic IN (?, …) lists make a few variants.
 */
function cacheStatements(db: Db): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    const cached = cache.get(sql);
    if (cached && !cached.busy) {
      if (cached.reader) cached.raw(false).pluck(false).expand(false);
      return cached;
    }
    const stmt = prepare(sql);
    if (!cached) {
      if (cache.size >= 1000) cache.clear();
      cache.set(sql, stmt);
    }
    return stmt;
  }) as Db['prepare'];
}

/**
 * With work counting on: every statement's runs, rows written and time, under the repository method that first
 * prepared it and the start of its SQL; pragmas and the store's transactions under their own names.
 */
function countStatements(db: Db, counts: WorkCounts): void {
  const prepare = db.prepare.bind(db);
  const named = new WeakSet<Database.Statement>();
  db.prepare = ((sql: string) => {
    const stmt = prepare(sql);
    if (named.has(stmt)) return stmt;
    named.add(stmt);
    const name = `sql ${callerOf(new Error().stack ?? '')}: ${sql.replace(/\s+/g, ' ').trim().slice(0, 60)}`;
    const writes = !/^\s*(SELECT|WITH|PRAGMA)\b/i.test(sql);
    for (const method of ['run', 'get', 'all', 'iterate'] as const) {
      const original = stmt[method] as (...args: unknown[]) => unknown;
      (stmt as unknown as Record<string, unknown>)[method] = function (this: Database.Statement, ...args: unknown[]) {
        const t = performance.now();
        const result = original.apply(this, args);
        counts.add(name, performance.now() - t, method === 'run' ? (result as Database.RunResult).changes : writes && method === 'all' ? (result as unknown[]).length : writes && method === 'get' && result !== undefined ? 1 : 0);
        return result;
      };
    }
    return stmt;
  }) as Db['prepare'];
  const pragma = db.pragma.bind(db);
  db.pragma = ((source: string, options?: Database.PragmaOptions) => {
    const t = performance.now();
    try {
      return pragma(source, options);
    } finally {
      counts.add(`pragma ${source}`, performance.now() - t);
    }
  }) as Db['pragma'];
}

/** The first frame outside this file and better-sqlite3: the repository method that prepared the statement. */
function callerOf(stack: string): string {
  for (const line of stack.split('\n').slice(1)) {
    if (line.includes('/store/db.') || line.includes('/store/transaction-reads.') || line.includes('better-sqlite3')) continue;
    const m = /at (?:new )?([\w$.<>]+) \(/.exec(line) ?? /at ([^\s]+)/.exec(line);
    return m ? m[1]! : '?';
  }
  return '?';
}

export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`The database schema (version ${current}) is newer than this onetable (${migrations.length}).`);
  }
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
