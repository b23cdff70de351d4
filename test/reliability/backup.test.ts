// Promise: `npm run cli -- backup FILE` copies the live database while the bot runs; restore brings back the same pool;
// a damaged database stops the start with a clear message.
import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { baseEnv, drained, killAll, runToExit, startServer, stop, type Server } from './child.js';
import { tempDir } from '../support/temp.js';
import { plan } from './traffic.js';

afterAll(killAll);
const tmp = tempDir('backup');
afterAll(() => tmp.remove());

const DB = join(tmp.dir, 'live.db');
const env = baseEnv(DB, { ONETABLE_RATE_LIMIT: '100000' });
const cli = (...args: string[]) => runToExit(['src/cli.ts', ...args], env);

const post = (server: Server, m: { clientId: string; from: string; in: string; text: string }) =>
  fetch(`${server.url}/api/web/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(m) })
    .then((r) => expect(r.status).toBe(200));

function poolOf(file: string): unknown[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT unit, field, period, value, version FROM pool ORDER BY unit, field, period').all();
  } finally {
    db.close();
  }
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return String(db.pragma('integrity_check', { simple: true }));
  } finally {
    db.close();
  }
}

describe('backup and restore', () => {
  it('backs up online while messages keep arriving, and restore brings back the same pool', async () => {
    const messages = plan(300);
    let before: unknown[] = [];
    const server = await startServer(env);
    try {
      // Some figures are in the pool first (the worker thread holds back while messages keep arriving, so a flood alone
      // may leave it empty when the backup runs).
      for (const m of messages.slice(0, 12)) await post(server, m);
      await drained(server.url);
      // a backup taken while messages keep arriving and the bot works on them
      const during = join(tmp.dir, 'during.db');
      const writing = (async () => {
        for (let i = 12; i < messages.length; i += 6) await Promise.all(messages.slice(i, i + 6).map((m) => post(server, m)));
      })();
      await new Promise((r) => setTimeout(r, 150));
      const busy = await cli('backup', during);
      await writing;
      expect(busy.code, busy.output).toBe(0);
      expect(integrity(during)).toBe('ok');
      expect(poolOf(during).length).toBeGreaterThan(0);

      // a backup of the settled state, still online
      await drained(server.url);
      const settled = join(tmp.dir, 'settled.db');
      const result = await cli('backup', settled);
      expect(result.code, result.output).toBe(0);
      expect(result.output).toMatch(/backed up/);
      before = poolOf(DB);
      expect(before.length).toBeGreaterThan(10);
    } finally {
      await stop(server);
    }

    // wipe, restore, compare
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${DB}${suffix}`, { force: true });
    const restored = await cli('restore', join(tmp.dir, 'settled.db'));
    expect(restored.code, restored.output).toBe(0);
    expect(poolOf(DB)).toEqual(before);

    // the bot starts on the restored file
    const again = await startServer(env);
    try {
      const health = (await (await fetch(`${again.url}/healthz`)).json()) as { status: string; inbox: { pending: number; failed: number } };
      expect(health.inbox).toEqual({ pending: 0, failed: 0 });
    } finally {
      await stop(again);
    }
  }, 90_000);

  it('restore refuses a damaged backup and leaves the database alone', async () => {
    const bad = join(tmp.dir, 'bad-backup.db');
    copyFileSync(join(tmp.dir, 'settled.db'), bad);
    damagePages(bad);
    const before = readFileSync(DB);
    const result = await cli('restore', bad);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/integrity|malformed/);
    expect(readFileSync(DB).equals(before)).toBe(true);
  });
});

/** Scribbles over the b-tree page headers of every page but the first. */
function damagePages(file: string): void {
  const bytes = readFileSync(file);
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65_536 : bytes.readUInt16BE(16);
  for (let page = 1; page * pageSize < bytes.length; page++) for (let i = 0; i < 12; i++) bytes[page * pageSize + i] = 0xa5 ^ i;
  writeFileSync(file, bytes);
}

describe('integrity check at start', () => {
  for (const [name, damage] of [
    ['damaged pages', damagePages],
    ['a damaged header', (file: string) => {
      const bytes = readFileSync(file);
      for (let i = 100; i < 400; i++) bytes[i] = 0x5a ^ i;
      writeFileSync(file, bytes);
    }],
  ] as const) {
    it(`a database with ${name} stops the start with a clear message`, async () => {
      const file = join(tmp.dir, `${name.replace(/\W/g, '-')}.db`);
      copyFileSync(join(tmp.dir, 'settled.db'), file);
      damage(file);
      const { code, output } = await runToExit(['src/main.ts'], baseEnv(file));
      expect(code).not.toBe(0);
      expect(output).toMatch(/onetable could not start: The database .* (failed its integrity check|is damaged)/);
      expect(output).toMatch(/npm run cli -- restore/);
      expect(output).not.toMatch(/onetable is running/);
    });
  }
});
