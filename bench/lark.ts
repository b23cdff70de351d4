// lark: the ingest workload through the Lark plugin's webhook (POST /lark/events): im.message.receive_v1 callbacks,
// AES-256-CBC encrypted and signed, into a real onetable (server child, LARK_DOMAIN → a fake Lark Open API in this
// process). Compared in the same invocation with the web channel and the bare Hono + SQLite baseline at the same size.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFigures, runOnce as ingestRun, type RunResult as IngestRun } from './ingest.js';
import { startChild } from './lib/child.js';
import { BenchFakeLark, type FakeLarkCounts } from './lib/fake-lark.js';
import { makeRoster, rosterFile, workload } from './lib/gen.js';
import { BENCH_LARK_APP, larkBodies, withLarkIdentities } from './lib/lark-events.js';
import { postAll } from './lib/load.js';
import type { BenchResult, Row } from './lib/result.js';
import { fmt, spread, summarize, wallMs, type Summary } from './lib/stats.js';

const MESSAGES = Number(process.env.BENCH_LARK_MESSAGES ?? 5_000);
const WARMUP = 500;
const CONCURRENCY = 32;
const REPS = Math.max(1, Math.min(10, Number(process.env.BENCH_LARK_REPS ?? 1)));
/** Bodies are signed before the clock starts; the webhook rejects timestamps older than 300 s, so stay well inside. */
const BUDGET_MS = Math.min(Number(process.env.BENCH_LARK_BUDGET_MS ?? 150_000), 240_000);
/** Also run the web channel and the bare baseline at the same size (BENCH_LARK_COMPARE=0 to skip). */
const COMPARE = process.env.BENCH_LARK_COMPARE !== '0';
const PATH = '/lark/events';
/**
 * After processing is idle, how long to watch the outbox drain to the fake Lark (sends/s with the event loop free),
 * after skipping the first second (the limiter's token bucket starts full: a burst of 50 on top of 50/s).
 */
const DRAIN_MS = 5_000;
const DRAIN_SKIP_MS = 1_000;

interface LarkRun extends IngestRun {
  /** Messages the fake Lark accepted while the timed part ran (the plugin's limiter allows 50/s per app). */
  sendsDuringRun: number;
  sendsPerSec: number;
  /** Sends/s over DRAIN_MS once processing is idle (the backlog still pending). */
  drainSendsPerSec: number;
  fake: FakeLarkCounts;
  health: unknown;
}

