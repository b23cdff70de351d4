// Starts a real onetable on 127.0.0.1:0 with a temp-dir database and the demo roster, with the core routes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../../src/bot/clock.js';
import { loadConfig } from '../../src/config.js';
import { startOnetable, type Onetable } from '../../src/runtime.js';
import { registerCoreRoutes } from '../../src/server/admin/core-routes.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

/** Real time, shifted to a working Monday morning so the bot's DMs are not held for working hours. */
export function mondayMorningClock(start = '2026-11-16T10:00:00+08:00'): Clock {
  const base = Date.parse(start);
  const t0 = Date.now();
  return { now: () => new Date(base + (Date.now() - t0)) };
}

export interface Started {
  onetable: Onetable;
  url: string;
  stop(): Promise<void>;
}

export async function startTestOnetable(extraEnv: Record<string, string> = {}): Promise<Started> {
  const dir = mkdtempSync(join(tmpdir(), 'onetable-test-'));
  const env = { PORT: '0', HOST: '127.0.0.1', ONETABLE_DB: join(dir, 'onetable.db'), ONETABLE_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: 'silent', ...extraEnv };
  const onetable = await startOnetable(loadConfig(env), { env, clock: mondayMorningClock(), extend: registerCoreRoutes });
  return {
    onetable, url: onetable.url,
    async stop() {
      await onetable.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function adminHeaders(token = ADMIN_TOKEN): Record<string, string> {
  return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
}

/** Posts as a member on the web channel and waits until the bot has handled it. */
export async function say(s: Started, from: string, where: 'channel' | 'dm', text: string, form?: unknown): Promise<void> {
  const res = await fetch(`${s.url}/api/web/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from, in: where, text, ...(form ? { form } : {}) }),
  });
  if (!res.ok) throw new Error(`post failed: ${res.status} ${await res.text()}`);
  await s.onetable.bot.idle();
}

export const REQUEST_TEXT = '【区民政局】各镇街：请于11月25日前报送本月低保户数、特困供养人数。';
