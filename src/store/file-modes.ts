// What onetable writes to disk is for its own user only: files 0600, their folder 0700 (the umask notwithstanding).
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const PRIVATE_FILE = 0o600;
export const PRIVATE_DIR = 0o700;

/** Creates the folder (0700) when missing; an existing folder keeps its mode (it may be shared on purpose, e.g. /tmp). */
export function ensurePrivateDir(dir: string): void {
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
}

/** Creates the file empty at 0600 when missing, and narrows an existing one to 0600. */
export function ensurePrivateFile(file: string): void {
  ensurePrivateDir(dirname(file));
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE));
  chmodSync(file, PRIVATE_FILE);
}

export function writePrivateFile(file: string, content: string): void {
  ensurePrivateFile(file);
  writeFileSync(file, content, { mode: PRIVATE_FILE });
}

/** The database with its WAL and shared-memory files (SQLite gives those the database file's mode when it makes them). */
export function narrowDatabaseFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, PRIVATE_FILE);
}
