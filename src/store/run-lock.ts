// One process at a time owns a database: the running bot holds an exclusive SQLite lock on `<db>.lock` for its whole
// life, and `restore` needs the same lock. The operating system drops the lock when the process ends, kill -9 included.
import Database from 'better-sqlite3';
import { ensurePrivateFile } from './file-modes.js';

export class LockHeldError extends Error {}

export class RunLock {
  private constructor(private readonly db: Database.Database) {}

  /** Takes the database's lock at once, or throws LockHeldError naming what holds it. */
  static acquire(databaseFile: string, purpose: string): RunLock {
    const file = `${databaseFile}.lock`;
    ensurePrivateFile(file);
    const db = new Database(file);
    try {
      db.pragma('busy_timeout = 0');
      db.exec('BEGIN EXCLUSIVE');
    } catch (error) {
      db.close();
      if ((error as { code?: unknown }).code === 'SQLITE_BUSY') {
        throw new LockHeldError(`${databaseFile} is in use by a running onetable (lock ${file}); stop it before you ${purpose}`);
      }
      throw error;
    }
    return new RunLock(db);
  }

  release(): void {
    if (!this.db.open) return;
    try {
      this.db.exec('ROLLBACK');
    } finally {
      this.db.close();
    }
  }
}
