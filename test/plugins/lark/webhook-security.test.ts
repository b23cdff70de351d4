// What /lark/events refuses, and that a refused callback leaves nothing behind.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeLark } from './fake-lark.js';
import { CHAT_ID, ENCRYPT_KEY, LEAD, quiesce, startHarness, VERIFICATION_TOKEN, type Harness } from './harness.js';
import { encrypt, messageEvent, postEvent } from './lark-events.js';

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

function request(id: string): Record<string, unknown> {
  return messageEvent({ appId: h.appId, token: VERIFICATION_TOKEN }, {
    messageId: id, chatId: CHAT_ID, chatType: 'group', openId: LEAD.openId, at: h.clock.now(),
    text: '@_user_1 【区民政局】请各街道于11月25日前报送本月低保户数。', mentions: [{ key: '@_user_1', openId: 'ou_bot', name: '一表通' }],
  });
}

async function expectNothingStored(): Promise<void> {
  await quiesce(h);
  expect(h.app.store.inbox.count()).toBe(0);
  expect(fake.sendAttempts()).toHaveLength(0);
}

describe('Lark webhook checks', () => {
  it('accepts a correctly signed event (the control for the refusals below)', async () => {
    h = await startHarness(fake);
    const res = await postEvent(h.events, request('om_ok'), h.clock.now(), { encryptKey: ENCRYPT_KEY });
    expect(res.status).toBe(200);
    expect(h.app.store.inbox.count()).toBe(1);
  });

  it('answers 401, without detail, to a bad signature and stores nothing', async () => {
    h = await startHarness(fake);
    const res = await postEvent(h.events, request('om_bad_sig'), h.clock.now(), { encryptKey: ENCRYPT_KEY, signKey: 'not-the-key' });
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('unauthorized');
    await expectNothingStored();
  });

  it('refuses an unsigned event when an encrypt key is set', async () => {
    h = await startHarness(fake);
    const body = JSON.stringify({ encrypt: encrypt(ENCRYPT_KEY, request('om_unsigned')) });
    const res = await fetch(h.events, {
      method: 'POST', body,
      headers: { 'content-type': 'application/json', 'x-lark-request-timestamp': String(Math.floor(h.clock.now().getTime() / 1000)) },
    });
    expect(res.status).toBe(401);
    await expectNothingStored();
  });

  it('refuses a wrong verification token and an event for another app', async () => {
    h = await startHarness(fake);
    const wrongToken = messageEvent({ appId: h.appId, token: 'guessed' }, {
      messageId: 'om_tok', chatId: CHAT_ID, chatType: 'group', openId: LEAD.openId, at: h.clock.now(), text: 'hi',
    });
    expect((await postEvent(h.events, wrongToken, h.clock.now(), { encryptKey: ENCRYPT_KEY })).status).toBe(401);
    const otherApp = messageEvent({ appId: 'cli_0000000000000000', token: VERIFICATION_TOKEN }, {
      messageId: 'om_app', chatId: CHAT_ID, chatType: 'group', openId: LEAD.openId, at: h.clock.now(), text: 'hi',
    });
    expect((await postEvent(h.events, otherApp, h.clock.now(), { encryptKey: ENCRYPT_KEY })).status).toBe(401);
    await expectNothingStored();
  });

  it('refuses a stale timestamp, and honours LARK_MAX_SKEW_SECONDS', async () => {
    h = await startHarness(fake, { LARK_MAX_SKEW_SECONDS: '60' });
    const now = Math.floor(h.clock.now().getTime() / 1000);
    const stale = await postEvent(h.events, request('om_stale'), h.clock.now(), { encryptKey: ENCRYPT_KEY, timestamp: now - 90 });
    expect(stale.status).toBe(401);
    const future = await postEvent(h.events, request('om_future'), h.clock.now(), { encryptKey: ENCRYPT_KEY, timestamp: now + 90 });
    expect(future.status).toBe(401);
    await expectNothingStored();
    const fresh = await postEvent(h.events, request('om_fresh'), h.clock.now(), { encryptKey: ENCRYPT_KEY, timestamp: now - 30 });
    expect(fresh.status).toBe(200);
  });

  it('answers 413 to a 1 MB+ body by default', async () => {
    h = await startHarness(fake);
    const big = JSON.stringify({ encrypt: 'A'.repeat(1024 * 1024 + 10) });
    const res = await fetch(h.events, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    await expectNothingStored();
  });

  it('answers 413 over LARK_BODY_LIMIT, declared or streamed without a length', async () => {
    h = await startHarness(fake, { LARK_BODY_LIMIT: '65536' });
    const big = JSON.stringify({ encrypt: 'A'.repeat(200 * 1024) });
    const declared = await fetch(h.events, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(declared.status).toBe(413);

    const chunk = new TextEncoder().encode('A'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 4) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const streamed = await fetch(h.events, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    expect(streamed.status).toBe(413);
    await expectNothingStored();
  });

  it('answers 415 to a wrong content type', async () => {
    h = await startHarness(fake);
    const res = await postEvent(h.events, request('om_form'), h.clock.now(), { encryptKey: ENCRYPT_KEY, contentType: 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
    await expectNothingStored();
  });
});

describe('url_verification', () => {
  it('echoes the challenge of a plain request with the right token, and refuses a wrong token', async () => {
    h = await startHarness(fake, { LARK_ENCRYPT_KEY: '' });
    const ok = await postEvent(h.events, { challenge: 'ch-plain-1', token: VERIFICATION_TOKEN, type: 'url_verification' }, h.clock.now());
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ challenge: 'ch-plain-1' });
    const bad = await postEvent(h.events, { challenge: 'ch-plain-2', token: 'wrong', type: 'url_verification' }, h.clock.now());
    expect(bad.status).toBe(401);
  });

  it('echoes the challenge of an encrypted request', async () => {
    h = await startHarness(fake);
    const res = await postEvent(h.events, { challenge: 'ch-enc-1', token: VERIFICATION_TOKEN, type: 'url_verification' }, h.clock.now(), { encryptKey: ENCRYPT_KEY });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'ch-enc-1' });
    const garbled = await postEvent(h.events, { encrypt: 'bm90IGEgcmVhbCBjaXBoZXJ0ZXh0IGF0IGFsbCEhISE=' }, h.clock.now());
    expect(garbled.status).toBe(401);
  });
});
