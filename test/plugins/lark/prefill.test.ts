// Lark, through the real SDK against the fake Lark server: the ask card carries last month's figure as the input's
// default and a 与上月相同 button; pressing it, submitting the default untouched, or typing 无变化 confirms the figure.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeLark } from './fake-lark.js';
import { CHAT_ID, ENCRYPT_KEY, LEAD, STAFF, startHarness, settle, VERIFICATION_TOKEN, type Harness } from './harness.js';
import { cardActionEvent, messageEvent, postEvent } from './lark-events.js';

const REQUEST = '@_user_1 【区民政局】请各街道于11月25日前报送本月低保户数。';

let fake: FakeLark;
let h: Harness;

beforeAll(async () => {
  fake = await new FakeLark().start();
});
afterAll(async () => {
  await fake.stop();
});
beforeEach(async () => {
  h = await startHarness(fake);
  h.app.store.pool.put({
    unit: 'chengnan', field: 'dibao_households', period: '2026-10', value: 87, memberId: STAFF.id, messageId: null,
    at: new Date('2026-10-27T10:00:00+08:00'),
  });
  const ids = { appId: h.appId, token: VERIFICATION_TOKEN };
  await postEvent(h.events, messageEvent(ids, {
    messageId: 'om_req_1', chatId: CHAT_ID, chatType: 'group', openId: LEAD.openId, text: REQUEST, at: h.clock.now(),
    mentions: [{ key: '@_user_1', openId: 'ou_bot', name: '一表通' }],
  }), h.clock.now(), { encryptKey: ENCRYPT_KEY });
  await settle(h, () => fake.sent().some((s) => s.receiveId === STAFF.openId));
});
afterEach(async () => {
  await h?.close();
  fake.requests.length = 0;
});

const value = () => h.app.store.pool.get('chengnan', 'dibao_households', '2026-11');

async function pressButton(buttonName: string, formValue: Record<string, string>): Promise<void> {
  const ids = { appId: h.appId, token: VERIFICATION_TOKEN };
  const res = await postEvent(h.events, cardActionEvent(ids, {
    openId: STAFF.openId, openMessageId: 'om_card_1', chatId: 'oc_p2p_li', buttonName, formValue, at: h.clock.now(),
  }), h.clock.now(), { encryptKey: ENCRYPT_KEY });
  expect(res.status).toBe(200);
  await settle(h, () => value() !== undefined);
}

describe('Lark ask card with last month\'s figure', () => {
  it('prefills the input with it, offers 与上月相同, and that button stores it as confirmed', async () => {
    const card = JSON.stringify(fake.sent().find((s) => s.receiveId === STAFF.openId)!.content);
    expect(card).toContain('"default_value":"87"');
    expect(card).toContain('"name":"onetable_same_1"');
    expect(card).toContain('已填入上期数据');
    await pressButton('onetable_same_1', { dibao_households: '87' });
    expect([value()?.value, value()?.source]).toEqual([87, 'confirmed from 2026-10']);
  });

  it('takes the submitted card with the input left at its default as confirmed', async () => {
    await pressButton('onetable_ask_1', { dibao_households: '87' });
    expect([value()?.value, value()?.source]).toEqual([87, 'confirmed from 2026-10']);
  });

  it('takes a changed input as a typed figure', async () => {
    await pressButton('onetable_ask_1', { dibao_households: '90' });
    expect([value()?.value, value()?.source]).toEqual([90, null]);
  });

  it('takes a typed 无变化 in the p2p chat as confirmed', async () => {
    const ids = { appId: h.appId, token: VERIFICATION_TOKEN };
    await postEvent(h.events, messageEvent(ids, {
      messageId: 'om_same_1', chatId: 'oc_p2p_li', chatType: 'p2p', openId: STAFF.openId, text: '无变化', at: h.clock.now(),
    }), h.clock.now(), { encryptKey: ENCRYPT_KEY });
    await settle(h, () => value() !== undefined);
    expect([value()?.value, value()?.source]).toEqual([87, 'confirmed from 2026-10']);
  });
});
