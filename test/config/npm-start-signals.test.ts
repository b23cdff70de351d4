// `npm start` stops cleanly when its own pid is signalled (as a process manager or Ctrl+C does): the server goes with it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { killGroup } from '../reliability/child.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'onetable-npm-start-'));
let npm: ChildProcess | null = null;

afterAll(() => {
  if (npm) killGroup(npm, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Live pids whose process group is `group` (read from /proc: field 5 of /proc/PID/stat). */
function groupMembers(group: number): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return fields[0] !== 'Z' && Number(fields[2]) === group ? [Number(d)] : [];
    } catch {
      return [];
    }
  });
}

describe('npm start', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`on ${signal} to the npm process, the server stops and no process is left`, async () => {
      npm = spawn('npm', ['start', '--silent'], {
        cwd: REPO, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', ONETABLE_DB: join(dir, `${signal}.db`), ONETABLE_DEMO: 'on' },
      });
      let stderr = '';
      npm.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
      const exited = new Promise<number | null>((resolve) => npm!.on('exit', (code) => resolve(code)));
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const m = /onetable is running: (http:\/\/\S+?)\/?\s/.exec(stderr);
          if (m) { clearInterval(timer); resolve(m[1]!); }
          if (npm!.exitCode !== null) { clearInterval(timer); reject(new Error(stderr)); }
        }, 50);
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);

      npm.kill(signal);
      await exited;
      const group = npm.pid!;
      await expect.poll(() => groupMembers(group), { timeout: 10_000 }).toEqual([]);
      await expect(fetch(`${url}/healthz`)).rejects.toThrow();
      npm = null;
    }, 60_000);
  }
});
