// scale: one new request (parse + place + plan asks, through Bot.ingest + Bot.process) against 1k / 10k / 100k open
// collections and up to 1M pool values; the digest for 1,000 units × 200 open collections; a 10,000-event replay.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gatherDigest } from '../src/bot/digest-data.js';
import { VirtualClock } from '../src/bot/clock.js';
import { Bot } from '../src/bot/engine.js';
import { resolveSettings } from '../src/bot/settings.js';
import { renderDigest } from '../src/domain/digest.js';
import { Store } from '../src/store/store.js';
import { departmentInfo, fieldsOf, makeRoster, type BenchRoster } from './lib/gen.js';
import { Random } from './lib/random.js';
import type { BenchResult, Row } from './lib/result.js';
import { buildStore, type BuildInfo } from './lib/store-builder.js';
import { fmt, repeat, spread, summarize, type Summary } from './lib/stats.js';

export const NOW = new Date('2026-11-24T10:00:00+08:00');
export const LEVELS = [
  { collections: 1_000, values: 10_000 },
  { collections: 10_000, values: 100_000 },
  { collections: 100_000, values: 1_000_000 },
];

const REPLAY_BUDGET_MS = Number(process.env.BENCH_REPLAY_BUDGET_MS ?? 150_000);
const REPLAY_CHILD = fileURLToPath(new URL('./replay-child.ts', import.meta.url));

function runReplay(events: number, budgetMs: number): Promise<{ seconds: number | null; cpuSeconds: number | null; stats: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', REPLAY_CHILD, String(events)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    const timer = setTimeout(() => proc.kill('SIGKILL'), budgetMs);
    proc.once('exit', () => {
      clearTimeout(timer);
      const m = /SECONDS (\S+) (\S+) (.*)/.exec(out);
      resolve(m ? { seconds: Number(m[1]), cpuSeconds: Number(m[2]), stats: m[3]! } : { seconds: null, cpuSeconds: null, stats: '' });
    });
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'onetable-bench-scale-'));
process.once('exit', () => rmSync(tmp, { recursive: true, force: true }));
const built = new Map<string, BuildInfo>();

export function benchRoster(): BenchRoster {
  return makeRoster({ units: 200, staffPerUnit: 2, leads: 20 }, 11);
}

/**
 * The store for a level as of `now`, built once per process. Scale times notices on a clock fixed at NOW; the memory
 * bench runs a live server on the real clock and builds its own as of the run day (a store built at NOW holds, days
 * later, 100,000 collections past their deadlines, and the server's first minutes would be catching up on them).
 */
export function storeFor(level: { collections: number; values: number }, roster = benchRoster(), now = NOW): BuildInfo {
  const day = now.toISOString().slice(0, 10);
  const key = `${level.collections}/${level.values}/${roster.units.length}/${day}`;
  let info = built.get(key);
  if (!info) {
    info = buildStore(join(tmp, `scale-${level.collections}-${level.values}-${roster.units.length}-${day}.db`), roster, { ...level, now });
    built.set(key, info);
  }
  return info;
}

function requestText(rnd: Random, roster: BenchRoster, wide: boolean): { text: string; from: string } {
  const lead = rnd.pick(roster.leads);
  const dept = departmentInfo(lead.department!);
  const labels = rnd.sample(fieldsOf(dept.id), 3).map((f) => f.label);
  const targets = wide ? '各村（社区）' : rnd.sample(roster.reporting, 8).map((u) => u.name).join('、');
  return { from: lead.id, text: `${dept.short}：请${targets}于11月28日前报送本月${labels.join('、')}，用于月度统计。联系人：${lead.name}` };
}

async function timeRequests(file: string, roster: BenchRoster, wide: boolean, reps: number, warmup: number): Promise<Summary> {
  const store = Store.open(file);
  try {
    const clock = new VirtualClock(NOW);
    const settings = resolveSettings({ botName: roster.botName });
    const bot = new Bot({ store, clock, settings: () => settings });
    const rnd = new Random(wide ? 7 : 3);
    let n = 0;
    const times = await repeat(reps, warmup, () => {
      const { text, from } = requestText(rnd, roster, wide);
      const seq = bot.ingest({ platform: 'web', id: `bench-${wide ? 'w' : 'n'}-${n++}`, chat: { kind: 'channel', id: 'channel' }, sender: { platformUserId: from }, text, mentionsBot: false, at: clock.now() });
      bot.process(seq!);
    });
    const made = store.db.prepare(`SELECT count(*) AS n FROM requests WHERE message_id > 0`).get() as { n: number };
    if (made.n < reps) throw new Error(`only ${made.n} of ${reps + warmup} timed messages became requests`);
    return summarize(times);
  } finally {
    store.close();
  }
}

