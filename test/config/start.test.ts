// Configuration and `npm start`: bad values stop the start naming the variable; the server answers and chats.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { startOnetable, type Onetable } from '../../src/runtime.js';
import { tempDir } from '../support/temp.js';
import { killGroup } from '../reliability/child.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const REQUEST = '请各镇街11月30日前报送本月低保户数、低保人数。';

describe('loadConfig', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 8787, demo: 'on', settings: {} });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ ONETABLE_DEMO: 'maybe' }, 'ONETABLE_DEMO'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ ONETABLE_ADMIN_TOKEN: 'short' }, 'ONETABLE_ADMIN_TOKEN'],
    [{ MINUTES_PER_ASK: '-3' }, 'MINUTES_PER_ASK'],
    [{ ONETABLE_CONFIG: '/nonexistent/onetable.json' }, 'ONETABLE_CONFIG'],
  ])('rejects %o naming %s', (env, name) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^invalid configuration:\\n${name}:|^${name}:|${name}`));
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).toContain(name);
    }
  });

  it('reads variables into typed values', () => {
    const c = loadConfig({ PORT: '0', ONETABLE_DB: '/tmp/x.db', ONETABLE_DEMO: 'off', DIGEST_CRON: '30 17 * * *', MINUTES_PER_ASK: '20' });
    expect(c.port).toBe(0);
    expect(c.database).toBe('/tmp/x.db');
    expect(c.demo).toBe('off');
    expect(c.settings).toMatchObject({ digestCron: '30 17 * * *', minutesPerAsk: 20 });
  });
});

async function roundTrip(url: string): Promise<void> {
  const health = await fetch(`${url}/healthz`);
  expect(health.status).toBe(200);
  expect(((await health.json()) as { status: string }).status).toBe('ok');

  const posted = await fetch(`${url}/api/web/messages`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from: 'lead_mz', in: 'channel', text: REQUEST }),
  });
  expect(posted.status).toBe(200);
  const { id } = (await posted.json()) as { id: number };
  expect(id).toBeTypeOf('number');

  const deadline = Date.now() + 15_000;
  for (;;) {
    const res = await fetch(`${url}/api/web/messages?chat=channel`);
    const { messages } = (await res.json()) as { messages: Array<{ id: number; from: string; text: string; replyTo: number | null }> };
    const answer = messages.find((m) => m.from === 'bot' && m.replyTo === id);
    if (answer) {
      expect(answer.text).toContain('已登记');
      expect(messages.find((m) => m.id === id)!.text).toBe(REQUEST);
      return;
    }
    if (Date.now() > deadline) throw new Error(`no confirmation for message ${id}: ${JSON.stringify(messages)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('startOnetable (in process)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let onetable: Onetable;
  beforeAll(async () => {
    tmp = tempDir();
    const config = loadConfig({ PORT: '0', ONETABLE_DB: join(tmp.dir, 'onetable.db'), ONETABLE_DEMO: 'on', LOG_LEVEL: 'silent' });
    onetable = await startOnetable(config, { env: {} });
  });
  afterAll(async () => {
    await onetable?.close();
    tmp.remove();
  });

  it('answers /healthz and round-trips a message through the web channel', async () => {
    expect(onetable.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await roundTrip(onetable.url);
    expect(onetable.store.requests.all()).toHaveLength(1);
  });
});

describe.concurrent('npm start (child process)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let child: ChildProcess | null = null;
  beforeAll(() => {
    tmp = tempDir();
  });
  afterAll(() => {
    if (child) killGroup(child, 'SIGKILL');
    tmp.remove();
  });

  function launch(env: Record<string, string>): { child: ChildProcess; stderr: () => string; exit: Promise<number | null> } {
    const p = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: REPO, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
    });
    let err = '';
    p.stderr!.on('data', (d: Buffer) => { err += d.toString(); });
    const exit = new Promise<number | null>((resolve) => p.on('exit', (code) => resolve(code)));
    return { child: p, stderr: () => err, exit };
  }

  it('stops with a message naming the variable when a value is invalid', async () => {
    const run = launch({ PORT: 'abc', ONETABLE_DB: join(tmp.dir, 'bad.db') });
    expect(await run.exit).not.toBe(0);
    expect(run.stderr()).toMatch(/could not start[\s\S]*PORT/);
  });

  it('serves /healthz and the web channel', async () => {
    const run = launch({ PORT: '0', ONETABLE_DB: join(tmp.dir, 'live.db'), ONETABLE_DEMO: 'on' });
    child = run.child;
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /onetable is running: (http:\/\/\S+?)\/?\s/.exec(run.stderr());
        if (m) { clearInterval(timer); resolve(m[1]!); }
        if (run.child.exitCode !== null) { clearInterval(timer); reject(new Error(run.stderr())); }
      }, 50);
    });
    await roundTrip(url);
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(0);
  });
});
