// Asks as interactive cards from the admin's template, submitted over the Stream connection; text when refused.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeDingtalk, TOPIC_CARD } from './fake-dingtalk.js';
import { connected, LEAD, REQUEST, robotMessage, settle, STAFF, startHarness, type Harness } from './harness.js';

const TEMPLATE = 'a1b2c3d4-ask-form.schema';

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
  fake.cardReplies.length = 0;
});

async function postRequest(): Promise<void> {
  await connected(fake, h!);
  fake.pushRobotMessage(robotMessage({ from: { userId: LEAD.userId, name: LEAD.name }, text: REQUEST, group: true, at: h!.clock.now() }));
}

describe('DingTalk ask cards', () => {
  it('delivers the ask as a card from the template and stores the submitted reply like a typed one', async () => {
    h = await startHarness(fake, { DINGTALK_ASK_CARD_TEMPLATE_ID: TEMPLATE });
    await postRequest();
    await settle(h, () => fake.deliveredCards().length > 0);
    expect(fake.openConnectionRequests().at(-1)!.json!.subscriptions).toContainEqual({ type: 'CALLBACK', topic: TOPIC_CARD });
    const card = fake.deliveredCards()[0]!;
    expect(card.templateId).toBe(TEMPLATE);
    expect(card.openSpaceId).toBe(`dtv1.card//IM_ROBOT.${STAFF.userId}`);
    expect(String(card.params.content)).toContain('低保户数');
    expect(fake.sent().filter((s) => 'user' in s.to && s.to.user === STAFF.userId)).toHaveLength(0);

    const submitted = { cardPrivateData: { actionIds: ['submit'], params: { reply: '低保户数：87' } } };
    const callback = { corpId: 'dingcorp', userId: STAFF.userId, outTrackId: card.outTrackId, type: 'actionCallback', value: JSON.stringify(submitted), content: JSON.stringify(submitted) };
    const first = fake.pushCardCallback(callback);
    const again = fake.pushCardCallback(callback);
    await settle(h, () => fake.acked(first) && fake.acked(again) && h!.app.store.pool.get('chengnan', 'dibao_households', '2026-11') !== undefined);
    expect(h.app.store.pool.get('chengnan', 'dibao_households', '2026-11')?.value).toBe(87);
    const stored = h.app.store.db.prepare(`SELECT COUNT(*) AS n FROM inbox WHERE message_id LIKE 'card:%'`).get() as { n: number };
    expect(stored.n).toBe(1);
  });

  it('sends the ask as text when DingTalk refuses the card template', async () => {
    h = await startHarness(fake, { DINGTALK_ASK_CARD_TEMPLATE_ID: TEMPLATE });
    fake.cardReplies.push({ status: 400, body: { code: 'param.cardTemplateIdNotExist', message: '模板不存在' } });
    await postRequest();
    await settle(h, () => fake.sent().some((s) => 'user' in s.to && s.to.user === STAFF.userId));
    expect(fake.deliveredCards()).toHaveLength(0);
    expect(fake.textOf(fake.sent().find((s) => 'user' in s.to && s.to.user === STAFF.userId)!)).toContain('低保户数');
  });
});
