// Work counts per inbound message (ingest) or per replay event: `npx tsx bench/counts.ts ingest [MESSAGES]` or
// `npx tsx bench/counts.ts replay [EVENTS]`. Runs the bench's server child or replay child with ONETABLE_WORK_COUNTS
// set (src/store/work-counts.ts) and prints, per thread, each counted step's calls, rows written and time, per
// message/event and in all, as a Markdown table. Nested steps are counted inside their callers (a handler's time
// includes its statements); the ingest's counts include the bench's 500 warm-up messages, and are divided by all the
// messages the worker processed.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runOnce } from './ingest.js';

interface Count { calls: number; ms: number; rows: number }
type Counts = Record<string, Count>;

const [what = 'ingest', sizeArg] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'onetable-counts-'));
const REPLAY_CHILD = fileURLToPath(new URL('./replay-child.ts', import.meta.url));

function read(file: string): Counts {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Counts;
}

function table(title: string, counts: Counts, per: number, unit: string, top = Number(process.env.BENCH_COUNTS_TOP ?? 40)): string {
  const rows = Object.entries(counts).filter(([n]) => !n.startsWith('transaction read kept: ')).sort((a, b) => b[1].ms - a[1].ms).slice(0, top);
  const f = (x: number, d = 2): string => x.toFixed(d);
  return [
    `${title} (${per.toLocaleString('en-US')} ${unit}s; top ${rows.length} of ${Object.keys(counts).length} by time)`,
    '',
    `| step | calls / ${unit} | rows written / ${unit} | µs / ${unit} | calls in all | ms in all |`,
    '|---|---|---|---|---|---|',
    ...rows.map(([name, c]) => `| ${name.replace(/\|/g, '\\|')} | ${f(c.calls / per)} | ${f(c.rows / per)} | ${f((1000 * c.ms) / per, 1)} | ${c.calls} | ${f(c.ms, 0)} |`),
    '',
    sums(counts, per, unit),
  ].join('\n');
}

function sums(counts: Counts, per: number, unit: string): string {
  const sql = Object.entries(counts).filter(([n]) => n.startsWith('sql '));
  const calls = sql.reduce((s, [, c]) => s + c.calls, 0);
  const rows = sql.reduce((s, [, c]) => s + c.rows, 0);
  const ms = sql.reduce((s, [, c]) => s + c.ms, 0);
  const parses = Object.entries(counts).filter(([n]) => n.startsWith('parse ') && n !== 'parse context');
  const kept = Object.entries(counts).filter(([n]) => n.startsWith('transaction read kept: '))
    .map(([n, c]) => `${n.slice('transaction read kept: '.length)} ${(c.calls / per).toFixed(2)}`);
  return `SQL statements: ${(calls / per).toFixed(1)} / ${unit} (${sql.length} distinct), rows written ${(rows / per).toFixed(1)} / ${unit}, ` +
    `${((1000 * ms) / per).toFixed(0)} µs / ${unit} in statements; parses ${(parses.reduce((s, [, c]) => s + c.calls, 0) / per).toFixed(2)} / ${unit}, ` +
    `${((1000 * parses.reduce((s, [, c]) => s + c.ms, 0)) / per).toFixed(0)} µs / ${unit}` +
    (kept.length ? `; answers kept within a transaction (src/store/transaction-reads.ts) / ${unit}: ${kept.join(', ')}` : '');
}

async function main(): Promise<void> {
  process.env.ONETABLE_WORK_COUNTS = dir;
  const load = (): string => os.loadavg().map((x) => x.toFixed(2)).join(' ');
  process.stdout.write(`${new Date().toISOString()} ${what} load ${load()}\n`);
  if (what === 'ingest') {
    const messages = Number(sizeArg ?? process.env.BENCH_INGEST_MESSAGES ?? 5_000);
    const r = await runOnce('onetable', 0, messages);
    process.stdout.write(`processed ${r.processedPerSec.toFixed(1)} msg/s, acked ${r.ackedPerSec.toFixed(0)}/s, server CPU ${r.serverCpuSec.toFixed(1)} s, store ${JSON.stringify(r.counts)}\n`);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    for (const file of files) {
      const counts = read(file);
      const processed = counts['inbound message processed']?.calls ?? 0;
      const stored = Object.entries(counts).filter(([n]) => /INSERT INTO inbox\b/.test(n)).reduce((s, [, c]) => s + c.calls, 0);
      const per = processed || stored;
      if (!per) continue;
      process.stdout.write(`\n${table(`thread ${file} — ${processed ? 'processing (worker)' : 'HTTP (storing)'}`, counts, per, 'message')}\n`);
    }
  } else if (what === 'replay') {
    const events = Number(sizeArg ?? 10_000);
    const out = await new Promise<string>((resolve) => {
      const proc = spawn(process.execPath, ['--import', 'tsx', REPLAY_CHILD, String(events)], { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env } });
      let text = '';
      proc.stdout.on('data', (d: Buffer) => { text += d.toString(); });
      proc.once('exit', () => resolve(text));
    });
    process.stdout.write(out);
    const file = readdirSync(dir).find((f) => f.endsWith('-replay.json'));
    if (file) process.stdout.write(`\n${table('replay', read(file), events, 'event')}\n`);
  }
  process.stdout.write(`${new Date().toISOString()} done, load ${load()}\n`);
}

await main().finally(() => rmSync(dir, { recursive: true, force: true }));
process.exit(0);
