// Promise: hostile HTTP input gets a clear 4xx (or is stored as plain data) and never takes the server down.
import { request } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/bot/context.js';
import { loadConfig } from '../../src/config.js';
import { startOnetable, type Onetable } from '../../src/runtime.js';
import { DATA_DIR } from '../../src/store/seed.js';
import { drained } from './child.js';
import { tempDir } from '../support/temp.js';

const EVIL_NAME = `<script>alert("x")</script>'); DROP TABLE members;--`;
const env = (dir: string): NodeJS.ProcessEnv => ({
  HOST: '127.0.0.1', PORT: '0', ONETABLE_DB: join(dir, 'onetable.db'), ONETABLE_ROSTER: join(dir, 'roster.json'),
  ONETABLE_DEMO: 'on', LOG_LEVEL: 'silent', ONETABLE_RATE_LIMIT: '60', ONETABLE_BODY_LIMIT: String(1024 * 1024),
});

let bot: Onetable;
const tmp = tempDir('hostile');

beforeAll(async () => {
  const roster = JSON.parse(readFileSync(join(DATA_DIR, 'demo', 'roster.json'), 'utf8')) as { members: unknown[] };
  roster.members.push({ id: 'evil', name: EVIL_NAME, role: 'staff', unit: 'qingshan' });
  writeFileSync(join(tmp.dir, 'roster.json'), JSON.stringify(roster));
  const e = env(tmp.dir);
  bot = await startOnetable(loadConfig(e), { env: e, logger: silentLogger });
});
afterAll(async () => {
  await bot?.close();
  tmp.remove();
});

const post = (body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }, path = '/api/web/messages') =>
  fetch(`${bot.url}${path}`, { method: 'POST', headers, body });
const say = (from: string, text: string, chat: 'dm' | 'channel' = 'dm') => post(JSON.stringify({ from, in: chat, text }));
const lines = async (chat: string): Promise<Array<{ id: number; from: string; text: string; replyTo: number | null }>> =>
  ((await (await fetch(`${bot.url}/api/web/messages?chat=${encodeURIComponent(chat)}`)).json()) as { messages: never[] }).messages;

async function healthy(): Promise<void> {
  const res = await fetch(`${bot.url}/healthz`);
  expect(res.status).toBe(200);
  expect(((await res.json()) as { inbox: { failed: number } }).inbox.failed).toBe(0);
}

/** A raw HTTP request on a fresh connection: chunked or with a declared length, read even if the server cuts the upload short. */
function rawPost(path: string, chunks: Buffer[], headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const url = new URL(bot.url);
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request({ host: url.hostname, port: url.port, path, method: 'POST', headers, agent: false }, (res) => {
      answered = true;
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // The server may answer 413 and close before the whole body is written: that answer is what counts.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    for (const c of chunks) req.write(c);
    req.end();
  });
}

describe('malformed bodies', () => {
  it('malformed JSON → 400', async () => {
    for (const body of ['{"from":', '{from: "x"}', '', 'null', '[]', '"text"', '{"from":"sq_shebao","in":"dm","text":"a",}']) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      expect(((await res.json()) as { error: string }).error).toBeTruthy();
    }
  });

  it('a body that is not JSON-typed → 415', async () => {
    const ok = JSON.stringify({ from: 'sq_shebao', in: 'dm', text: '收到' });
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp', '']) {
      const res = await post(ok, type ? { 'content-type': type } : {});
      expect(res.status, type).toBe(415);
    }
    expect((await post(ok, { 'content-type': 'application/json; charset=utf-8' })).status).toBe(200);
  });

  it('invalid UTF-8 → 400, not silently replaced', async () => {
    const head = Buffer.from('{"from":"sq_shebao","in":"dm","text":"');
    for (const bad of [[0xff], [0xc3, 0x28], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80]]) {
      const res = await post(Buffer.concat([head, Buffer.from(bad), Buffer.from('"}')]));
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/UTF-8/);
    }
  });

  it('deeply nested JSON → 400 at once', async () => {
    for (const depth of [100, 100_000]) {
      const nested = `${'['.repeat(depth)}1${']'.repeat(depth)}`;
      const started = Date.now();
      const res = await post(`{"from":"sq_shebao","in":"dm","text":"x","form":{"collectionId":1,"values":{"a":${nested}}}}`);
      expect(res.status).toBe(400);
      expect(Date.now() - started).toBeLessThan(2_000);
    }
    const objects = `${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}`;
    expect((await post(objects)).status).toBe(400);
    await healthy();
  });
});

