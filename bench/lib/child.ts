// Spawns bench/server-child.ts in its own Node process and talks to it over HTTP on 127.0.0.1. The child runs as
// `npm start` runs the server: built to plain JavaScript (scripts/build.mjs into dist/, the bench's files with it), no
// tsx loader in the process. BENCH_CHILD_TSX=1 runs the sources through tsx instead (as before phase 30).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const THROUGH_TSX = process.env.BENCH_CHILD_TSX === '1';
let built = false;

/** The node arguments that run the server child: its build in dist/ (made once per bench run), or its source through tsx. */
function childEntry(): string[] {
  if (THROUGH_TSX) return ['--import', 'tsx', fileURLToPath(new URL('../server-child.ts', import.meta.url))];
  if (!built) {
    execFileSync(process.execPath, ['scripts/build.mjs', 'dist', 'src', 'plugins', 'bench', 'test/plugins/lark/lark-events.ts'], { cwd: REPO, stdio: 'inherit' });
    built = true;
  }
  return [fileURLToPath(new URL('../../dist/bench/server-child.js', import.meta.url))];
}

export interface ServerChild {
  url: string;
  proc: ChildProcess;
  get<T>(path: string): Promise<T>;
  stop(): Promise<void>;
}

export async function startChild(args: string[], timeoutMs = 180_000): Promise<ServerChild> {
  // BENCH_CHILD_NODE_ARGS: extra node flags for the server child, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_CHILD_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  const proc = spawn(process.execPath, [...nodeArgs, ...childEntry(), ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } });
  let stderr = '';
  proc.stderr!.on('data', (d: Buffer) => { stderr = (stderr + d.toString()).slice(-4000); });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => { proc.kill('SIGKILL'); reject(new Error(`server child did not start in ${timeoutMs} ms\n${stderr}`)); }, timeoutMs);
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\S+)/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]!); }
    });
    proc.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server child exited (${code})\n${stderr}`)); });
  });
  return {
    url, proc,
    async get<T>(path: string): Promise<T> {
      const r = await fetch(url + path, { signal: AbortSignal.timeout(300_000) });
      if (!r.ok) throw new Error(`${path}: HTTP ${r.status} ${await r.text()}`);
      return (await r.json()) as T;
    },
    async stop(): Promise<void> {
      if (proc.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => { proc.kill('SIGKILL'); resolve(); }, 15_000);
        proc.once('exit', () => { clearTimeout(t); resolve(); });
        proc.kill('SIGTERM');
      });
    },
  };
}
