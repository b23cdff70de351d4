// Promise: with the system clock and a database file, inbound messages are acted on by a worker thread (the HTTP side
// only stores them and answers), each once, and what the bot says there reaches the platform adapters as before.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryAdapter } from '../../src/chat/memory-adapter.js';
import { loadConfig } from '../../src/config.js';
import { startOnetable, type Onetable } from '../../src/runtime.js';
import { REQUEST_TEXT } from '../support/boot.js';
import { tempDir } from '../support/temp.js';

describe('processing on a worker thread', () => {
  const tmp = tempDir('worker');
  const database = join(tmp.dir, 'onetable.db');
  const adapter = new MemoryAdapter('memory');
  let onetable: Onetable;

  beforeAll(async () => {
    const env = {
      ONETABLE_DB: database, ONETABLE_DEMO: 'on', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ASK_BATCHES: 'off',
      ONETABLE_ADMIN_TOKEN: 'test-admin-token-0123456789',
    };
    onetable = await startOnetable(loadConfig(env), { env, listen: false, dispatcher: { pollMs: 50 } });
    onetable.bot.outbound.attach(adapter);
  });
  afterAll(async () => {
    await onetable?.close();
    tmp.remove();
  });

  const post = async (from: string, where: 'channel' | 'dm', text: string): Promise<number> => {
    const res = await onetable.app.request('/api/web/messages', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ from, in: where, text }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { id: number }).id;
  };
  const sql = <T>(query: string, ...params: unknown[]): T[] => {
    const db = new Database(database, { readonly: true });
    try {
      return db.prepare(query).all(...params) as T[];
    } finally {
      db.close();
    }
  };
  const answersTo = (line: number): string[] =>
    sql<{ text: string }>(`SELECT text FROM messages WHERE sender = 'bot' AND reply_to = ?`, line).map((r) => r.text);

  const processing = async (): Promise<string> => ((await (await onetable.app.request('/healthz')).json()) as { processing: string }).processing;

  it('says in its health report that a worker thread acts on messages', async () => {
    expect(await processing()).toBe('worker thread');
  });

  it('acts on each stored message once, and the server thread sees the effects', async () => {
    const notice = await post('lead_mz', 'channel', REQUEST_TEXT);
    await onetable.bot.idle();
    const staff = sql<{ id: string; unit: string }>(
      `SELECT id, unit FROM members WHERE role = 'staff' AND unit IN (SELECT unit FROM asks WHERE field = 'dibao_households') ORDER BY id LIMIT 1`,
    )[0]!;
    const reply = await post(staff.id, 'dm', '低保户数 12 户');
    await onetable.bot.idle();

    expect(sql<{ status: string }>(`SELECT status FROM inbox`).map((r) => r.status)).toEqual(['done', 'done']);
    expect(answersTo(notice)).toHaveLength(1);
    expect(answersTo(reply)).toHaveLength(1);
    // Read through the server thread's own connection: the worker's commits are visible to it.
    expect(onetable.store.inbox.count('pending')).toBe(0);
    expect(sql<{ n: number }>(`SELECT count(*) AS n FROM pool WHERE unit = ?`, staff.unit)[0]!.n).toBeGreaterThan(0);
  });

  it('queues what the worker has the bot say for the adapters on the server thread, which deliver it', async () => {
    const queued = sql<{ kind: string }>(`SELECT target_kind AS kind FROM outbox WHERE platform = 'memory'`);
    expect(queued.length).toBeGreaterThan(0);
    expect(queued.map((q) => q.kind)).toContain('member');
    // The dispatcher delivers the queue in slices, so wait for the member's message itself, not just the first slice.
    await expect.poll(() => adapter.sent.map((s) => s.target.kind), { timeout: 10_000 }).toContain('member');
  });

  it('hands a plugin command back to the server thread, which answers it once', async () => {
    const asked = await post('lead_mz', 'dm', '台账');
    await onetable.bot.idle();
    expect(sql<{ status: string }>(`SELECT status FROM inbox WHERE seq = (SELECT max(seq) FROM inbox)`)[0]!.status).toBe('done');
    const answers = answersTo(asked);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatch(/台账/);
  });

  it('acts once on each of a burst of messages processed together, a plugin command among them handed back alone', async () => {
    const staff = sql<{ id: string }>(
      `SELECT id FROM members WHERE role = 'staff' AND unit IN (SELECT unit FROM asks WHERE field = 'dibao_households') ORDER BY id LIMIT 1`,
    )[0]!;
    const before = sql<{ n: number }>(`SELECT max(seq) AS n FROM inbox`)[0]!.n;
    // Posted at once: stored one after another, then taken by the worker in batches of several messages.
    const lines = await Promise.all([
      post(staff.id, 'dm', '低保户数 13 户'), post(staff.id, 'dm', '低保户数 14 户'), post('lead_mz', 'dm', '台账'),
      post(staff.id, 'dm', '低保户数 15 户'), post(staff.id, 'dm', '低保户数 16 户'),
    ]);
    await onetable.bot.idle();
    expect(sql<{ status: string }>(`SELECT status FROM inbox WHERE seq > ?`, before).map((r) => r.status)).toEqual(Array(5).fill('done'));
    for (const line of lines) expect(answersTo(line)).toHaveLength(1);
    expect(answersTo(lines[2]!)[0]).toMatch(/台账/);
  });

  it('still has the worker acting on messages after all this (it never fell back to the server thread)', async () => {
    expect(await processing()).toBe('worker thread');
  });
});
