// A fresh store on its own temp file for each test, for store tests that also open a second connection to that file.
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { Store } from '../../src/store/store.js';
import { tempDir } from './temp.js';

export interface StoreFile {
  store(): Store;
  /** The database file, to open another connection (a worker's) on it. */
  file(): string;
}

export function useStoreFile(): StoreFile {
  let tmp: ReturnType<typeof tempDir> | null = null;
  let store: Store | null = null;
  beforeEach(() => {
    tmp = tempDir();
    store = Store.open(join(tmp.dir, 'onetable.db'));
  });
  afterEach(() => {
    store?.close();
    tmp?.remove();
  });
  return { store: () => store!, file: () => join(tmp!.dir, 'onetable.db') };
}
