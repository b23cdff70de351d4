// npm run bench [-- NAME …]: runs the benchmarks, prints a table and writes bench/results.json.
// Always exits 0: missed targets are reported, not failures.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { ingestBench } from './ingest.js';
import { larkBench } from './lark.js';
import { memoryBench } from './memory.js';
import type { BenchResult, Row } from './lib/result.js';
import { fmt } from './lib/stats.js';
import { scaleBench } from './scale.js';
import { understandingBench } from './understanding.js';

const BENCHES: Record<string, (log: (s: string) => void) => Promise<BenchResult>> = {
  understanding: understandingBench,
  scale: scaleBench,
  memory: memoryBench,
  ingest: ingestBench,
  lark: larkBench,
};
const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

function table(rows: Row[]): string {
  const head = ['benchmark', 'metric', 'median', 'spread (min–max)', 'target', 'baseline', 'status'];
  const body = rows.map((r) => [r.bench, r.metric, `${fmt(r.value)} ${r.unit}`, r.spread, r.target, r.baseline, r.met === null ? 'info' : r.met ? 'MET' : 'MISSED']);
  const width = (s: string): number => [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]!))));
  const line = (cells: string[]): string => cells.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join(' | ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((n) => !BENCHES[n]);
  if (unknown.length) {
    process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')} (have: ${Object.keys(BENCHES).join(', ')})\n`);
    return;
  }
  const names = asked.length ? asked : Object.keys(BENCHES);
  const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { results?: Record<string, BenchResult> }).results ?? {} : {};
  const results: Record<string, BenchResult> = { ...previous };
  const started = performance.now();
  for (const name of names) {
    process.stdout.write(`\n▶ ${name}\n`);
    const t = performance.now();
    try {
      results[name] = { ...(await BENCHES[name]!((s) => process.stdout.write(`${s}\n`))), durationSec: (performance.now() - t) / 1000 } as BenchResult;
    } catch (error) {
      process.stdout.write(`  ${name} failed: ${(error as Error).stack ?? error}\n`);
      results[name] = { name, rows: [], notes: [], skipped: `failed: ${(error as Error).message}` };
    }
    process.stdout.write(`  (${fmt((performance.now() - t) / 1000)} s)\n`);
  }
  const ordered = Object.keys(BENCHES).filter((n) => results[n]).map((n) => results[n]!);
  const rows = ordered.flatMap((r) => r.rows);
  process.stdout.write(`\n${table(rows)}\n`);
  for (const r of ordered) {
    if (r.skipped) process.stdout.write(`\n${r.name}: ${r.skipped}`);
    for (const n of r.notes) process.stdout.write(`\n${r.name}: ${n}`);
  }
  const missed = rows.filter((r) => r.met === false);
  process.stdout.write(`\n\n${missed.length ? `targets missed: ${missed.map((r) => `${r.bench} / ${r.metric}`).join('; ')}` : 'all targets met'}\n`);
  process.stdout.write(`total ${fmt((performance.now() - started) / 1000)} s\n`);
  writeFileSync(RESULTS, `${JSON.stringify({
    generatedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, platform: `${os.platform()} ${os.release()}`, loadavg: os.loadavg() },
    results: Object.fromEntries(ordered.map((r) => { const { details: _d, ...rest } = r; return [r.name, rest]; })),
  }, null, 2)}\n`);
}

await main().catch((error) => process.stderr.write(`bench runner failed: ${(error as Error).stack ?? error}\n`));
process.exit(0);