async function runLark(rep: number): Promise<LarkRun> {
  const dir = mkdtempSync(join(tmpdir(), 'onetable-bench-lark-'));
  const fake = await new BenchFakeLark(BENCH_LARK_APP.botOpenId).start();
  try {
    const roster = withLarkIdentities(makeRoster({ units: 200, staffPerUnit: 2, leads: 20 }, 11));
    const rosterPath = join(dir, 'roster.json');
    writeFileSync(rosterPath, JSON.stringify(rosterFile(roster)));
    const child = await startChild(['lark', join(dir, 'bench.db'), rosterPath, fake.url]);
    try {
      const warm = larkBodies(roster, BENCH_LARK_APP, workload(roster, WARMUP, 1000 + rep), `w${rep}`);
      await postAll(child.url, PATH, warm, CONCURRENCY, 60_000);
      await child.get('/bench/idle');
      const before = await child.get<{ cpu: NodeJS.CpuUsage }>('/bench/report');

      const bodies = larkBodies(roster, BENCH_LARK_APP, workload(roster, MESSAGES, 2000 + rep), `r${rep}`);
      const sendsBefore = fake.totalSends();
      const t0 = wallMs();
      const load = await postAll(child.url, PATH, bodies, CONCURRENCY, BUDGET_MS);
      const tAcked = wallMs();
      const idle = await child.get<{ at: number }>('/bench/idle');
      const sendsDuringRun = fake.totalSends() - sendsBefore;
      const report = await child.get<{ counts: Record<string, number>; processedByMessageId: Array<[string, number]>; cpu: NodeJS.CpuUsage }>(
        '/bench/report?latency=lark',
      );
      await new Promise((resolve) => setTimeout(resolve, DRAIN_SKIP_MS));
      const drainFrom = fake.totalSends();
      await new Promise((resolve) => setTimeout(resolve, DRAIN_MS));
      const drainSendsPerSec = (fake.totalSends() - drainFrom) / (DRAIN_MS / 1000);
      const health = await child.get<{ plugins: Array<{ name: string; health?: unknown }> }>('/healthz');
      const sent = load.ok + load.errors;
      const acks = [...load.ackMs].filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
      const doneAt = new Map(report.processedByMessageId);
      const e2e: number[] = [];
      bodies.forEach((b, i) => {
        const t = doneAt.get(b.messageId);
        if (t !== undefined && !Number.isNaN(load.sentAt[i]!)) e2e.push(t - load.sentAt[i]!);
      });
      e2e.sort((a, b) => a - b);
      const end = Math.max(idle.at, tAcked);
      return {
        ...runFigures({ load, sent, t0, tAcked, end, acks, e2e, report, before }),
        sendsDuringRun, sendsPerSec: sendsDuringRun / ((end - t0) / 1000), drainSendsPerSec,
        fake: { ...fake.counts, sends: { ...fake.counts.sends } },
        health: health.plugins.find((p) => p.name === 'lark')?.health ?? null,
      };
    } finally {
      await child.stop();
    }
  } finally {
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function larkBench(log: (s: string) => void): Promise<BenchResult> {
  const runs: { lark: LarkRun[]; web: IngestRun[]; baseline: IngestRun[] } = { lark: [], web: [], baseline: [] };
  for (let rep = 0; rep < REPS; rep++) {
    if (COMPARE) {
      for (const kind of ['baseline', 'onetable'] as const) {
        const r = await ingestRun(kind, rep, MESSAGES);
        (kind === 'baseline' ? runs.baseline : runs.web).push(r);
        log(`  ${kind === 'baseline' ? 'bare baseline' : 'web'} #${rep + 1}: ${fmt(r.processedPerSec)} msg/s processed (${fmt(r.ackedPerSec)} acked/s), ack p50 ${fmt(r.ackP50)} ms p99 ${fmt(r.ackP99)} ms, e2e p50 ${fmt(r.e2eP50)} ms p99 ${fmt(r.e2eP99)} ms, errors ${r.errors}`);
      }
    }
    const r = await runLark(rep);
    runs.lark.push(r);
    log(`  lark #${rep + 1}: ${fmt(r.processedPerSec)} msg/s processed (${fmt(r.ackedPerSec)} acked/s), ack p50 ${fmt(r.ackP50)} ms p99 ${fmt(r.ackP99)} ms, e2e p50 ${fmt(r.e2eP50)} ms p99 ${fmt(r.e2eP99)} ms, errors ${r.errors}, sends ${r.sendsDuringRun} (${fmt(r.sendsPerSec)}/s; ${fmt(r.drainSendsPerSec)}/s once idle)`);
  }

  const of = <R>(list: R[], k: keyof R): Summary => summarize(list.map((r) => r[k] as number));
  const ref = (k: keyof IngestRun, unit: string): string => (COMPARE
    ? `web ${fmt(of(runs.web, k).median)} ${unit} · bare ${fmt(of(runs.baseline, k).median)} ${unit}`
    : 'web: see ingest');
  const row = (metric: string, k: keyof LarkRun & keyof IngestRun, unit: string): Row => {
    const s = of(runs.lark, k);
    return { bench: 'lark', metric, value: s.median, unit, spread: spread(s), target: '—', baseline: ref(k, unit), met: null };
  };
  const n = MESSAGES.toLocaleString('en-US');
  const rows: Row[] = [
    row(`/lark/events, encrypted + signed: ${n} msgs, processed`, 'processedPerSec', 'msg/s'),
    row('lark: acked (HTTP 200)', 'ackedPerSec', 'msg/s'),
    row('lark: ack latency p50', 'ackP50', 'ms'),
    row('lark: ack latency p99', 'ackP99', 'ms'),
    row('lark: sent→processed p50', 'e2eP50', 'ms'),
    row('lark: sent→processed p99', 'e2eP99', 'ms'),
    { bench: 'lark', metric: 'lark: sends to the fake Open API during the run', value: of(runs.lark, 'sendsPerSec').median, unit: 'msg/s', spread: spread(of(runs.lark, 'sendsPerSec')), target: '—', baseline: 'limiter: 50/s per app', met: null },
    { bench: 'lark', metric: `lark: sends once processing is idle (${DRAIN_MS / 1000} s, after 1 s)`, value: of(runs.lark, 'drainSendsPerSec').median, unit: 'msg/s', spread: spread(of(runs.lark, 'drainSendsPerSec')), target: '—', baseline: 'limiter: 50/s per app', met: null },
  ];
  if (COMPARE) {
    const ratio = of(runs.lark, 'processedPerSec').median / of(runs.web, 'processedPerSec').median;
    rows.push({ bench: 'lark', metric: 'lark ÷ web, processed', value: ratio * 100, unit: '%', spread: `${runs.lark.length} run(s)`, target: '—', baseline: 'web = 100 %', met: null });
  }
  const last = runs.lark[runs.lark.length - 1]!;
  return {
    name: 'lark', rows,
    notes: [
      `same generator, seeds and roster as ingest (200 units, 400 staff, 20 leads; every member with identities.lark = ou_<id>); ${WARMUP} warm-up + ${n} messages, ${CONCURRENCY} keep-alive clients, 127.0.0.1; ${REPS} run(s)`,
      'each message an im.message.receive_v1 v2 envelope (group message in LARK_CHAT_ID for channel posts, p2p in oc_p2p_<id> for DMs, @一表通/@name as @_user_N mentions), AES-256-CBC encrypted ({encrypt}), X-Lark-Signature = sha256(timestamp+nonce+key+body), token and app id set; bodies built before the clock starts',
      `server child runs startOnetable with LARK_MODE=webhook and LARK_DOMAIN → a fake Lark Open API in the runner process (token, bot info, sends answered at once, counted); web and baseline rows are ${COMPARE ? 'runs at the same size in the same invocation' : 'not run (BENCH_LARK_COMPARE=0): compare with ingest'}`,
      `last lark run: store ${JSON.stringify(last.counts)}; server CPU ${fmt(last.serverCpuSec)} s; HTTP statuses ${JSON.stringify(last.statuses)}; fake Lark ${JSON.stringify({ tokens: last.fake.tokens, botInfo: last.fake.botInfo, sends: last.fake.sends, files: last.fake.files, other: last.fake.other })}; plugin health ${JSON.stringify(last.health)}`,
      `server CPU per message (timed part, median): lark ${fmt(of(runs.lark, 'serverCpuSec').median * 1000 / MESSAGES)} ms${COMPARE ? `, web ${fmt(of(runs.web, 'serverCpuSec').median * 1000 / MESSAGES)} ms` : ''}`,
      'DMs the bot starts wait for working hours (nextAllowedDmTime), so how many sends are due during the run depends on the time of day (Asia/Shanghai)',
      ...(runs.lark.some((r) => r.stoppedEarly) ? [`some runs hit the ${BUDGET_MS / 1000} s budget and stopped early`] : []),
    ],
    details: { runs },
  };
}
