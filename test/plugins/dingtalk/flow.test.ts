// End to end over the real SDK: a lead's @-request in the group, the ask by one-to-one message, the reply in the pool.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeDingtalk } from './fake-dingtalk.js';
import { connected, GROUP, LEAD, REQUEST, robotMessage, settle, STAFF, startHarness, type Harness } from './harness.js';

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
});

const toGroup = (): ReturnType<FakeDingtalk['sent']> => fake.sent().filter((s) => 'group' in s.to);
const toUser = (userId: string): ReturnType<FakeDingtalk['sent']> => fake.sent().filter((s) => 'user' in s.to && s.to.user === userId);

describe('DingTalk flow', () => {
  it('confirms a lead\'s request in the group, asks the staff member one-to-one and stores the reply', async () => {
    h = await startHarness(fake);
    await connected(fake, h);
    fake.pushRobotMessage(robotMessage({ from: { userId: LEAD.userId, name: LEAD.name }, text: REQUEST, group: true, at: h.clock.now() }));
    await settle(h, () => toGroup().length > 0 && toUser(STAFF.userId).length > 0);

    const confirmation = toGroup()[0]!;
    expect(confirmation.to).toEqual({ group: GROUP });
    expect(confirmation.robotCode).toBe(fake.clientId);
    expect(confirmation.msgKey).toBe('sampleMarkdown');
    expect(fake.textOf(confirmation)).toContain('已登记 r1');
    expect(fake.textOf(confirmation)).toContain(`@${LEAD.name}`);
    const ask = toUser(STAFF.userId)[0]!;
    expect(ask.msgKey).toBe('sampleText');
    expect(fake.textOf(ask)).toContain('低保户数');

    const before = toUser(STAFF.userId).length;
    fake.pushRobotMessage(robotMessage({ from: { userId: STAFF.userId, name: STAFF.name }, text: '低保户数：120', at: h.clock.now() }));
    await settle(h, () => toUser(STAFF.userId).length > before);
    const stored = h.app.store.pool.get('chengnan', 'dibao_households', '2026-11');
    expect(stored?.value).toBe(120);
    expect(stored?.memberId).toBe(STAFF.id);
    // One token served every send.
    expect(fake.tokenFetches()).toBe(1);
  });

  it('binds a newcomer with 绑定 姓名 and an admin\'s 确认绑定, answering each one-to-one', async () => {
    h = await startHarness(fake);
    await connected(fake, h);
    const newcomer = { userId: 'staff_wang', name: '王芳' };
    fake.pushRobotMessage(robotMessage({ from: newcomer, text: '绑定 王芳', at: h.clock.now() }));
    await settle(h, () => toUser(newcomer.userId).length > 0 && toGroup().length > 0);
    expect(fake.textOf(toUser(newcomer.userId)[0]!)).toContain('已收到绑定申请');
    const code = /申请码 ([A-Z0-9]{4})/.exec(fake.textOf(toGroup()[0]!))![1]!;

    fake.pushRobotMessage(robotMessage({ from: { userId: 'staff_zhou', name: '周敏' }, text: `确认绑定 ${code}`, at: h.clock.now() }));
    await settle(h, () => h!.app.store.roster.memberByIdentity('dingtalk', newcomer.userId) === 'xb_mz');
    await settle(h, () => toUser('staff_zhou').some((s) => fake.textOf(s).includes('已确认绑定')));
  });
});
