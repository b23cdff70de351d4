import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrations } from './migrations.js';

export type Db = Database.Database;

export class StoreIntegrityError extends Error {}

/** Opens (creating when missing) the SQLite file, in WAL mode, with every migration applied. */
export function openDatabase(file: string, options: { checkIntegrity?: boolean } = {}): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
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
  return db;
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
