// How the adapter treats WeCom's answers: token expiry, rate limits, unknown users, long texts.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeWecom } from './fake-wecom.js';
import { settle, startHarness, STAFF, type Harness } from './harness.js';

let fake: FakeWecom;
let h: Harness | null = null;

beforeAll(async () => {
  fake = await new FakeWecom().start();
});
afterAll(async () => {
  await fake.stop();
});
afterEach(async () => {
  await h?.close();
  h = null;
  fake.requests.length = 0;
  fake.sendAnswers.length = 0;
});

function outbox(): Array<{ status: string; attempts: number; last_error: string | null; next_attempt_at: string }> {
  return h!.app.store.db.prepare(`SELECT * FROM outbox WHERE platform = 'wecom' ORDER BY id`).all() as Array<{
    status: string; attempts: number; last_error: string | null; next_attempt_at: string;
  }>;
}

describe('WeCom sending', () => {
  it('fetches a new token when WeCom says the cached one expired (42001), and sends once', async () => {
    h = await startHarness(fake, { WECOM_CHAT_ID: '' });
    h.app.bot.outbound.say({ kind: 'dm', memberId: STAFF.id }, { text: '第一条' });
    await settle(h, () => fake.sent().length === 1);
    fake.expireTokens();
    h.app.bot.outbound.say({ kind: 'dm', memberId: STAFF.id }, { text: '第二条' });
    await settle(h, () => fake.sent().length === 2);
    expect(fake.tokenFetches()).toBe(2);
    expect(fake.sendAttempts()).toHaveLength(3);
    expect(outbox().map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it('waits a minute after a 45009 rate-limit answer instead of retrying at once', async () => {
    h = await startHarness(fake, { WECOM_CHAT_ID: '' });
    fake.sendAnswers.push({ errcode: 45009, errmsg: 'api freq out of limit' });
    h.app.bot.outbound.say({ kind: 'dm', memberId: STAFF.id }, { text: '请报送' });
    await settle(h, () => outbox()[0]?.last_error != null);
    const row = outbox()[0]!;
    expect(row.status).toBe('pending');
    expect(row.last_error).toContain('45009');
    expect(Date.parse(row.next_attempt_at) - h.clock.now().getTime()).toBeGreaterThan(50_000);
    expect(fake.sendAttempts()).toHaveLength(1);
  });

  it('fails at once for a user WeCom does not know, and for a refused request', async () => {
    h = await startHarness(fake, { WECOM_CHAT_ID: '' });
    fake.sendAnswers.push({ errcode: 0, errmsg: 'ok', invaliduser: STAFF.userId });
    fake.sendAnswers.push({ errcode: 81013, errmsg: 'user & party & tag all invalid' });
    h.app.bot.outbound.say({ kind: 'dm', memberId: STAFF.id }, { text: '一' });
    h.app.bot.outbound.say({ kind: 'dm', memberId: STAFF.id }, { text: '二' });
    await settle(h, () => outbox().length === 2 && outbox().every((r) => r.status === 'failed'));
    expect(fake.sendAttempts()).toHaveLength(2);
    expect(outbox()[1]!.last_error).toContain('81013');
  });

  it('retries a busy answer (-1) with backoff, then sends', async () => {
    h = await startHarness(fake, { WECOM_CHAT_ID: '' });
    fake.sendAnswers.push({ errcode: -1, errmsg: 'system busy' });
    h.app.bot.outbound.say({ kind: 'dm', memberId: STAFF.id }, { text: '请报送' });
    await settle(h, () => fake.sent().length === 1);
    expect(fake.sendAttempts()).toHaveLength(2);
  });

  it('splits a text longer than WeCom\'s 2048 bytes into parts that each fit, losing nothing', async () => {
    h = await startHarness(fake, { WECOM_CHAT_ID: '' });
    const lines = Array.from({ length: 120 }, (_, i) => `第${i + 1}行：城南街道低保户数一百二十户`);
    h.app.bot.outbound.say({ kind: 'dm', memberId: STAFF.id }, { text: lines.join('\n') });
    await settle(h, () => outbox()[0]?.status === 'sent');
    const parts = fake.sent().map((s) => s.content);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(2048);
    expect(parts.join('\n')).toBe(lines.join('\n'));
  });
});
