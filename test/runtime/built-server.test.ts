// `npm start` runs the server built to plain JavaScript (scripts/build.mjs → dist/), with no tsx loader in the process
// (docs/performance.md, phase 30): the build serves the channel, its pages' assets and the demo data, and its
// processing worker (dist/src/runtime/processing-worker.js) answers a notice.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_DIR, packageDataDir } from '../../src/store/seed.js';
import { killGroup } from '../reliability/child.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'onetable-built-'));
let child: ChildProcess | null = null;

afterAll(() => {
  if (child) killGroup(child, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('the package data folder', () => {
  it('is found from the sources and from their build, which sit at different depths', () => {
    expect(DATA_DIR).toBe(join(REPO, 'data') + '/');
    expect(packageDataDir(join(REPO, 'dist', 'src', 'store', 'seed.js'))).toBe(DATA_DIR);
    expect(existsSync(join(DATA_DIR, 'fields.json'))).toBe(true);
  });
});

describe('the built server (npm start)', () => {
  it('starts from dist/ without tsx and answers a notice through its processing worker', async () => {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: REPO, stdio: 'pipe' });
    expect(readFileSync(join(REPO, 'package.json'), 'utf8')).toContain('exec node dist/src/main.js');
    expect(existsSync(join(REPO, 'dist/src/runtime/processing-worker.js'))).toBe(true);
    expect(existsSync(join(REPO, 'dist/plugins/web/index.js'))).toBe(true);

    child = spawn(process.execPath, ['dist/src/main.js'], {
      cwd: REPO, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'error', PORT: '0', HOST: '127.0.0.1', ONETABLE_DB: join(dir, 'built.db'), ONETABLE_DEMO: 'on' },
    });
    let stderr = '';
    let stdout = '';
    child.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdout!.on('data', (d: Buffer) => { stdout += d.toString(); });
    const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        const m = /onetable is running: (http:\/\/\S+?)\/?\s/.exec(stderr);
        if (m) { clearInterval(timer); resolve(m[1]!); }
        if (child!.exitCode !== null) { clearInterval(timer); reject(new Error(stderr)); }
      }, 50);
    });
    // The process has no module loader of its own: the server thread, the processing worker, and node's own threads.
    expect(readFileSync(`/proc/${child.pid}/cmdline`, 'utf8')).not.toContain('tsx');

    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    const text = '【区民政局】请各镇街11月30日前报送本月低保户数、低保人数。';
    const posted = await fetch(`${url}/api/web/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: 'lead_mz', in: 'channel', text }),
    });
    const { id } = (await posted.json()) as { id: number };
    await expect.poll(async () => {
      const { messages } = (await (await fetch(`${url}/api/web/messages?chat=channel`)).json()) as { messages: Array<{ from: string; text: string; replyTo: number | null }> };
      return messages.find((m) => m.from === 'bot' && m.replyTo === id)?.text ?? '';
    }, { timeout: 20_000, interval: 200 }).toContain('已登记');

    // Answered by the worker, not by the server thread's fallback (which logs why it took over).
    expect(stdout + stderr).not.toMatch(/processing worker/);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    child = null;
  }, 90_000);
});
