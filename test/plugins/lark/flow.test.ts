// End to end: real-shaped Lark callbacks into a real onetable, the bot's answers out to the fake Lark API.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
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
afterEach(async () => {
  await h?.close();
  fake.requests.length = 0;
});

async function postLeadRequest(messageId = 'om_req_1', eventId?: string): Promise<Response> {
  const ids = { appId: h.appId, token: VERIFICATION_TOKEN };
  return postEvent(h.events, messageEvent(ids, {
    messageId, chatId: CHAT_ID, chatType: 'group', openId: LEAD.openId, text: REQUEST, at: h.clock.now(),
    mentions: [{ key: '@_user_1', openId: 'ou_bot', name: '一表通' }], ...(eventId ? { eventId } : {}),
  }), h.clock.now(), { encryptKey: ENCRYPT_KEY });
}

describe('Lark webhook flow', () => {
  it('turns a lead request in the group into a confirmation card in LARK_CHAT_ID and an ask card to the staff member', async () => {
    h = await startHarness(fake);
    const res = await postLeadRequest();
    expect(res.status).toBe(200);

    await settle(h, () => fake.sent().some((s) => s.receiveId === CHAT_ID) && fake.sent().some((s) => s.receiveId === STAFF.openId));
    const card = fake.sent().find((s) => s.receiveId === CHAT_ID)!;
    expect(card.receiveIdType).toBe('chat_id');
    expect(card.msgType).toBe('interactive');
    expect(JSON.stringify(card.content)).toContain('已登记 r1');
    expect(JSON.stringify(card.content)).toContain(`<at id=${LEAD.openId}></at>`);
    expect(card.uuid).toMatch(/^onetable-\d+$/);
    // The token came from the fake server and went along with the send.
    const tokenFetches = fake.requests.filter((r) => r.path.endsWith('/tenant_access_token/internal'));
    expect(tokenFetches.length).toBe(1);

    const ask = fake.sent().find((s) => s.receiveId === STAFF.openId)!;
    expect(ask.receiveIdType).toBe('open_id');
    expect(ask.msgType).toBe('interactive');
    const form = JSON.stringify(ask.content);
    expect(form).toContain('"tag":"form"');
    expect(form).toContain('"name":"dibao_households"');
    expect(form).toContain('"name":"onetable_ask_1"');
  });

  it('stores a staff member\'s p2p reply in the pool and answers them by open_id', async () => {
    h = await startHarness(fake);
    await postLeadRequest();
    await settle(h, () => fake.sent().some((s) => s.receiveId === STAFF.openId));
    const before = fake.sent().length;

    const ids = { appId: h.appId, token: VERIFICATION_TOKEN };
    const res = await postEvent(h.events, messageEvent(ids, {
      messageId: 'om_reply_1', chatId: 'oc_p2p_li', chatType: 'p2p', openId: STAFF.openId, text: '低保户数：120', at: h.clock.now(),
    }), h.clock.now(), { encryptKey: ENCRYPT_KEY });
    expect(res.status).toBe(200);

    await settle(h, () => fake.sent().length > before);
    const value = h.app.store.pool.get('chengnan', 'dibao_households', '2026-11');
    expect(value?.value).toBe(120);
    expect(value?.memberId).toBe(STAFF.id);
    expect(fake.sent().slice(before).some((s) => s.receiveId === STAFF.openId && s.receiveIdType === 'open_id')).toBe(true);
  });

  it('stores an ask form card submission exactly like a typed reply', async () => {
    h = await startHarness(fake);
    await postLeadRequest();
    await settle(h, () => fake.sent().some((s) => s.receiveId === STAFF.openId));

    const ids = { appId: h.appId, token: VERIFICATION_TOKEN };
    const res = await postEvent(h.events, cardActionEvent(ids, {
      openId: STAFF.openId, openMessageId: 'om_card_1', chatId: 'oc_p2p_li', buttonName: 'onetable_ask_1',
      formValue: { dibao_households: '87' }, at: h.clock.now(),
    }), h.clock.now(), { encryptKey: ENCRYPT_KEY });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ toast: { type: 'success' } });

    await settle(h, () => h.app.store.pool.get('chengnan', 'dibao_households', '2026-11') !== undefined);
    expect(h.app.store.pool.get('chengnan', 'dibao_households', '2026-11')?.value).toBe(87);
    const row = h.app.store.inbox.get(2);
    expect(row?.message.form).toEqual({ collectionId: 1, values: { dibao_households: '87' } });
    expect(row?.message.text).toBe('低保户数：87');
    expect(row?.message.chat.kind).toBe('dm');
    expect(row?.message.sender.platformUserId).toBe(STAFF.openId);
  });

  it('acts once on a message Lark delivers twice under new event ids, also after a restart', async () => {
    h = await startHarness(fake);
    expect((await postLeadRequest('om_dup', 'ev_1')).status).toBe(200);
    await settle(h, () => fake.sent().some((s) => s.receiveId === CHAT_ID));
    expect((await postLeadRequest('om_dup', 'ev_2')).status).toBe(200);
    await settle(h, () => true);

    await h.restart();
    expect((await postLeadRequest('om_dup', 'ev_3')).status).toBe(200);
    await settle(h, () => true);
    await new Promise((r) => setTimeout(r, 100));
    await settle(h, () => true);

    expect(h.app.store.inbox.count()).toBe(1);
    expect(h.app.store.requests.lastActiveBy(LEAD.id)?.id).toBe(1);
    expect(fake.sent().filter((s) => s.receiveId === CHAT_ID)).toHaveLength(1);
  });

  it('uploads an export through the files API and sends it as a file message', async () => {
    h = await startHarness(fake);
    await postLeadRequest();
    await settle(h, () => fake.sent().some((s) => s.receiveId === CHAT_ID));
    const ids = { appId: h.appId, token: VERIFICATION_TOKEN };
    await postEvent(h.events, messageEvent(ids, {
      messageId: 'om_export', chatId: 'oc_p2p_qian', chatType: 'p2p', openId: LEAD.openId, text: '导出 c1', at: h.clock.now(),
    }), h.clock.now(), { encryptKey: ENCRYPT_KEY });

    await settle(h, () => fake.sent().some((s) => s.msgType === 'file'));
    const upload = fake.requests.find((r) => r.path === '/open-apis/im/v1/files')!;
    expect(String(upload.headers['content-type'])).toContain('multipart/form-data');
    expect(upload.raw.toString('latin1')).toContain('name="file_name"');
    const file = fake.sent().find((s) => s.msgType === 'file')!;
    expect(file.receiveId).toBe(LEAD.openId);
    expect(file.content.file_key).toMatch(/^file_\d+$/);
  });
});
