// The server side of the HTTP benchmarks, run in its own process (spawned by bench/lib/child.ts):
//   onetable DB ROSTER  – the real bot (startOnetable) with a few /bench/* control routes
//   baseline DB         – a bare Hono endpoint on @hono/node-server that inserts the raw body into SQLite
//   memory DB           – the real bot on a prebuilt database (bench/memory.ts)
//   lark DB ROSTER URL  – the real bot with the Lark plugin on (webhook mode), its Open API calls going to URL (bench/lark.ts)
// Prints "READY <url>" on stdout once listening.
import { readdirSync, readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Hono } from 'hono';
import { loadConfig } from '../src/config.js';
import { startOnetable } from '../src/runtime.js';
import { BENCH_LARK_APP, larkEnv } from './lib/lark-events.js';
import { splitThreadCpu, threadTimes, type ThreadCpuMs } from './lib/thread-cpu.js';

const PROC_TASKS = { list: (dir: string) => readdirSync(dir), text: (file: string) => readFileSync(file, 'utf8') };
/** The threads running when this code began (V8's platform workers among them): THREAD_CPU_SPLIT's "background". */
const THREADS_AT_START = new Set(threadTimes('/proc/self/task', PROC_TASKS)?.keys() ?? []);
THREADS_AT_START.delete(process.pid);

/** This process's CPU time (ms) by kind of thread (bench/lib/thread-cpu.ts); null where /proc is missing. */
function threadsCpuMs(): ThreadCpuMs | null {
  const times = threadTimes('/proc/self/task', PROC_TASKS);
  return times && splitThreadCpu(times, process.pid, THREADS_AT_START);
}

const wall = (): number => performance.timeOrigin + performance.now();

