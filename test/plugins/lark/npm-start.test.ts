// `npm start` (src/main.ts) with the Lark variables pointing at a fake Lark server serves the webhook and the web channel
// side by side, from one process.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeLark } from './fake-lark.js';
import { killGroup } from '../../reliability/child.js';
import { postEvent } from './lark-events.js';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const TOKEN = 'verification-token-npm-start';

let fake: FakeLark;
let child: ChildProcess | null = null;
let dir: string;

beforeAll(async () => {
  fake = await new FakeLark().start();
  dir = mkdtempSync(join(tmpdir(), 'onetable-lark-start-'));
});
afterAll(async () => {
  if (child) killGroup(child, 'SIGKILL');
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start with Lark configured', () => {
  it('answers Lark url_verification, the web channel and /healthz on the same server', async () => {
    const env = {
      PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', ASK_BATCHES: 'off',
      ONETABLE_DB: join(dir, 'onetable.db'), ONETABLE_DEMO: 'on',
      LARK_APP_ID: 'cli_0123456789abcdef', LARK_APP_SECRET: 'app-secret', LARK_VERIFICATION_TOKEN: TOKEN,
      LARK_CHAT_ID: 'oc_group', LARK_MODE: 'webhook', LARK_DOMAIN: fake.url,
    };
    // As `npm start` runs it: one node process (no tsx wrapper), leading its own process group for the clean-up.
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /onetable is running: (http:\/\/\S+?)\/?\s/.exec(stderr);
        if (m) { clearInterval(timer); resolve(m[1]!); }
        if (child!.exitCode !== null) { clearInterval(timer); reject(new Error(stderr)); }
      }, 50);
    });

    const challenge = await postEvent(`${url}/lark/events`, { challenge: 'ch-start', token: TOKEN, type: 'url_verification' }, new Date());
    expect(challenge.status).toBe(200);
    expect(await challenge.json()).toEqual({ challenge: 'ch-start' });

    const posted = await fetch(`${url}/api/web/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: 'lead_mz', in: 'channel', text: '帮助' }),
    });
    expect(posted.status).toBe(200);

    const health = (await (await fetch(`${url}/healthz`)).json()) as { plugins: Array<{ name: string; status: string }> };
    expect(health.plugins.find((p) => p.name === 'lark')?.status).toBe('running');
    expect(health.plugins.find((p) => p.name === 'web')?.status).toBe('running');
    expect(fake.requests.some((r) => r.path.includes('tenant_access_token') || r.path.includes('/bot/'))).toBe(true);

    const exited = new Promise<void>((resolve) => child!.on('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  }, 60_000);
});
