// ingest: the realistic message mix posted over HTTP to the web channel until every message is processed,
// against a bare Hono + SQLite endpoint on the same server stack as the baseline. Servers run in a child process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from './lib/child.js';
import { makeRoster, rosterFile, workload } from './lib/gen.js';
import { postAll } from './lib/load.js';
import type { BenchResult, Row } from './lib/result.js';
import { fmt, percentile, spread, summarize, wallMs } from './lib/stats.js';
import { threadCpuBetween, type ThreadCpuMs } from './lib/thread-cpu.js';

const MESSAGES = Number(process.env.BENCH_INGEST_MESSAGES ?? 20_000);
const WARMUP = 500;
const CONCURRENCY = 32;
const REPS = Number(process.env.BENCH_INGEST_REPS ?? 1);
const BUDGET_MS = Number(process.env.BENCH_INGEST_BUDGET_MS ?? 150_000);
const PATH = '/api/web/messages';

export interface RunResult {
  processedPerSec: number;
  ackedPerSec: number;
  ackP50: number;
  ackP99: number;
  e2eP50: number;
  e2eP99: number;
  errors: number;
  statuses: Record<string, number>;
  counts: Record<string, number>;
  serverCpuSec: number;
  /** CPU of the server's HTTP (main) thread from the first post to the last answer, per message sent; null without /proc. */
  ackThreadCpuMs: number | null;
  /**
   * The server's CPU from the first post until every message was processed, per message sent, by kind of thread
   * (THREAD_CPU_SPLIT: HTTP, the processing worker, V8's background compiles and GC); null without /proc.
   */
  threadsCpuMs: ThreadCpuMs | null;
  stoppedEarly: boolean;
}

/** The figures of one timed run, from the load result, the clock marks and the server's reports before and after. */
export function runFigures(r: {
  load: { ok: number; errors: number; statuses: Record<string, number>; stoppedEarly: boolean };
  sent: number; t0: number; tAcked: number; end: number; acks: number[]; e2e: number[];
  report: { counts: Record<string, number>; cpu: { user: number; system: number } };
  before: { cpu: { user: number; system: number } };
  threadCpu?: { before: number | null; after: number | null };
  threads?: { before: ThreadCpuMs | null; after: ThreadCpuMs | null };
}): RunResult {
  const threads = r.threads?.before && r.threads.after && r.sent ? threadCpuBetween(r.threads.before, r.threads.after) : null;
  return {
    processedPerSec: r.load.ok / ((r.end - r.t0) / 1000),
    ackedPerSec: r.sent / ((r.tAcked - r.t0) / 1000),
    ackP50: percentile(r.acks, 50), ackP99: percentile(r.acks, 99),
    e2eP50: percentile(r.e2e, 50), e2eP99: percentile(r.e2e, 99),
    errors: r.load.errors, statuses: r.load.statuses, counts: r.report.counts,
    serverCpuSec: (r.report.cpu.user + r.report.cpu.system - r.before.cpu.user - r.before.cpu.system) / 1e6,
    ackThreadCpuMs: r.threadCpu?.before == null || r.threadCpu.after == null || !r.sent ? null : (r.threadCpu.after - r.threadCpu.before) / r.sent,
    threadsCpuMs: threads && { main: threads.main / r.sent, later: threads.later / r.sent, background: threads.background / r.sent },
    stoppedEarly: r.load.stoppedEarly,
  };
}

