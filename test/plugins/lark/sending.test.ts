// How the adapter treats Lark's answers to a send: rate limits, permanent refusals.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeLark } from './fake-lark.js';
import { CHAT_ID, quiesce, settle, startHarness, type Harness } from './harness.js';

let fake: FakeLark;
let h: Harness;

beforeAll(async () => {
  fake = await new FakeLark().start();
});
afterAll(async () => {
  await fake.stop();
});
afterEach(async () => {
  await h?.close();
  fake.requests.length = 0;
  fake.messageReplies.length = 0;
  fake.repliesFor.clear();
});

function outboxRows(): Array<{ status: string; attempts: number; last_error: string | null }> {
  return h.app.store.db.prepare(`SELECT status, attempts, last_error FROM outbox WHERE platform = 'lark'`).all() as Array<{
    status: string; attempts: number; last_error: string | null;
  }>;
}

describe('Lark sending', () => {
  it('waits out a 429 for x-ogw-ratelimit-reset seconds, then sends once with the same uuid', async () => {
    h = await startHarness(fake);
    fake.messageReplies.push({ status: 429, headers: { 'x-ogw-ratelimit-reset': '1' }, body: { code: 99991400, msg: 'request trigger frequency limit' } });
    h.app.bot.outbound.say({ kind: 'channel' }, { text: '通知：今天下午三点开会' });

    await settle(h, () => fake.sent().length === 1);
    const attempts = fake.sendAttempts();
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(attempts[0]!.uuid).toBe(attempts[1]!.uuid);
    expect(attempts[1]!.content).toEqual({ text: '通知：今天下午三点开会' });
    await quiesce(h);
    expect(fake.sendAttempts()).toHaveLength(2);
    expect(outboxRows()).toEqual([expect.objectContaining({ status: 'sent' })]);
  });

  it('records 230002 (bot not in the chat) as a failure without retrying', async () => {
    h = await startHarness(fake);
    fake.repliesFor.set(CHAT_ID, { status: 400, body: { code: 230002, msg: 'Bot/User can NOT be out of the chat.' } });
    h.app.bot.outbound.say({ kind: 'channel' }, { text: '通知' });

    await settle(h, () => outboxRows()[0]?.status === 'failed');
    await quiesce(h, 10);
    expect(fake.sendAttempts()).toHaveLength(1);
    expect(outboxRows()[0]!.last_error).toContain('230002');
  });

  it('retries other failures with backoff (the dispatcher\'s), then sends', async () => {
    h = await startHarness(fake);
    fake.messageReplies.push({ status: 500, body: { code: 1, msg: 'internal' } });
    h.app.bot.outbound.say({ kind: 'channel' }, { text: '通知' });
    await settle(h, () => fake.sent().length === 1);
    expect(fake.sendAttempts()).toHaveLength(2);
  });

  it('sends text with real <at> mentions for members bound to Lark', async () => {
    h = await startHarness(fake);
    h.app.bot.outbound.say({ kind: 'channel' }, { text: '@钱卫东 李娜（城南街道）问：低保户数含不含临时户？', mentions: ['lead_mz'] });
    await settle(h, () => fake.sent().length === 1);
    expect(fake.sent()[0]!.content.text).toBe('<at user_id="ou_lead_qian">钱卫东</at> 李娜（城南街道）问：低保户数含不含临时户？');
  });

  it('falls back to text when a card would exceed 30 KB', async () => {
    h = await startHarness(fake);
    const rows = Array.from({ length: 2000 }, (_, i) => [`第${i}社区`, String(i * 1000), '已报']);
    h.app.bot.outbound.say({ kind: 'channel' }, { text: '汇总已全部报齐', card: { type: 'table', title: '汇总 c1', columns: ['单位', '低保户数', '状态'], rows } });
    h.app.bot.outbound.say({ kind: 'channel' }, { text: '小表', card: { type: 'table', title: '汇总 c2', columns: ['单位'], rows: [['城南街道']] } });
    await settle(h, () => fake.sent().length === 2);
    expect(fake.sent().map((s) => s.msgType).sort()).toEqual(['interactive', 'text']);
    expect(fake.sent().find((s) => s.msgType === 'text')!.content.text).toBe('汇总已全部报齐');
  });
});
