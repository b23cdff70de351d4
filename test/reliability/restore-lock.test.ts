// Promise: `restore` never replaces the database under a running bot (messages it acknowledged would be lost), and two
// bots never run on one database; the lock goes with the process.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startOnetable } from '../../src/runtime.js';
import { backup } from '../../src/store/backup.js';
import { REQUEST_TEXT, bootOnetable, say } from '../support/boot.js';
import { baseEnv, killAll, runToExit } from './child.js';
import { tempDir } from '../support/temp.js';

afterAll(killAll);
const tmp = tempDir('restore-lock');
afterAll(() => tmp.remove());

describe('restore lock', () => {
  it('refuses to restore while the bot runs on the database, and restores once it has stopped', async () => {
    const s = await bootOnetable();
    const db = s.onetable.config.database;
    const file = join(tmp.dir, 'before.db');
    try {
      await backup(db, file);
      await say(s, 'lead_mz', 'channel', REQUEST_TEXT);
      const refused = await runToExit(['src/cli.ts', 'restore', file], baseEnv(db));
      expect(refused.code, refused.output).toBe(1);
      expect(refused.output).toMatch(/restore refused: .*in use by a running onetable/);
      // The request acknowledged after the backup is still there.
      expect(s.onetable.store.requests.all().length).toBe(1);
      // A second bot on the same database is refused too.
      const env = { ONETABLE_DB: db, LOG_LEVEL: 'silent', PORT: '0', ONETABLE_ADMIN_TOKEN: 'another-admin-token-0123456789' };
      await expect(startOnetable(loadConfig(env), { env, listen: false })).rejects.toThrow(/in use by a running onetable/);
    } finally {
      await s.onetable.close();
    }
    const done = await runToExit(['src/cli.ts', 'restore', file], baseEnv(db));
    expect(done.code, done.output).toBe(0);
    expect(existsSync(`${db}.lock`)).toBe(true);
    await s.restart();
    try {
      expect(s.onetable.store.requests.all().length).toBe(0);
    } finally {
      await s.stop();
    }
  });
});