describe('body size limit (413)', () => {
  const big = JSON.stringify({ from: 'sq_shebao', in: 'dm', text: 'x'.repeat(1024 * 1024) });

  it('a declared length over the limit → 413 on the web channel, other POST routes and unknown paths', async () => {
    for (const path of ['/api/web/messages', '/api/admin/anything', '/lark/events', '/nowhere']) {
      const res = await rawPost(path, [Buffer.from(big)], { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(big)) });
      expect(res.status, path).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ limit: 1024 * 1024 });
    }
    await healthy();
  });

  it('a streamed (chunked) body over the limit → 413', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const res = await rawPost('/api/web/messages', Array.from({ length: 20 }, () => chunk), {
      'content-type': 'application/json', 'transfer-encoding': 'chunked',
    });
    expect(res.status).toBe(413);
  });

  it('a streamed body under the limit still works', async () => {
    const body = Buffer.from(JSON.stringify({ from: 'hd_zonghe', in: 'dm', text: '收到' }));
    const res = await rawPost('/api/web/messages', [body.subarray(0, 10), body.subarray(10)], {
      'content-type': 'application/json', 'transfer-encoding': 'chunked',
    });
    expect(res.status).toBe(200);
  });
});

describe('hostile text is stored as data', () => {
  it('100,000-character messages are accepted and processed in bounded time; 100,001 is refused', async () => {
    const long = '低保户数：120，'.repeat(12_500).slice(0, 100_000);
    const started = Date.now();
    expect((await say('bs_shebao', long)).status).toBe(200);
    expect((await say('lead_mz', `【区民政局】请各镇街报送本月低保户数。${'说明'.repeat(49_990)}`, 'channel')).status).toBe(200);
    expect((await say('sq_anquan', '好'.repeat(100_000), 'channel')).status).toBe(200);
    await drained(bot.url, 20_000);
    expect(Date.now() - started).toBeLessThan(20_000);
    const dm = await lines('dm:bs_shebao');
    expect(dm.some((l) => l.from === 'bot')).toBe(true);
    expect((await say('bs_shebao', 'x'.repeat(100_001))).status).toBe(400);
    await healthy();
  });

  it('control characters and bidi overrides round-trip unchanged', async () => {
    const text = `收到\u0000\u0001\u0007\b\u001b[31m\u007f\u202e\u2028\ufeff\r\n\t end`;
    const res = await say('lt_wenshu', text);
    expect(res.status).toBe(200);
    const { id } = (await res.json()) as { id: number };
    await drained(bot.url);
    const line = (await lines('dm:lt_wenshu')).find((l) => l.id === id);
    expect(line?.text).toBe(text);
    await healthy();
  });

  it('SQL injection and HTML in texts, senders and names are data, not code', async () => {
    const texts = [
      `'; DROP TABLE inbox; --`, `1' OR '1'='1`, `低保户数：1); DELETE FROM pool; --`, `<script>alert(1)</script>`,
      `<img src=x onerror="fetch('//evil')">`, `"}]}' UNION SELECT * FROM settings --`,
    ];
    for (const text of texts) expect((await say('ty_wenshu', text)).status).toBe(200);
    const res = await say(`sq_shebao' OR '1'='1`, 'hi');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { path: string }).path).toBe('from');
    expect((await say(EVIL_NAME, 'hi')).status).toBe(400);
    await drained(bot.url);
    const stored = (await lines('dm:ty_wenshu')).filter((l) => l.from === 'ty_wenshu').map((l) => l.text);
    expect(stored).toEqual(texts);
    // the member with a hostile name is just a name; the tables are all there
    const roster = (await (await fetch(`${bot.url}/api/web/roster`)).json()) as { members: Array<{ id: string; name: string }> };
    expect(roster.members.find((m) => m.id === 'evil')?.name).toBe(EVIL_NAME);
    expect((await say('evil', `<b>${EVIL_NAME}</b>`)).status).toBe(200);
    await drained(bot.url);
    const tables = bot.store.db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all().map((r) => (r as { name: string }).name);
    for (const t of ['inbox', 'members', 'pool', 'settings', 'messages']) expect(tables).toContain(t);
    expect(bot.store.roster.member('evil')?.name).toBe(EVIL_NAME);
    await healthy();
  });
});

describe('flood from one sender (429)', () => {
  it('past the per-minute budget a sender gets 429 with Retry-After; others are unaffected', async () => {
    const statuses: number[] = [];
    const started = Date.now();
    let retryAfter: string | null = null;
    for (let i = 0; i < 90; i++) {
      const res = await say('dy_shequ', `收到 ${i}`);
      statuses.push(res.status);
      if (res.status === 429) retryAfter ??= res.headers.get('retry-after');
      await res.body?.cancel();
    }
    const seconds = (Date.now() - started) / 1000;
    // 60 a minute: the full bucket of 60, plus at most one more per second that passed during the flood
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(60 + Math.ceil(seconds) + 1);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(90 - 60 - Math.ceil(seconds) - 1);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(retryAfter)).toBeLessThanOrEqual(60);
    expect((await say('bj_shequ', '收到')).status).toBe(200);
    await healthy();
  });
});
