// The real dingtalk-stream client against a fake Stream gateway: connection, messages in, acks, redelivery, reconnects.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeDingtalk, TOPIC_ROBOT } from './fake-dingtalk.js';
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
  fake.frames.length = 0;
});

describe('DingTalk Stream connection', () => {
  it('opens a connection with the app credentials, subscribes to robot messages and answers the gateway ping', async () => {
    h = await startHarness(fake);
    await connected(fake, h);
    const open = fake.openConnectionRequests()[0]!.json!;
    expect(open.clientId).toBe(fake.clientId);
    expect(open.clientSecret).toBe(fake.clientSecret);
    expect(open.subscriptions).toContainEqual({ type: 'CALLBACK', topic: TOPIC_ROBOT });

    const ping = fake.ping();
    await settle(h, () => fake.acked(ping));
    const health = await (await fetch(`${h.app.url}/healthz`)).json() as { plugins: Array<{ name: string; status: string; health?: Record<string, unknown> }> };
    const plugin = health.plugins.find((p) => p.name === 'dingtalk')!;
    expect(plugin.status).toBe('running');
    expect(plugin.health?.stream).toBe('connected');
  });

  it('stores a group @-message and a one-to-one message, and acknowledges each after storing it', async () => {
    h = await startHarness(fake);
    await connected(fake, h);
    const now = h.clock.now();
    const group = fake.pushRobotMessage(robotMessage({ from: { userId: LEAD.userId, name: LEAD.name }, text: ` ${REQUEST}`, group: true, msgId: 'msgGroup1', at: now }));
    const dm = fake.pushRobotMessage(robotMessage({ from: { userId: STAFF.userId, name: STAFF.name }, text: '你好', msgId: 'msgDm1', at: now }));
    await settle(h, () => fake.acked(group) && fake.acked(dm));

    const rows = [1, 2].map((seq) => h!.app.store.inbox.get(seq)!.message);
    expect(rows[0]).toMatchObject({ platform: 'dingtalk', id: 'msgGroup1', chat: { kind: 'channel', id: GROUP }, sender: { platformUserId: LEAD.userId }, mentionsBot: true, text: REQUEST });
    expect(rows[1]).toMatchObject({ platform: 'dingtalk', id: 'msgDm1', chat: { kind: 'dm', id: STAFF.userId }, sender: { platformUserId: STAFF.userId }, mentionsBot: false });
  });

  it('ignores messages from other groups the robot is in, still acknowledges them, and shows the id of the last one', async () => {
    h = await startHarness(fake);
    await connected(fake, h);
    const other = fake.pushRobotMessage(robotMessage({ from: { userId: LEAD.userId, name: LEAD.name }, text: REQUEST, group: true, conversationId: 'cidOther==', at: h.clock.now() }));
    await settle(h, () => fake.acked(other));
    expect(h.app.store.inbox.count()).toBe(0);
    // What an admin reads to find the consolidated group's id.
    expect(h.app.host.info('dingtalk')?.health?.lastOtherGroup).toEqual({ conversationId: 'cidOther==', title: '青溪区一表通' });
  });

  it('acts once on a message DingTalk delivers again, also across a restart', async () => {
    h = await startHarness(fake);
    await connected(fake, h);
    const payload = robotMessage({ from: { userId: LEAD.userId, name: LEAD.name }, text: REQUEST, group: true, msgId: 'msgRedelivered', at: h.clock.now() });
    const first = fake.pushRobotMessage(payload);
    await settle(h, () => fake.acked(first) && fake.sent().some((s) => 'group' in s.to));
    const again = fake.pushRobotMessage(payload);
    await settle(h, () => fake.acked(again));

    await h.restart();
    await connected(fake, h, 2);
    const afterRestart = fake.pushRobotMessage(payload);
    await settle(h, () => fake.acked(afterRestart));
    await settle(h, () => true);

    expect(h.app.store.inbox.count()).toBe(1);
    expect(h.app.store.requests.lastActiveBy(LEAD.id)?.id).toBe(1);
    expect(fake.sent().filter((s) => 'group' in s.to)).toHaveLength(1);
  });

  it('reconnects after the connection drops and receives on the new connection', async () => {
    h = await startHarness(fake);
    await connected(fake, h);
    const before = fake.openConnectionRequests().length;
    fake.dropConnections();
    await settle(h, () => fake.connections >= 2 && fake.openSockets() > 0, 10_000);
    expect(fake.openConnectionRequests().length).toBeGreaterThan(before);

    const id = fake.pushRobotMessage(robotMessage({ from: { userId: STAFF.userId, name: STAFF.name }, text: '帮助', msgId: 'msgAfterDrop', at: h.clock.now() }));
    await settle(h, () => fake.acked(id));
    expect(h.app.store.inbox.get(1)?.message.id).toBe('msgAfterDrop');
  });

  it('stays down once stopped, even with a reconnect pending from a drop', async () => {
    h = await startHarness(fake);
    await connected(fake, h);
    const opened = fake.connections;
    fake.dropConnections();
    await settle(h, () => h!.app.host.info('dingtalk')?.health?.stream === 'reconnecting');
    await h.app.host.stop('dingtalk');
    await settle(h, () => fake.openSockets() === 0);
    // The SDK reconnects one second after a drop; wait past that.
    await new Promise((r) => setTimeout(r, 1500));
    expect(fake.connections).toBe(opened);
    expect(fake.openSockets()).toBe(0);
  });
});
