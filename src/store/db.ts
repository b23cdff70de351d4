import Database from 'better-sqlite3';
import { ensurePrivateFile, narrowDatabaseFiles } from './file-modes.js';
import { migrations } from './migrations.js';

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
