// Runs the real onetable (npm start's entry, or the CLI) as a child process on 127.0.0.1, for crash and access tests.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Server {
  url: string;
  proc: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

const children = new Set<ChildProcess>();

/** The environment every child starts from: no inherited secrets or config, loopback only, quiet logs. */
export function baseEnv(db: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test',
    HOST: '127.0.0.1', PORT: '0', ONETABLE_DB: db, ONETABLE_DEMO: 'on', LOG_LEVEL: 'warn', ...extra,
  };
}

/**
 * Signals a child's whole process group (children spawned with `detached: true` lead their own), so nothing it
 * started outlives it; a group already gone is fine.
 */
export function killGroup(proc: ChildProcess, signal: NodeJS.Signals): void {
  if (proc.pid === undefined) return;
  try {
    process.kill(-proc.pid, signal);
  } catch {
    // no such group: everything in it has exited
  }
}

function run(args: string[], env: NodeJS.ProcessEnv): { proc: ChildProcess; output(): string; exited: Promise<number | null> } {
  const proc = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  children.add(proc);
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  proc.stderr!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => {
    children.delete(proc);
    killGroup(proc, 'SIGKILL');
    resolve(code);
  }));
  return { proc, output: () => out, exited };
}

/** Starts `src/main.ts` and resolves once it prints its URL; rejects with its output if it exits first. */
export async function startServer(env: NodeJS.ProcessEnv, timeoutMs = 30_000): Promise<Server> {
  const child = run(['src/main.ts'], env);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${child.output()}`)), timeoutMs);
    const check = (): void => {
      const m = /onetable is running: (http:\/\/[^\s/]+)/.exec(child.output());
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.proc.stderr!.on('data', check);
    void child.exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before listening:\n${child.output()}`));
    });
  });
  return { url, ...child };
}

/** Runs a command to completion: main.ts (expected to refuse) or the CLI. */
export async function runToExit(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 30_000): Promise<{ code: number | null; output: string }> {
  const child = run(args, env);
  const timer = setTimeout(() => killGroup(child.proc, 'SIGKILL'), timeoutMs);
  const code = await child.exited;
  clearTimeout(timer);
  return { code, output: child.output() };
}

export async function stop(server: Server, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (server.proc.exitCode === null && server.proc.signalCode === null) server.proc.kill(signal);
  return server.exited;
}

/** afterAll: no child outlives its test file. */
export function killAll(): void {
  for (const c of children) killGroup(c, 'SIGKILL');
  children.clear();
}

export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The inbox's pending count from /healthz. */
async function pendingOf(url: string): Promise<number> {
  return ((await (await fetch(`${url}/healthz`)).json()) as { inbox: { pending: number } }).inbox.pending;
}

/**
 * Resolves when nothing is pending in the inbox, waiting as long as the backlog keeps shrinking: it fails only when
 * `stallMs` pass without a message processed. A backlog of thousands drains at the machine's speed, which a shared,
 * loaded machine divides several times; a fixed deadline then fails a run that loses and doubles nothing.
 */
export async function drainedWhileProgressing(url: string, stallMs: number): Promise<{ pendingAtStart: number; ms: number }> {
  const started = Date.now();
  const pendingAtStart = await pendingOf(url);
  let least = pendingAtStart;
  let progressAt = Date.now();
  for (;;) {
    const pending = await pendingOf(url).catch(() => least);
    if (pending === 0) return { pendingAtStart, ms: Date.now() - started };
    if (pending < least) {
      least = pending;
      progressAt = Date.now();
    }
    if (Date.now() - progressAt > stallMs) throw new Error(`the inbox stopped draining: ${pending} pending, none processed in ${stallMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Resolves when /healthz reports nothing pending in the inbox. */
export function drained(url: string, timeoutMs = 30_000): Promise<true> {
  return waitFor(async () => {
    const h = (await (await fetch(`${url}/healthz`)).json()) as { inbox: { pending: number } };
    return h.inbox.pending === 0 ? true : undefined;
  }, timeoutMs, 'the inbox to drain');
}
