// A temp folder per test (or file of tests), removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDir {
  dir: string;
  remove(): void;
}

export function tempDir(prefix = 'test'): TempDir {
  const dir = mkdtempSync(join(tmpdir(), `onetable-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
