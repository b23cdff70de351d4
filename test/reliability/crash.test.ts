// Promise: an acknowledged message is never lost and is processed exactly once, even when the process is SIGKILLed mid-stream.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { baseEnv, drainedWhileProgressing, killAll, startServer, stop, type Server } from './child.js';
import { tempDir } from '../support/temp.js';
import { plan, type Planned } from './traffic.js';

const TOTAL = 5_000;
const WORKERS = 8;

afterAll(killAll);

describe('crash: SIGKILL while 5,000 messages arrive', () => {
  const tmp = tempDir('crash');
  afterAll(() => tmp.remove());

  it('acknowledged messages are all processed once, with one answer each and every figure kept', async () => {
    const db = `${tmp.dir}/onetable.db`;
    const env = baseEnv(db, { ONETABLE_RATE_LIMIT: '100000' });
    const messages = plan(TOTAL);
    const leads = messages.filter((m) => m.in === 'channel');
    const replies = messages.filter((m) => m.in === 'dm');

    let server: Server = await startServer(env);
    let restarting: Promise<void> | null = null;
    const acked = new Map<string, number>();
    let resends = 0;
    const killAt = 300 + Math.floor(Math.random() * 3_500);
    let killed = false;

    /** The client: resends until the server says 200 (a resend carries the same clientId). */
    const send = async (m: Planned): Promise<void> => {
      for (let attempt = 0; ; attempt++) {
        if (attempt > 0) resends++;
        if (restarting) await restarting;
        try {
          const res = await fetch(`${server.url}/api/web/messages`, {
            method: 'POST', headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ from: m.from, in: m.in, text: m.text, clientId: m.clientId }),
          });
          if (res.status === 200) {
            const { id } = (await res.json()) as { id: number };
            expect(acked.has(m.clientId) ? acked.get(m.clientId) : id).toBe(id);
            acked.set(m.clientId, id);
            return;
          }
          throw new Error(`unexpected ${res.status}: ${await res.text()}`);
        } catch (error) {
          if (String(error).includes('unexpected')) throw error;
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    };

    const crash = (): void => {
      killed = true;
      server.proc.kill('SIGKILL');
      restarting = server.exited.then(() => startServer(env)).then((s) => {
        server = s;
        restarting = null;
      });
    };

    // The leads publish first (each waits for its answer), then staff reply in parallel.
    for (const m of leads) await send(m);
    const queue = [...replies];
    await Promise.all(Array.from({ length: WORKERS }, async () => {
      for (let m = queue.shift(); m; m = queue.shift()) {
        await send(m);
        if (!killed && acked.size >= killAt) crash();
      }
    }));
    expect(killed).toBe(true);
    expect(acked.size).toBe(TOTAL);
    // A backlog left by acknowledging faster than processing drains at the machine's speed: wait while it shrinks.
    const drain = await drainedWhileProgressing(server.url, 40_000);
    await stop(server);

    const sql = new Database(db, { readonly: true });
    try {
      // Every message is in the inbox once, and done.
      const inbox = sql.prepare(`SELECT seq, message_id, chat_kind, status FROM inbox WHERE platform = 'web'`).all() as
        Array<{ seq: number; message_id: string; chat_kind: string; status: string }>;
      expect(inbox.length).toBe(TOTAL);
      expect(inbox.filter((r) => r.status !== 'done')).toEqual([]);
      const byClient = new Map(inbox.map((r) => [r.message_id.replace(/^client:[^:]+:/, ''), r]));
      expect(byClient.size).toBe(TOTAL);

      // One conversation line per inbox row, and it is the line the client was given.
      const lines = sql.prepare(`SELECT id, inbox_seq FROM messages WHERE inbox_seq IS NOT NULL`).all() as Array<{ id: number; inbox_seq: number }>;
      expect(lines.length).toBe(TOTAL);
      const lineOf = new Map(lines.map((l) => [l.inbox_seq, l.id]));
      for (const m of messages) expect(lineOf.get(byClient.get(m.clientId)!.seq)).toBe(acked.get(m.clientId));

      // Each request registered once; asks unique.
      expect((sql.prepare('SELECT count(*) AS n FROM requests').get() as { n: number }).n).toBe(leads.length);
      const dupAsks = sql.prepare('SELECT unit, field, period, count(*) AS n FROM asks GROUP BY unit, field, period HAVING n > 1').all();
      expect(dupAsks).toEqual([]);
      const askDms = sql.prepare(`SELECT chat, text, count(*) AS n FROM messages WHERE sender = 'bot' AND text LIKE '【报数】%'
        GROUP BY chat, text HAVING n > 1`).all();
      expect(askDms).toEqual([]);

      // Exactly one bot answer per DM.
      const answers = sql.prepare(`SELECT reply_to, count(*) AS n FROM messages WHERE sender = 'bot' AND reply_to IS NOT NULL GROUP BY reply_to`)
        .all() as Array<{ reply_to: number; n: number }>;
      const answered = new Map(answers.map((a) => [a.reply_to, a.n]));
      for (const m of replies) expect(answered.get(acked.get(m.clientId)!), m.clientId).toBe(1);

      // Every reported figure is in the pool history, once, from its message.
      const history = sql.prepare('SELECT field, value, message_id FROM pool_history').all() as Array<{ field: string; value: string; message_id: number }>;
      const kept = new Map<string, number>();
      for (const h of history) kept.set(`${h.message_id}/${h.field}/${h.value}`, (kept.get(`${h.message_id}/${h.field}/${h.value}`) ?? 0) + 1);
      const missing = replies.filter((m) => m.value && kept.get(`${acked.get(m.clientId)}/${m.value.field}/${m.value.n}`) !== 1);
      expect(missing.map((m) => m.clientId)).toEqual([]);
    } finally {
      sql.close();
    }
    console.info(`crash test: killed after ${killAt} acknowledgements, ${resends} resends, ${TOTAL} messages each processed once; ` +
      `${drain.pendingAtStart} pending when the last was acknowledged, drained in ${(drain.ms / 1000).toFixed(1)} s`);
  }, 300_000); // 5,000 messages and a restart: minutes on a machine shared by many test runs
});
