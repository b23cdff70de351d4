// How the adapter treats DingTalk's answers to a send: token expiry, rate limits, refused receivers.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeDingtalk } from './fake-dingtalk.js';
import { settle, STAFF, startHarness, type Harness } from './harness.js';

let fake: FakeDingtalk;
let h: Harness | null = null;

beforeAll(async () => {
  fake = await new FakeDingtalk().start();
});
afterAll(async () => {
  await fake.stop();
});
afterEach(async () => {
  await h?.close();
  h = null;
  fake.requests.length = 0;
  fake.sendReplies.length = 0;
});

function outbox(): Array<{ status: string; attempts: number; last_error: string | null }> {
  return h!.app.store.db.prepare(`SELECT status, attempts, last_error FROM outbox WHERE platform = 'dingtalk' ORDER BY id`).all() as Array<{
    status: string; attempts: number; last_error: string | null;
  }>;
}

describe('DingTalk sending', () => {
  it('fetches a new token when DingTalk no longer accepts the cached one, and sends once', async () => {
    h = await startHarness(fake);
    h.app.bot.outbound.say({ kind: 'channel' }, { text: '第一条' });
    await settle(h, () => fake.sent().length === 1);
    fake.expireTokens();
    h.app.bot.outbound.say({ kind: 'channel' }, { text: '第二条' });
    await settle(h, () => fake.sent().length === 2);
    expect(fake.tokenFetches()).toBe(2);
    expect(fake.sendAttempts()).toHaveLength(3);
    expect(outbox().map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  it('waits out a rate-limit answer for its Retry-After, then sends', async () => {
    h = await startHarness(fake);
    fake.sendReplies.push({ status: 429, headers: { 'retry-after': '1' }, body: { code: 'Forbidden.AccessDenied.QpsLimitForApi', message: 'qps limit' } });
    h.app.bot.outbound.say({ kind: 'dm', memberId: STAFF.id }, { text: '请报送低保户数' });
    await settle(h, () => fake.sent().length === 1);
    const attempts = fake.sendAttempts();
    expect(attempts).toHaveLength(2);
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(950);
    expect(fake.sent()[0]!.to).toEqual({ user: STAFF.userId });
  });

  it('waits when DingTalk lists the receiver as flow-controlled', async () => {
    h = await startHarness(fake);
    fake.sendReplies.push({ status: 200, body: { processQueryKey: 'x', invalidStaffIdList: [], flowControlledStaffIdList: [STAFF.userId] } });
    h.app.bot.outbound.say({ kind: 'dm', memberId: STAFF.id }, { text: '请报送' });
    await settle(h, () => outbox()[0]?.last_error !== null && outbox()[0]?.last_error !== undefined);
    expect(outbox()[0]).toMatchObject({ status: 'pending' });
    expect(outbox()[0]!.last_error).toContain('flow-controlled');
  });

  it('fails at once, without retrying, for a receiver DingTalk does not know or a refused request', async () => {
    h = await startHarness(fake);
    fake.sendReplies.push({ status: 200, body: { processQueryKey: 'x', invalidStaffIdList: [STAFF.userId], flowControlledStaffIdList: [] } });
    fake.sendReplies.push({ status: 400, body: { code: 'robot.notInConversation', message: '机器人不在群内' } });
    h.app.bot.outbound.say({ kind: 'dm', memberId: STAFF.id }, { text: '请报送' });
    h.app.bot.outbound.say({ kind: 'channel' }, { text: '通知' });
    await settle(h, () => outbox().every((r) => r.status === 'failed'));
    expect(fake.sendAttempts()).toHaveLength(2);
    expect(outbox()[1]!.last_error).toContain('robot.notInConversation');
  });

  it('retries a server error with backoff, then sends', async () => {
    h = await startHarness(fake);
    fake.sendReplies.push({ status: 500, body: { code: 'ServiceUnavailable', message: 'busy' } });
    h.app.bot.outbound.say({ kind: 'channel' }, { text: '通知' });
    await settle(h, () => fake.sent().length === 1);
    expect(fake.sendAttempts()).toHaveLength(2);
  });

  it('keeps to the per-group quota: the sends past it wait for the window', async () => {
    h = await startHarness(fake, { DINGTALK_GROUP_PER_MINUTE: '60' });
    for (let i = 0; i < 62; i++) h.app.bot.outbound.say({ kind: 'channel' }, { text: `通知 ${i}` });
    await settle(h, () => fake.sent().length === 62, 15_000);
    const attempts = fake.sendAttempts();
    // 60 a minute is one a second once the burst allowance is spent.
    expect(attempts[61]!.at - attempts[59]!.at).toBeGreaterThanOrEqual(1500);
  });
});
