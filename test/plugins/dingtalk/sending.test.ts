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

function outbox(): Array<{ status: string; attempts: number; last_error: string | null; next_attempt_at: string }> {
  return h!.app.store.db.prepare(`SELECT * FROM outbox WHERE platform = 'dingtalk' ORDER BY id`).all() as Array<{
    status: string; attempts: number; last_error: string | null; next_attempt_at: string;
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

  it('postpones a message for a rate-limit answer\'s Retry-After instead of retrying at once', async () => {
    h = await startHarness(fake);
    fake.sendReplies.push({ status: 429, headers: { 'retry-after': '120' }, body: { code: 'Forbidden.AccessDenied.QpsLimitForApi', message: 'qps limit' } });
    h.app.bot.outbound.say({ kind: 'dm', memberId: STAFF.id }, { text: '请报送低保户数' });
    await settle(h, () => outbox()[0]?.last_error != null);
    const row = outbox()[0]!;
    expect(row.status).toBe('pending');
    expect(row.last_error).toContain('QpsLimitForApi');
    expect(Date.parse(row.next_attempt_at) - h.clock.now().getTime()).toBeGreaterThan(60_000);
    expect(fake.sendAttempts()).toHaveLength(1);
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
});