function vmHwmMb(): number | null {
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * CPU time (user + system, ms) of this process's main thread alone — the thread that answers HTTP — from
 * /proc/self/task/PID/stat (clock ticks, 10 ms each); null where /proc is missing.
 */
function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

let peakRss = 0;
const sampler = setInterval(() => { peakRss = Math.max(peakRss, process.memoryUsage().rss); }, 25);
sampler.unref();

function memory(): Record<string, number | null> {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  return {
    rssMb: m.rss / 2 ** 20, peakRssMb: peakRss / 2 ** 20, vmHwmMb: vmHwmMb(), heapUsedMb: m.heapUsed / 2 ** 20,
    heapTotalMb: m.heapTotal / 2 ** 20, externalMb: m.external / 2 ** 20,
  };
}

const [mode, db, roster, larkDomain] = process.argv.slice(2);
if (!mode || !db) throw new Error('usage: server-child.ts onetable|baseline|memory|lark DB [ROSTER] [LARK_DOMAIN]');
if (mode === 'lark' && !larkDomain) throw new Error('usage: server-child.ts lark DB ROSTER LARK_DOMAIN');
// The SDK's axios honours *_PROXY variables: the fake Lark API is on loopback and must be reached directly.
if (mode === 'lark') process.env.NO_PROXY = ['127.0.0.1', 'localhost', process.env.NO_PROXY].filter(Boolean).join(',');

if (mode === 'baseline') {
  const sqlite = new Database(db);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.exec('CREATE TABLE IF NOT EXISTS raw (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL, received_at TEXT NOT NULL)');
  const insert = sqlite.prepare('INSERT INTO raw (body, received_at) VALUES (?, ?)');
  const app = new Hono();
  app.post('/api/web/messages', async (c) => {
    const body = await c.req.text();
    const r = insert.run(body, new Date().toISOString());
    return c.json({ id: Number(r.lastInsertRowid) });
  });
  app.get('/bench/idle', (c) => c.json({ at: wall() }));
  app.get('/bench/thread-cpu', (c) => c.json({ ms: mainThreadCpuMs() }));
  app.get('/bench/report', (c) => c.json({ counts: { raw: (sqlite.prepare('SELECT count(*) AS n FROM raw').get() as { n: number }).n }, cpu: process.cpuUsage(), memory: memory() }));
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
    process.stdout.write(`READY http://127.0.0.1:${info.port}\n`);
  });
  process.once('SIGTERM', () => server.close(() => { sqlite.close(); process.exit(0); }));
} else {
  // The clients post as any roster member without signing in, which only the demo allows (on loopback, as here); with
  // ONETABLE_ROSTER (or a prebuilt store) the demo adds nothing else.
  const env: NodeJS.ProcessEnv = {
    ONETABLE_DB: db, ONETABLE_DEMO: 'on', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent',
    ONETABLE_ADMIN_TOKEN: 'bench-admin-token-0123456789', ONETABLE_RATE_LIMIT: '100000',
    ...(roster ? { ONETABLE_ROSTER: roster } : {}),
    // ONETABLE_PROCESSING=inline measures processing on the server thread (the way before the worker) in the same build.
    ...(process.env.ONETABLE_PROCESSING ? { ONETABLE_PROCESSING: process.env.ONETABLE_PROCESSING } : {}),
    ...(mode === 'lark' ? larkEnv(BENCH_LARK_APP, larkDomain!) : {}),
  };
  const config = loadConfig(env);
  const processedAt = new Map<number, number>();
  const started = wall();
  const ot = await startOnetable(config, {
    env,
    extend(app, core) {
      app.get('/bench/idle', async (c) => {
        const t = wall();
        await core.bot.idle();
        return c.json({ waitedMs: wall() - t, at: wall() });
      });
      app.get('/bench/thread-cpu', (c) => c.json({ ms: mainThreadCpuMs() }));
      app.get('/bench/threads-cpu', (c) => c.json({ threads: threadsCpuMs() }));
      app.get('/bench/report', (c) => {
        const db = core.store.db;
        const n = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
        const latency = c.req.query('latency');
        const processed: Array<[number, number]> = [];
        if (latency === '1') {
          const lines = db.prepare('SELECT id, inbox_seq AS seq FROM messages WHERE inbox_seq IS NOT NULL').all() as Array<{ id: number; seq: number }>;
          for (const l of lines) { const t = processedAt.get(l.seq); if (t !== undefined) processed.push([l.id, t]); }
        }
        // Lark acks carry no id: pair by the platform message id the inbox dedupes on.
        const processedByMessageId: Array<[string, number]> = [];
        if (latency === 'lark') {
          const rows = db.prepare(`SELECT seq, message_id AS messageId FROM inbox WHERE platform = 'lark'`).all() as Array<{ seq: number; messageId: string }>;
          for (const r of rows) { const t = processedAt.get(r.seq); if (t !== undefined) processedByMessageId.push([r.messageId, t]); }
        }
        const outbox = mode === 'lark'
          ? Object.fromEntries((db.prepare('SELECT platform, status, count(*) AS n FROM outbox GROUP BY platform, status').all() as Array<{ platform: string; status: string; n: number }>)
            .map((r) => [`outbox.${r.platform}.${r.status}`, r.n])
            .concat([
              ['larkInbox', n(`SELECT count(*) AS n FROM inbox WHERE platform = 'lark'`)],
              ['larkInboxNoMember', n(`SELECT count(*) AS n FROM inbox WHERE platform = 'lark' AND status = 'done' AND member_id IS NULL`)],
            ]))
          : {};
        return c.json({
          counts: {
            inboxDone: n(`SELECT count(*) AS n FROM inbox WHERE status = 'done'`),
            inboxFailed: n(`SELECT count(*) AS n FROM inbox WHERE status = 'failed'`),
            inboxPending: n(`SELECT count(*) AS n FROM inbox WHERE status = 'pending'`),
            requests: n('SELECT count(*) AS n FROM requests'), collections: n('SELECT count(*) AS n FROM collections'),
            asks: n('SELECT count(*) AS n FROM asks'), pool: n('SELECT count(*) AS n FROM pool'),
            botMessages: n(`SELECT count(*) AS n FROM messages WHERE sender = 'bot'`),
            ...outbox,
          },
          processed, processedByMessageId, cpu: process.cpuUsage(), memory: memory(), startupMs: startupMs,
        });
      });
    },
  });
  const startupMs = wall() - started;
  ot.bot.onProcessed((seq) => processedAt.set(seq, wall()));
  process.stdout.write(`READY ${ot.url}\n`);
  process.once('SIGTERM', () => void ot.close().finally(() => process.exit(0)));
}
