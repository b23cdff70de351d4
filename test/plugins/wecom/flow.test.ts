// End to end: a lead's request to the app, the group chat note, the ask to staff, the reply in the pool.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { postCallback, textMessageXml } from './callbacks.js';
import { FakeWecom } from './fake-wecom.js';
import { ADMIN, AGENT_ID, CHAT_ID, LEAD, REQUEST, settle, startHarness, STAFF, type Harness } from './harness.js';

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
  fake.chats.clear();
});

const toUser = (userId: string): ReturnType<FakeWecom['sent']> => fake.sent().filter((s) => 'user' in s.to && s.to.user === userId);

async function say(from: string, body: string, msgId: string): Promise<void> {
  const res = await postCallback(h!.callback, h!.secrets, textMessageXml({ corpId: fake.corpId, from, text: body, msgId, agentId: AGENT_ID, at: h!.clock.now() }), h!.clock.now());
  expect(res.status).toBe(200);
}

describe('WeCom flow', () => {
  it('creates the missing group chat with the members bound to WeCom, owned by the admin', async () => {
    h = await startHarness(fake);
    await settle(h, () => h!.app.host.info('wecom')?.health?.groupChat === 'created');
    expect(fake.chats.get(CHAT_ID)).toEqual({ name: '一表通工作群', owner: ADMIN.userId, userlist: [ADMIN.userId, LEAD.userId, STAFF.userId] });
  });

  it('confirms a lead\'s request, asks the staff member, and stores the reply in the pool', async () => {
    h = await startHarness(fake);
    await say(LEAD.userId, REQUEST, '8001');
    await settle(h, () => toUser(LEAD.userId).length > 0 && toUser(STAFF.userId).length > 0);
    const confirmation = toUser(LEAD.userId)[0]!;
    expect(confirmation.msgtype).toBe('markdown');
    expect(confirmation.content).toContain('已登记 r1');
    const ask = toUser(STAFF.userId)[0]!;
    expect(ask.msgtype).toBe('text');
    expect(ask.content).toContain('低保户数');
    const sendCall = fake.sendAttempts().find((r) => r.json?.touser === STAFF.userId)!;
    expect(sendCall.json?.agentid).toBe(AGENT_ID);

    const before = toUser(STAFF.userId).length;
    await say(STAFF.userId, '低保户数：120', '8002');
    await settle(h, () => toUser(STAFF.userId).length > before);
    const stored = h.app.store.pool.get('chengnan', 'dibao_households', '2026-11');
    expect(stored?.value).toBe(120);
    expect(stored?.memberId).toBe(STAFF.id);
    expect(fake.tokenFetches()).toBe(1);
  });

  it('posts channel messages to the application group chat', async () => {
    h = await startHarness(fake);
    await settle(h, () => fake.chats.has(CHAT_ID));
    h.app.bot.outbound.say({ kind: 'channel' }, { text: '今天下午三点前请各街道报齐' });
    await settle(h, () => fake.sent().some((s) => 'chat' in s.to));
    expect(fake.sent().find((s) => 'chat' in s.to)).toEqual({ to: { chat: CHAT_ID }, msgtype: 'text', content: '今天下午三点前请各街道报齐' });
  });

  it('binds a newcomer with 绑定 姓名 and an admin\'s 确认绑定', async () => {
    h = await startHarness(fake);
    await settle(h, () => fake.chats.has(CHAT_ID));
    await say('WangFang', '绑定 王芳', '8101');
    await settle(h, () => toUser('WangFang').length > 0 && fake.sent().some((s) => 'chat' in s.to));
    expect(toUser('WangFang')[0]!.content).toContain('已收到绑定申请');
    const code = /申请码 ([A-Z0-9]{4})/.exec(fake.sent().find((s) => 'chat' in s.to)!.content)![1]!;
    await say(ADMIN.userId, `确认绑定 ${code}`, '8102');
    await settle(h, () => h!.app.store.roster.memberByIdentity('wecom', 'WangFang') === 'xb_mz');
  });
});
