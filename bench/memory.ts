// memory: peak RSS of the server (startOnetable, child process) holding 100,000 collections and 1,000,000 values,
// after loading and serving a few requests.
import { startChild } from './lib/child.js';
import { WorkloadGenerator } from './lib/gen.js';
import { postAll } from './lib/load.js';
import type { BenchResult } from './lib/result.js';
import { fmt, spread, summarize } from './lib/stats.js';
import { benchRoster, LEVELS, storeFor } from './scale.js';

const REPS = 2;

export async function memoryBench(log: (s: string) => void): Promise<BenchResult> {
  const roster = benchRoster();
  const level = LEVELS[LEVELS.length - 1]!;
  // As of the run day: the server runs on the real clock, and a store from another day would have it catching up on
  // deadlines that passed in between rather than holding the store.
  const info = storeFor(level, roster, new Date());
  const peaks: number[] = [];
  let last: Record<string, number | null> = {};
  let startup = 0;
  for (let rep = 0; rep < REPS; rep++) {
    const child = await startChild(['memory', info.file]);
    try {
      const gen = new WorkloadGenerator(roster, 50 + rep);
      const msgs = [
        ...Array.from({ length: 5 }, () => { const r = gen.request(new Date()); return { from: r.from, in: 'channel', text: r.text }; }),
        ...Array.from({ length: 40 }, () => gen.reply()),
        ...Array.from({ length: 20 }, () => gen.chatter()),
      ].map((m) => JSON.stringify({ from: m.from, in: m.in, text: m.text }));
      const load = await postAll(child.url, '/api/web/messages', msgs, 4, 120_000);
      await child.get('/bench/idle');
      await child.get('/healthz').catch(() => undefined);
      await child.get('/api/web/messages?chat=channel').catch(() => undefined);
      const report = await child.get<{ memory: Record<string, number | null>; counts: Record<string, number>; startupMs: number }>('/bench/report');
      last = { ...report.memory, ...report.counts, ok: load.ok };
      startup = report.startupMs;
      const peak = report.memory.vmHwmMb ?? report.memory.peakRssMb ?? NaN;
      peaks.push(peak);
      log(`  run ${rep + 1}: peak RSS ${fmt(peak)} MB (rss now ${fmt(report.memory.rssMb ?? NaN)} MB, heap ${fmt(report.memory.heapUsedMb ?? NaN)} MB), ${load.ok}/${msgs.length} posts ok, startup ${fmt(startup)} ms`);
    } finally {
      await child.stop();
    }
  }
  const s = summarize(peaks);
  return {
    name: 'memory',
    rows: [{ bench: 'memory', metric: 'server peak RSS, 100,000 collections + 1,000,000 values', value: s.median, unit: 'MB', spread: spread(s), target: '< 300 MB', baseline: '—', met: s.median < 300 }],
    notes: [
      `child process running startOnetable on a store built as of the run day (${info.collectionUnits} collection-unit rows, ${info.values} pool values + as many history rows); VmHWM from /proc/self/status after startup (integrity check included), 65 posted messages (5 notices, 40 replies, 20 chatter) processed, /healthz and a channel read; ${REPS} runs; last: ${JSON.stringify(last)}`,
    ],
  };
}
