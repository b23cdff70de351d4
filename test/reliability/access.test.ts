// Promise: the web channel stays on loopback unless a token guards it, and secrets never reach logs, errors, /healthz or the audit log.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { baseEnv, killAll, runToExit, startServer, stop } from './child.js';
import { tempDir } from '../support/temp.js';

afterAll(killAll);
const tmp = tempDir('access');
afterAll(() => tmp.remove());

describe('binding', () => {
  it('refuses to listen on a non-loopback address without ONETABLE_WEB_TOKEN', async () => {
    for (const host of ['0.0.0.0', '::', '192.0.2.10']) {
      const { code, output } = await runToExit(['src/main.ts'], baseEnv(join(tmp.dir, `bind-${host}.db`), { HOST: host }));
      expect(code, output).not.toBe(0);
      expect(output).toMatch(/ONETABLE_WEB_TOKEN/);
      expect(output).not.toMatch(/onetable is running/);
    }
  });

  it('binds to 127.0.0.1 by default, and a token then guards the web channel', async () => {
    const env = baseEnv(join(tmp.dir, 'default.db'), { ONETABLE_WEB_TOKEN: 'web-token-0123456789abcdef' });
    delete env.HOST;
    const server = await startServer(env);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const post = (auth?: string) => fetch(`${server.url}/api/web/messages`, {
        method: 'POST', body: JSON.stringify({ from: 'sq_shebao', in: 'dm', text: '收到' }),
        headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
      });
      expect((await post()).status).toBe(401);
      expect((await post('Bearer wrong-token-0123456789')).status).toBe(401);
      expect((await post('Bearer web-token-0123456789abcdef')).status).toBe(200);
    } finally {
      await stop(server);
    }
  });
});

describe('secrets', () => {
  const SECRETS = {
    LARK_APP_SECRET: 'lark-app-secret-Zq81nQ2w',
    LARK_ENCRYPT_KEY: 'lark-encrypt-key-Pp4Vt7Xc',
    LARK_VERIFICATION_TOKEN: 'lark-verify-token-Kd93Lm0s',
    ONETABLE_ADMIN_TOKEN: 'admin-token-Hs72Jd91Qw03',
  };
  const WEB_TOKEN = 'short-web-Tk5'; // too short: the web plugin's config fails validation

  it('a failing plugin config never prints a secret on stdout/stderr, /healthz or the audit log', async () => {
    const db = join(tmp.dir, 'secrets.db');
    const store = Store.open(db);
    store.plugins.save('web', { enabled: true, config: { token: WEB_TOKEN } }, new Date());
    store.close();

    const server = await startServer(baseEnv(db, {
      ...SECRETS, LARK_APP_ID: 'cli_reliability_test', LARK_MODE: 'carrier-pigeon', LOG_LEVEL: 'trace',
    }));
    let health = '';
    try {
      const res = await fetch(`${server.url}/healthz`);
      health = await res.text();
      const body = JSON.parse(health) as { status: string; plugins: Array<{ name: string; status: string; error: string | null }> };
      expect(body.status).toBe('degraded');
      expect(body.plugins.find((p) => p.name === 'web')?.status).toBe('error');
      expect(body.plugins.find((p) => p.name === 'web')?.error).toMatch(/token/);
      // a request that fails inside the server is logged too
      await fetch(`${server.url}/api/web/messages`, { method: 'POST', headers: { authorization: `Bearer ${SECRETS.ONETABLE_ADMIN_TOKEN}` } });
    } finally {
      await stop(server);
    }
    const output = server.output();
    expect(output.length).toBeGreaterThan(0);
    const audit = JSON.stringify(new Database(db, { readonly: true }).prepare('SELECT * FROM audit').all());
    for (const secret of [...Object.values(SECRETS), WEB_TOKEN]) {
      expect(output, 'process output').not.toContain(secret);
      expect(health, '/healthz').not.toContain(secret);
      expect(audit, 'audit log').not.toContain(secret);
    }
  });
});