export async function scaleBench(log: (s: string) => void): Promise<BenchResult> {
  const roster = benchRoster();
  const rows: Row[] = [];
  const notes: string[] = [];
  const narrow: Summary[] = [];
  const wide: Summary[] = [];
  for (const level of LEVELS) {
    const info = storeFor(level, roster);
    log(`  built ${level.collections} collections / ${info.values} values (${info.collectionUnits} collection units, ${info.asks} asks) in ${fmt(info.ms / 1000)} s`);
    narrow.push(await timeRequests(info.file, roster, false, 20, 3));
    wide.push(await timeRequests(info.file, roster, true, 5, 1));
    log(`  ${level.collections}: request to 8 units ${fmt(narrow.at(-1)!.median)} ms, to all 200 units ${fmt(wide.at(-1)!.median)} ms`);
  }
  LEVELS.forEach((level, i) => {
    const n = narrow[i]!;
    const last = i === LEVELS.length - 1;
    const ratio = n.median / narrow[0]!.median;
    rows.push({
      bench: 'scale', metric: `new request (8 units × 3 fields), ${level.collections.toLocaleString('en-US')} open / ${level.values.toLocaleString('en-US')} values`,
      value: n.median, unit: 'ms', spread: `${spread(n)} (p10–p90 ${fmt(n.p10)}–${fmt(n.p90)})`,
      target: last ? '< 5 ms and ≤ 3× the 1k time' : i === 0 ? '—' : '≤ 3× the 1k time',
      baseline: i === 0 ? '(reference)' : `${fmt(ratio)}× the 1k time`,
      met: i === 0 ? null : last ? n.median < 5 && ratio <= 3 : ratio <= 3,
    });
  });
  LEVELS.forEach((level, i) => {
    const w = wide[i]!;
    rows.push({ bench: 'scale', metric: `new request (all 200 units × 3 fields), ${level.collections.toLocaleString('en-US')} open`, value: w.median, unit: 'ms', spread: spread(w), target: '—', baseline: i === 0 ? '(reference)' : `${fmt(w.median / wide[0]!.median)}× the 1k time`, met: null });
  });

  // Digest: 1,000 reporting units, 200 open collections, 200k values.
  const bigRoster = makeRoster({ units: 1000, staffPerUnit: 2, leads: 20 }, 12);
  const dInfo = storeFor({ collections: 200, values: 200_000 }, bigRoster);
  const store = Store.open(dInfo.file);
  let digestBytes = 0, digestCollections = 0;
  const digestTimes = await (async () => {
    try {
      const settings = resolveSettings({ botName: bigRoster.botName });
      const bot = new Bot({ store, clock: new VirtualClock(NOW), settings: () => settings });
      return await repeat(5, 1, () => {
        const data = gatherDigest(bot.deps, NOW);
        const d = renderDigest(data);
        digestBytes = Buffer.byteLength(d.text);
        digestCollections = data.collections.length;
      });
    } finally {
      store.close();
    }
  })();
  const dg = summarize(digestTimes);
  log(`  digest 1,000 units × 200 collections: ${fmt(dg.median)} ms (${digestCollections} collections listed, ${digestBytes} bytes)`);
  rows.push({ bench: 'scale', metric: 'digest (gather + render), 1,000 units × 200 open collections', value: dg.median, unit: 'ms', spread: spread(dg), target: '< 200 ms', baseline: '—', met: dg.median < 200 });

  // Replay: 10,000 generated events, in a child process bounded in time.
  const replayRun = await runReplay(10_000, REPLAY_BUDGET_MS);
  log(`  replay 10,000 events: ${replayRun.seconds === null ? `did not finish in ${REPLAY_BUDGET_MS / 1000} s` : `${fmt(replayRun.seconds)} s (cpu ${fmt(replayRun.cpuSeconds ?? 0)} s)`} ${replayRun.stats}`);
  rows.push({
    bench: 'scale', metric: 'replay of a generated 10,000-event scenario', value: replayRun.seconds ?? REPLAY_BUDGET_MS / 1000, unit: 's',
    spread: replayRun.seconds === null ? `> ${REPLAY_BUDGET_MS / 1000} s (stopped)` : '1 run', target: '< 3 s', baseline: '28.6 s before the ask batches; issue 21',
    met: replayRun.seconds === null ? false : replayRun.seconds < 3,
  });
  if (replayRun.cpuSeconds !== null) {
    rows.push({
      bench: 'scale', metric: 'replay of a generated 10,000-event scenario, CPU (user + system)', value: replayRun.cpuSeconds, unit: 's',
      spread: '1 run', target: '—', baseline: `wall ${fmt(replayRun.seconds ?? 0)} s (other processes share the cores)`, met: null,
    });
  }

  notes.push(
    `stores built with bulk inserts in one transaction (${LEVELS.map((l) => `${l.collections}: ${fmt((built.get(`${l.collections}/${l.values}/${roster.units.length}/${NOW.toISOString().slice(0, 10)}`)?.ms ?? 0) / 1000)} s`).join(', ')}); clock fixed at ${NOW.toISOString()} (本月 = 2026-11, one of 12 monthly periods the collections spread over)`,
    'timed: Bot.ingest + Bot.process of a lead notice (parse, store request, pick/open collection, plan and queue asks, confirmation) in the runner process, on a file DB (WAL); 3 warm-up + 20 timed (8 units), 1 + 5 (all units)',
    `digest: gatherDigest + renderDigest (src/bot/digest-data.ts), 1 warm-up + 5 timed; replay: src/replay/run.ts (in-memory store, plugins, virtual clock over 20 working days) in a child process after a 200-event warm-up, 1 timed run bounded at ${REPLAY_BUDGET_MS / 1000} s`,
  );
  return { name: 'scale', rows, notes };
}
