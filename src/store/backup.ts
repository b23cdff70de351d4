import { copyFileSync, existsSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { ensurePrivateFile, narrowDatabaseFiles } from './file-modes.js';
import { RunLock } from './run-lock.js';

/** An online backup: consistent while the bot keeps writing (SQLite's backup API). */
export async function backup(databaseFile: string, target: string): Promise<void> {
  if (!existsSync(databaseFile)) throw new Error(`no database at ${databaseFile}`);
  const db = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    ensurePrivateFile(target);
    await db.backup(target);
    ensurePrivateFile(target);
  } finally {
    db.close();
  }
}

/** Replaces the database with a backup after checking the backup's integrity; refused while a bot runs on it. */
export function restore(backupFile: string, databaseFile: string): void {
  const lock = RunLock.acquire(databaseFile, 'restore a backup');
  try {
    replaceWith(backupFile, databaseFile);
  } finally {
    lock.release();
  }
}

function replaceWith(backupFile: string, databaseFile: string): void {
  const check = new Database(backupFile, { readonly: true, fileMustExist: true });
  try {
    const result = check.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`backup ${backupFile} failed its integrity check: ${String(result)}`);
  } finally {
    check.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${databaseFile}${suffix}`, { force: true });
  ensurePrivateFile(databaseFile);
  copyFileSync(backupFile, databaseFile);
  narrowDatabaseFiles(databaseFile);
}
