// Where the server's resident memory goes, step by step, in one process (docs/performance.md, phase 15):
//   npx tsx bench/memory-steps.ts build FILE   – builds the memory bench's 100,000-collection store as of today into FILE
//   node --expose-gc --import tsx bench/memory-steps.ts FILE [COPY]
//     – copies FILE to COPY (default FILE.run) and prints RSS / heap after each step: the modules the worker loads, the
//       rest of the server's, the store opened (its integrity check reads every page), a bare worker isolate with the
//       worker's modules, the server started on the copy (its own connection and processing worker), the memory
//       bench's 65 messages posted and processed.
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [first, second] = process.argv.slice(2);
if (!first) throw new Error('usage: memory-steps.ts build FILE | memory-steps.ts FILE [COPY]');

if (first === 'build') {
  const { buildStore } = await import('./lib/store-builder.js');
  const { benchRoster, LEVELS } = await import('./scale.js');
  const info = buildStore(second!, benchRoster(), { ...LEVELS[LEVELS.length - 1]!, now: new Date() });
  process.stdout.write(`built ${second}: ${JSON.stringify(info)}\n`);
  process.exit(0);
}

const mb = (n: number): string => (n / 2 ** 20).toFixed(1);
function status(key: string): number {
  const m = new RegExp(`${key}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}
let lastRss = 0;
function step(name: string): void {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const h = v8.getHeapStatistics();
  const rss = status('VmRSS');
  process.stdout.write(
    `${name.padEnd(58)} rss ${mb(rss).padStart(6)} (+${mb(rss - lastRss).padStart(5)})  hwm ${mb(status('VmHWM')).padStart(6)}  ` +
    `main heap used ${mb(m.heapUsed).padStart(5)} / total ${mb(m.heapTotal).padStart(5)}  external ${mb(m.external).padStart(5)}  malloced ${mb(h.malloced_memory)}\n`,
  );
  lastRss = rss;
}

step('node + tsx loader');
const { Bot } = await import('../src/bot/engine.js');
void Bot;
step('modules the processing worker imports (bot/engine.ts)');
const runtime = await import('../src/runtime.js');
step('the rest of the server\'s modules (runtime.ts)');
const { builtinDictionary } = await import('../src/store/seed.js');
builtinDictionary();
step('built-in dictionary built');

const copy = second ?? `${first}.run`;
for (const suffix of ['-wal', '-shm']) rmSync(copy + suffix, { force: true });
copyFileSync(first, copy);
const { Store } = await import('../src/store/store.js');
const probe = Store.open(copy);
step('a store connection opened (quick_check reads every page)');
probe.roster.snapshot();
probe.close();
step('... and closed');

// A bare isolate loading what the processing worker loads, through tsx as the worker does.
const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
const exportsMap = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports;
const tsxApi = pathToFileURL(join(dirname(manifest), exportsMap['./esm/api']!.import.default)).href;
const engine = new URL('../src/bot/engine.ts', import.meta.url).href;
for (const what of ['tsx only', 'tsx + bot/engine.ts'] as const) {
  const code = `const { parentPort } = require('node:worker_threads');
    import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return ${what === 'tsx only' ? 'null' : `import(${JSON.stringify(engine)})`}; })
      .then(() => { globalThis.gc?.(); const m = process.memoryUsage(); parentPort.postMessage({ heapUsed: m.heapUsed, heapTotal: m.heapTotal }); });`;
  const worker = new Worker(code, { eval: true });
  const heap = await new Promise<{ heapUsed: number; heapTotal: number }>((resolve) => worker.once('message', resolve));
  step(`a bare worker isolate, ${what} (its heap used ${mb(heap.heapUsed)} / total ${mb(heap.heapTotal)})`);
  await worker.terminate();
  step('... terminated');
}

const { loadConfig } = await import('../src/config.js');
const env: NodeJS.ProcessEnv = {
  ONETABLE_DB: copy, ONETABLE_DEMO: 'on', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent',
  ONETABLE_ADMIN_TOKEN: 'bench-admin-token-0123456789', ONETABLE_RATE_LIMIT: '100000',
  ...(process.env.ONETABLE_PROCESSING ? { ONETABLE_PROCESSING: process.env.ONETABLE_PROCESSING } : {}),
};
const ot = await runtime.startOnetable(loadConfig(env), { env });
step('server started on the store (second connection + processing worker)');

const { WorkloadGenerator } = await import('./lib/gen.js');
const { benchRoster } = await import('./scale.js');
const gen = new WorkloadGenerator(benchRoster(), 50);
const msgs = [
  ...Array.from({ length: 5 }, () => { const r = gen.request(new Date()); return { from: r.from, in: 'channel', text: r.text }; }),
  ...Array.from({ length: 40 }, () => gen.reply()),
  ...Array.from({ length: 20 }, () => gen.chatter()),
];
const url = ot.url;
// PF_ALLOC_PROFILE=FILE: a sampling heap profile of what processing allocates (collected objects included), written
// to FILE (with ONETABLE_PROCESSING=inline, so processing runs on this thread).
const allocFile = process.env.PF_ALLOC_PROFILE;
const inspector = allocFile ? new (await import('node:inspector')).Session() : null;
const post = <T>(method: string, params?: object): Promise<T> => new Promise((resolve, reject) => inspector!.post(method, params ?? {}, (e, r) => (e ? reject(e) : resolve(r as T))));
if (inspector) {
  inspector.connect();
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', { samplingInterval: 65536, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
}
let sampled = 0;
const sampler = setInterval(() => { sampled = Math.max(sampled, status('VmRSS')); }, 25);
for (const m of msgs) {
  // Through the app itself (no socket), as the HTTP server would call it from 127.0.0.1.
  const r = await ot.app.fetch(new Request(`${url}/api/web/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from: m.from, in: m.in, text: m.text }) }), { incoming: { socket: { remoteAddress: '127.0.0.1' } } });
  if (!r.ok) throw new Error(`post: ${r.status} ${await r.text()}`);
}
step('65 messages acknowledged');
await ot.bot.idle();
clearInterval(sampler);
if (inspector) {
  const { profile } = await post<{ profile: unknown }>('HeapProfiler.stopSampling');
  (await import('node:fs')).writeFileSync(allocFile!, JSON.stringify(profile));
}
step(`65 messages processed (sampled peak rss ${mb(sampled)})`);
await ot.close();
step('server stopped');
process.exit(0);
