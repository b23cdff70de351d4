// One way to boot onetable in a test: the real runtime (plugins, admin API, pages) on a temp-dir database. Requests go
// through Hono's app.request, or over a socket on 127.0.0.1 when the test needs one (SDKs, browsers, child processes).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Clock } from '../../src/bot/clock.js';
import type { Logger } from '../../src/bot/context.js';
import type { DispatcherOptions } from '../../src/bot/dispatcher.js';
import { loadConfig } from '../../src/config.js';
import { startOnetable, type Onetable } from '../../src/runtime.js';
import { registerCoreRoutes } from '../../src/server/admin/core-routes.js';
import { mondayMorningClock } from './clock.js';
import { tempDir } from './temp.js';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';

export interface BootOptions {
  /** Environment variables on top of the test defaults (database in the temp dir, the demo roster, quiet logs). */
  env?: Record<string, string>;
  /** A roster file's content to load instead of the demo roster. */
  roster?: unknown;
  /** Listen on 127.0.0.1:0 (default: no socket; use `request`). */
  listen?: boolean;
  clock?: Clock;
  logger?: Logger;
  dispatcher?: DispatcherOptions;
}

export interface Booted {
  onetable: Onetable;
  dir: string;
  /** The socket's URL, '' without one. */
  url: string;
  /** A request to onetable: through the socket when there is one, else app.request. */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Stops and starts again on the same database (a restart). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function bootOnetable(options: BootOptions = {}): Promise<Booted> {
  const tmp = tempDir('boot');
  const env: Record<string, string> = {
    PORT: '0', HOST: '127.0.0.1', ONETABLE_DB: join(tmp.dir, 'onetable.db'), ONETABLE_ADMIN_TOKEN: ADMIN_TOKEN, LOG_LEVEL: 'silent',
    // Asks go out at once unless a test sets ASK_BATCHES (real time would otherwise wait for 09:00 or 14:00).
    ASK_BATCHES: 'off',
    ...(options.roster ? { ONETABLE_ROSTER: join(tmp.dir, 'roster.json') } : {}),
    ...options.env,
  };
  if (options.roster) writeFileSync(env.ONETABLE_ROSTER!, JSON.stringify(options.roster));
  const clock = options.clock ?? mondayMorningClock();
  const open = (): Promise<Onetable> => startOnetable(loadConfig(env), {
    env, clock, extend: registerCoreRoutes, listen: options.listen ?? false,
    ...(options.logger ? { logger: options.logger } : {}), ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
  });
  const booted: Booted = {
    onetable: await open(), dir: tmp.dir, url: '',
    request: (path, init) => (booted.url ? fetch(`${booted.url}${path}`, init) : Promise.resolve(booted.onetable.app.request(path, init))),
    async restart() {
      await booted.onetable.close();
      booted.onetable = await open();
      booted.url = booted.onetable.url;
    },
    async stop() {
      await booted.onetable.close();
      tmp.remove();
    },
  };
  booted.url = booted.onetable.url;
  return booted;
}

/** The real onetable on a socket, the demo roster loaded (tests that talk HTTP from outside or drive a browser). */
export function startTestOnetable(extraEnv: Record<string, string> = {}): Promise<Booted> {
  return bootOnetable({ env: extraEnv, listen: true });
}

export function adminHeaders(token = ADMIN_TOKEN): Record<string, string> {
  return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
}

/** Posts as a member on the web channel and waits until the bot has handled it. */
export async function say(s: Booted, from: string, where: 'channel' | 'dm', text: string, form?: unknown): Promise<void> {
  const res = await s.request('/api/web/messages', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from, in: where, text, ...(form ? { form } : {}) }),
  });
  if (!res.ok) throw new Error(`post failed: ${res.status} ${await res.text()}`);
  await s.onetable.bot.idle();
}

export const REQUEST_TEXT = '【区民政局】各镇街：请于11月25日前报送本月低保户数、特困供养人数。';

/** One onetable for a test file, started before its tests with a lead's request posted (REQUEST_TEXT), stopped after. */
export function useOnetableWithRequest(): () => Booted {
  let booted: Booted | undefined;
  beforeAll(async () => {
    booted = await startTestOnetable();
    await say(booted, 'lead_mz', 'channel', REQUEST_TEXT);
  });
  afterAll(async () => {
    await booted?.stop();
  });
  return () => booted!;
}
