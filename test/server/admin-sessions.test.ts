// Promise: the console's sign-in is a revocable session, never the token in a cookie; sign-in attempts are throttled
// per address and logged apart from the audit; a blank or short admin token stops the start.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Clock } from '../../src/bot/clock.js';
import { loadConfig } from '../../src/config.js';
import { sameToken } from '../../src/http/tokens.js';
import { startOnetable } from '../../src/runtime.js';
import { ADMIN_TOKEN, REQUEST_TEXT, adminHeaders, bootOnetable, say, type Booted } from '../support/boot.js';
import { tempDir } from '../support/temp.js';

const JSON_TYPE = { 'content-type': 'application/json' };
let s: Booted | undefined;
afterEach(async () => {
  await s?.stop();
  s = undefined;
});

/** A clock the test moves by hand. */
function movableClock(start = '2026-11-16T10:00:00+08:00'): Clock & { advance(ms: number): void } {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms) => { t += ms; } };
}

const login = (b: Booted, token: string) => b.request('/api/admin/login', { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ token }) });
const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0]!;

describe('admin token rules', () => {
  for (const [label, content] of [['a blank', '\n'], ['a 3-character', 'abc\n'], ['a 15-character', '0123456789abcde\n']] as const) {
    it(`refuses to start with ${label} data/admin-token file`, async () => {
      const tmp = tempDir('token-file');
      try {
        mkdirSync(tmp.dir, { recursive: true });
        writeFileSync(join(tmp.dir, 'admin-token'), content);
        const env = { ONETABLE_DB: join(tmp.dir, 'onetable.db'), LOG_LEVEL: 'silent', PORT: '0' };
        await expect(startOnetable(loadConfig(env), { env, listen: false })).rejects.toThrow(/admin-token.*at least 16 characters/);
      } finally {
        tmp.remove();
      }
    });
  }

  it('refuses a blank-looking ONETABLE_ADMIN_TOKEN and never matches an empty token', () => {
    expect(() => loadConfig({ ONETABLE_ADMIN_TOKEN: ' '.repeat(20) })).toThrow(/ONETABLE_ADMIN_TOKEN/);
    expect(sameToken('', '')).toBe(false);
    expect(sameToken('abc', 'abc')).toBe(false);
  });

  it('answers an empty bearer with 403, not the console', async () => {
    s = await bootOnetable();
    for (const authorization of ['Bearer ', 'Bearer', 'Basic abc']) {
      expect((await s.request('/api/admin/settings', { headers: { authorization } })).status, authorization).toBe(403);
    }
  });
});

describe('admin sessions', () => {
  it('keeps a random session id in the cookie, not the token, and logout revokes it server side', async () => {
    s = await bootOnetable();
    const res = await login(s, ADMIN_TOKEN);
    expect(res.status).toBe(200);
    const cookie = cookieOf(res);
    expect(cookie).toMatch(/^onetable_admin=/);
    expect(cookie).not.toContain(ADMIN_TOKEN);
    expect(res.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(res.headers.get('set-cookie')).toMatch(/SameSite=Strict/i);
    expect((await s.request('/api/admin/collections', { headers: { cookie } })).status).toBe(200);
    // The database keeps only a hash of the session id.
    const stored = JSON.stringify(s.onetable.store.db.prepare('SELECT * FROM sessions').all());
    expect(stored).not.toContain(cookie.split('=')[1]!);

    expect((await s.request('/api/admin/logout', { method: 'POST', headers: { cookie } })).status).toBe(200);
    // A copy of the cookie kept from before the logout opens nothing.
    expect((await s.request('/api/admin/collections', { headers: { cookie } })).status).toBe(403);
    expect(await (await s.request('/admin', { headers: { cookie } })).text()).toContain('管理员令牌');
  });

  it('ends every console session when the admin token is rotated', async () => {
    const rotated = 'rotated-admin-token-0123456789';
    s = await bootOnetable();
    const cookie = cookieOf(await login(s, ADMIN_TOKEN));
    expect((await s.request('/api/admin/collections', { headers: { cookie } })).status).toBe(200);
    const db = s.onetable.config.database;
    await s.onetable.close();
    const env = { ONETABLE_DB: db, ONETABLE_ADMIN_TOKEN: rotated, LOG_LEVEL: 'silent', PORT: '0' };
    const again = await startOnetable(loadConfig(env), { env, listen: false, extend: (await import('../../src/server/admin/core-routes.js')).registerCoreRoutes });
    s.onetable = again;
    expect((await s.request('/api/admin/collections', { headers: { cookie } })).status).toBe(403);
    expect((await s.request('/api/admin/collections', { headers: adminHeaders(rotated) })).status).toBe(200);
  });

  it('marks the cookie Secure when the public address is https', async () => {
    s = await bootOnetable({ env: { PUBLIC_URL: 'https://onetable.example.gov.cn' } });
    expect((await login(s, ADMIN_TOKEN)).headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });
});

describe('login throttling', () => {
  it('300 wrong tokens from one address: a few are checked, the rest wait, and the audit keeps its entries', async () => {
    const clock = movableClock();
    s = await bootOnetable({ clock });
    await say(s, 'lead_mz', 'channel', REQUEST_TEXT);
    const statuses: number[] = [];
    for (let i = 0; i < 300; i++) statuses.push((await login(s, `wrong-token-${i}-abcdefghij`)).status);
    expect(statuses.filter((x) => x === 403)).toHaveLength(4);
    expect(statuses.filter((x) => x === 429)).toHaveLength(296);

    // Even the right token waits while the address is held back, and says for how long.
    const held = await login(s, ADMIN_TOKEN);
    expect(held.status).toBe(429);
    expect(Number(held.headers.get('retry-after'))).toBeGreaterThan(0);

    // Each further failure doubles the wait.
    clock.advance(1_000);
    expect((await login(s, 'wrong-again-abcdefghijkl')).status).toBe(403);
    const longer = await login(s, ADMIN_TOKEN);
    expect(Number(longer.headers.get('retry-after'))).toBe(2);
    clock.advance(2_000);
    expect((await login(s, ADMIN_TOKEN)).status).toBe(200);

    // Failures go to the security log, not the audit: the audit view still shows the request.
    const audit = await (await s.request('/api/admin/audit', { headers: adminHeaders() })).json() as { entries: Array<{ code: string }> };
    expect(audit.entries.map((e) => e.code)).toContain('request.create');
    expect(audit.entries.map((e) => e.code)).not.toContain('admin.login.failed');
    const security = await (await s.request('/api/admin/security', { headers: adminHeaders() })).json() as { entries: Array<{ event: string }> };
    expect(security.entries.filter((e) => e.event.startsWith('admin.login.')).length).toBe(5);
    expect(security.entries[0]!.event).toBe('admin.login');
  });

  it('the console login form is throttled the same way', async () => {
    s = await bootOnetable({ clock: movableClock() });
    const form = (token: string) => s!.request('/admin/login', { method: 'POST', body: new URLSearchParams({ token }) });
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await form(`wrong-token-${i}-abcdefghij`)).status);
    expect(statuses.slice(0, 4)).toEqual([403, 403, 403, 403]);
    expect(statuses.slice(4)).toEqual([429, 429, 429, 429, 429, 429]);
    expect(await (await form(ADMIN_TOKEN)).text()).toContain('秒后再试');
  });
});