/** One run of `messages` generated messages (after the warm-up) against a fresh server child. */
export async function runOnce(kind: 'onetable' | 'baseline', rep: number, messages = MESSAGES): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), `onetable-bench-${kind}-`));
  try {
    const roster = makeRoster({ units: 200, staffPerUnit: 2, leads: 20 }, 11);
    const rosterPath = join(dir, 'roster.json');
    writeFileSync(rosterPath, JSON.stringify(rosterFile(roster)));
    const child = await startChild(kind === 'onetable' ? ['onetable', join(dir, 'bench.db'), rosterPath] : ['baseline', join(dir, 'raw.db')]);
    try {
      const toBody = (m: { from: string; in: string; text: string }): string => JSON.stringify({ from: m.from, in: m.in, text: m.text });
      const warm = workload(roster, WARMUP, 1000 + rep).map(toBody);
      await postAll(child.url, PATH, warm, CONCURRENCY, 60_000);
      await child.get('/bench/idle');
      const before = await child.get<{ cpu: NodeJS.CpuUsage }>('/bench/report');

      const bodies = workload(roster, messages, 2000 + rep).map(toBody);
      const cpuBefore = await child.get<{ ms: number | null }>('/bench/thread-cpu');
      const threadsBefore = kind === 'onetable' ? await child.get<{ threads: ThreadCpuMs | null }>('/bench/threads-cpu') : { threads: null };
      const t0 = wallMs();
      const load = await postAll(child.url, PATH, bodies, CONCURRENCY, BUDGET_MS);
      const tAcked = wallMs();
      const cpuAfter = await child.get<{ ms: number | null }>('/bench/thread-cpu');
      const idle = await child.get<{ at: number }>('/bench/idle');
      const threadsAfter = kind === 'onetable' ? await child.get<{ threads: ThreadCpuMs | null }>('/bench/threads-cpu') : { threads: null };
      const report = await child.get<{ counts: Record<string, number>; processed: Array<[number, number]>; cpu: NodeJS.CpuUsage }>(
        `/bench/report?latency=${kind === 'onetable' ? 1 : 0}`,
      );
      const sent = load.ok + load.errors;
      const acks = [...load.ackMs].filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
      let e2e: number[];
      if (kind === 'onetable') {
        const doneAt = new Map(report.processed);
        e2e = [];
        load.ids.forEach((id, i) => {
          const t = id === null ? undefined : doneAt.get(id);
          if (t !== undefined) e2e.push(t - load.sentAt[i]!);
        });
        e2e.sort((a, b) => a - b);
      } else {
        e2e = acks; // the baseline's work is done when it answers
      }
      return runFigures({ load, sent, t0, tAcked, end: Math.max(idle.at, tAcked), acks, e2e, report, before, threadCpu: { before: cpuBefore.ms, after: cpuAfter.ms }, threads: { before: threadsBefore.threads, after: threadsAfter.threads } });
    } finally {
      await child.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Messages the timed part stored and processed (warm-up excluded). */
function messages(r: RunResult): number {
  return r.statuses['200'] ?? 0;
}

export async function ingestBench(log: (s: string) => void): Promise<BenchResult> {
  const runs: Record<'onetable' | 'baseline', RunResult[]> = { onetable: [], baseline: [] };
  for (let rep = 0; rep < REPS; rep++) {
    for (const kind of ['baseline', 'onetable'] as const) {
      const r = await runOnce(kind, rep);
      runs[kind].push(r);
      log(`  ${kind} #${rep + 1}: ${fmt(r.processedPerSec)} msg/s processed (${fmt(r.ackedPerSec)} acked/s), ack p50 ${fmt(r.ackP50)} ms p99 ${fmt(r.ackP99)} ms, e2e p50 ${fmt(r.e2eP50)} ms p99 ${fmt(r.e2eP99)} ms, errors ${r.errors}, HTTP-thread CPU ${r.ackThreadCpuMs === null ? '?' : fmt(r.ackThreadCpuMs)} ms/msg while posting, server CPU ${fmt(1000 * r.serverCpuSec / (messages(r) || 1))} ms/msg in all${r.threadsCpuMs ? ` (HTTP thread ${fmt(r.threadsCpuMs.main)}, worker ${fmt(r.threadsCpuMs.later)}, V8 background ${fmt(r.threadsCpuMs.background)})` : ''}`);
    }
  }
  const b = summarize(runs.baseline.map((r) => r.processedPerSec));
  const o = summarize(runs.onetable.map((r) => r.processedPerSec));
  const med = (kind: 'onetable' | 'baseline', k: keyof RunResult): ReturnType<typeof summarize> => summarize(runs[kind].map((r) => r[k] as number));
  const target = b.median / 2;
  const acked = med('onetable', 'ackedPerSec').median;
  const bareAcked = med('baseline', 'ackedPerSec').median;
  const p99 = med('onetable', 'ackP99').median;
  const bareP99 = med('baseline', 'ackP99').median;
  const processing = process.env.ONETABLE_PROCESSING ?? 'worker';
  const rows: Row[] = [
    { bench: 'ingest', metric: `web: ${MESSAGES.toLocaleString('en-US')} msgs, processed`, value: o.median, unit: 'msg/s', spread: spread(o), target: `≥ ${fmt(target)} (½ baseline)`, baseline: `${fmt(b.median)} msg/s (${spread(b)})`, met: o.median >= target },
    { bench: 'ingest', metric: 'web: acked (HTTP 200)', value: med('onetable', 'ackedPerSec').median, unit: 'msg/s', spread: spread(med('onetable', 'ackedPerSec')), target: '—', baseline: `${fmt(med('baseline', 'ackedPerSec').median)} msg/s`, met: null },
    { bench: 'ingest', metric: `web (${processing}): acked ÷ bare endpoint's acked`, value: acked / bareAcked, unit: '×', spread: `${runs.onetable.length} run(s)`, target: '≥ 0.5×', baseline: `${fmt(bareAcked)} msg/s`, met: acked / bareAcked >= 0.5 },
    { bench: 'ingest', metric: `web (${processing}): ack p99 ÷ bare endpoint's p99`, value: p99 / bareP99, unit: '×', spread: `${runs.onetable.length} run(s)`, target: '≤ 2×', baseline: `${fmt(bareP99)} ms`, met: p99 / bareP99 <= 2 },
    ...(runs.onetable.every((r) => r.ackThreadCpuMs !== null) && runs.baseline.every((r) => r.ackThreadCpuMs !== null)
      ? [{ bench: 'ingest', metric: 'web: HTTP-thread CPU per message while posting', value: med('onetable', 'ackThreadCpuMs').median, unit: 'ms', spread: spread(med('onetable', 'ackThreadCpuMs')), target: '—', baseline: `${fmt(med('baseline', 'ackThreadCpuMs').median)} ms`, met: null }]
      : []),
    ...(runs.onetable.every((r) => r.threadsCpuMs !== null)
      ? [{ bench: 'ingest', metric: "web: server CPU per message in V8's background threads (TurboFan compiles, concurrent GC)", value: summarize(runs.onetable.map((r) => r.threadsCpuMs!.background)).median, unit: 'ms', spread: spread(summarize(runs.onetable.map((r) => r.threadsCpuMs!.background))), target: '—', baseline: `of ${fmt(summarize(runs.onetable.map((r) => r.threadsCpuMs!.main + r.threadsCpuMs!.later + r.threadsCpuMs!.background)).median)} ms (HTTP ${fmt(summarize(runs.onetable.map((r) => r.threadsCpuMs!.main)).median)}, worker ${fmt(summarize(runs.onetable.map((r) => r.threadsCpuMs!.later)).median)})`, met: null }]
      : []),
    { bench: 'ingest', metric: 'web: ack latency p50', value: med('onetable', 'ackP50').median, unit: 'ms', spread: spread(med('onetable', 'ackP50')), target: '—', baseline: `${fmt(med('baseline', 'ackP50').median)} ms`, met: null },
    { bench: 'ingest', metric: 'web: ack latency p99', value: med('onetable', 'ackP99').median, unit: 'ms', spread: spread(med('onetable', 'ackP99')), target: '—', baseline: `${fmt(med('baseline', 'ackP99').median)} ms`, met: null },
    { bench: 'ingest', metric: 'web: sent→processed p50', value: med('onetable', 'e2eP50').median, unit: 'ms', spread: spread(med('onetable', 'e2eP50')), target: '—', baseline: `${fmt(med('baseline', 'e2eP50').median)} ms (= ack)`, met: null },
    { bench: 'ingest', metric: 'web: sent→processed p99', value: med('onetable', 'e2eP99').median, unit: 'ms', spread: spread(med('onetable', 'e2eP99')), target: '—', baseline: `${fmt(med('baseline', 'e2eP99').median)} ms (= ack)`, met: null },
  ];
  const last = runs.onetable[runs.onetable.length - 1]!;
  return {
    name: 'ingest', rows,
    notes: [
      `server in a child process (its build in dist/, as npm start runs it; BENCH_CHILD_TSX=1: through tsx), processing inbound messages on ${processing === 'inline' ? 'the server thread (ONETABLE_PROCESSING=inline)' : 'a worker thread'}, ${CONCURRENCY} keep-alive node:http clients in the runner process, 127.0.0.1; fresh temp-dir DB per run; ${WARMUP} warm-up messages; ${REPS} runs each`,
      `roster 200 reporting units (+22 towns/streets/district), 400 staff, 20 leads; mix ≈4% notices, 56% staff replies, 40% chatter; ONETABLE_DEMO=on on 127.0.0.1 so clients post as any member without signing in`,
      `last run's store: ${JSON.stringify(last.counts)}; server CPU ${fmt(last.serverCpuSec)} s; HTTP statuses ${JSON.stringify(last.statuses)}`,
      ...(runs.onetable.some((r) => r.stoppedEarly) ? [`some runs hit the ${BUDGET_MS / 1000} s budget and stopped early`] : []),
    ],
    details: { runs },
  };
}
