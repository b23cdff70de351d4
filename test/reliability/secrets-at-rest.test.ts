// Promise: what onetable writes to disk is its user's alone (0600 files, a 0700 folder), plugin secrets saved in the
// console are sealed with a key kept outside the database, and an export link lives at most 30 days.
import { createHmac } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedExportPath } from '../../src/bot/links.js';
import { loadConfig } from '../../src/config.js';
import { startOnetable, type Onetable } from '../../src/runtime.js';
import { registerCoreRoutes } from '../../src/server/admin/core-routes.js';
import { backup, restore } from '../../src/store/backup.js';
import { ADMIN_TOKEN, REQUEST_TEXT, adminHeaders, bootOnetable, say, type Booted } from '../support/boot.js';
import { mondayMorningClock } from '../support/clock.js';
import { tempDir } from '../support/temp.js';

const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);

describe('file modes', () => {
  const tmp = tempDir('modes');
  afterAll(() => tmp.remove());

  it('creates the database, its WAL and shared memory, the token and key files 0600 in a 0700 folder, and backups 0600', async () => {
    const dir = join(tmp.dir, 'data');
    const db = join(dir, 'onetable.db');
    const env = { ONETABLE_DB: db, LOG_LEVEL: 'silent', PORT: '0' };
    const onetable: Onetable = await startOnetable(loadConfig(env), { env, listen: false, clock: mondayMorningClock(), extend: registerCoreRoutes });
    try {
      await onetable.app.request('/api/web/messages', {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: 'lead_mz', in: 'channel', text: REQUEST_TEXT }),
      });
      await onetable.bot.idle();
      expect(mode(dir)).toBe('700');
      for (const f of [db, `${db}-wal`, `${db}-shm`, join(dir, 'admin-token'), join(dir, 'secret-key')]) expect(mode(f), f).toBe('600');
      await backup(db, join(tmp.dir, 'backup.db'));
      expect(mode(join(tmp.dir, 'backup.db'))).toBe('600');
    } finally {
      await onetable.close();
    }
    restore(join(tmp.dir, 'backup.db'), db);
    expect(mode(db)).toBe('600');
  });
});

describe('secrets and links', () => {
  let s: Booted;
  beforeAll(async () => {
    s = await bootOnetable();
    await say(s, 'lead_mz', 'channel', REQUEST_TEXT);
  });
  afterAll(async () => {
    await s?.stop();
  });

  it('seals a plugin secret saved in the console: not in the database files, still working after a restart', async () => {
    const secret = 'web-secret-from-console-Q7r2';
    const res = await s.request('/api/admin/plugins/web', { method: 'PUT', headers: adminHeaders(), body: JSON.stringify({ enabled: true, config: { token: secret } }) });
    expect(res.status).toBe(200);
    const db = s.onetable.config.database;
    s.onetable.store.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(db).includes(secret)).toBe(false);
    expect(JSON.stringify(s.onetable.store.plugins.get('web'))).not.toContain(secret);
    await s.restart();
    expect((await s.request('/api/web/roster')).status).toBe(401);
    expect((await s.request('/api/web/roster', { headers: { authorization: `Bearer ${secret}` } })).status).toBe(200);
    await s.request('/api/admin/plugins/web', { method: 'PUT', headers: adminHeaders(), body: JSON.stringify({ enabled: true, config: {} }) });
  });

  it('refuses a link signed with the real secret for 100 years; a week-long link works', async () => {
    const now = s.onetable.bot.deps.clock.now();
    signedExportPath(s.onetable.store, 'c1.csv', now); // the secret exists once a link was made
    // What someone holding a copy of the database would read.
    const linkSecret = (s.onetable.store.db.prepare("SELECT value FROM meta WHERE key = 'linkSecret'").get() as { value: string }).value;
    const exp = Math.floor(now.getTime() / 1000) + 100 * 365 * 86_400;
    const sig = createHmac('sha256', linkSecret).update(`c1.csv\u0000${exp}`).digest('base64url').slice(0, 32);
    expect((await s.request(`/api/exports/c1.csv?exp=${exp}&sig=${sig}`)).status).toBe(401);
    expect((await s.request(signedExportPath(s.onetable.store, 'c1.csv', now))).status).toBe(200);
  });

  it('revoking the link secret ends every link handed out', async () => {
    const link = signedExportPath(s.onetable.store, 'c1.csv', s.onetable.bot.deps.clock.now());
    expect((await s.request(link)).status).toBe(200);
    const res = await s.request('/api/admin/exports/revoke-links', { method: 'POST', headers: adminHeaders() });
    expect(res.status).toBe(200);
    expect((await s.request(link)).status).toBe(401);
    expect((await s.request(link, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).status).toBe(200);
  });
});
