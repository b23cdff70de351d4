// Real encrypted, signed WeCom callbacks posted to the running server: what is accepted, refused and acted on once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { callbackRequest, postCallback, textMessageXml, verifyUrl } from './callbacks.js';
import { FakeWecom } from './fake-wecom.js';
import { AGENT_ID, LEAD, quiesce, REQUEST, startHarness, STAFF, type Harness } from './harness.js';

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
});

function text(from: string, body: string, msgId: string, at: Date): string {
  return textMessageXml({ corpId: fake.corpId, from, text: body, msgId, agentId: AGENT_ID, at });
}

async function expectNothingStored(): Promise<void> {
  await quiesce(h!);
  expect(h!.app.store.inbox.count()).toBe(0);
}

describe('WeCom callback URL', () => {
  it('answers the console\'s URL verification with the decrypted echostr, and refuses a wrong signature', async () => {
    h = await startHarness(fake);
    const ok = await verifyUrl(h.callback, h.secrets, '1616140317555161061', h.clock.now());
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1616140317555161061');
    const bad = await verifyUrl(h.callback, h.secrets, '42', h.clock.now(), 'not-the-token');
    expect(bad.status).toBe(401);
  });

  it('stores a member\'s text message once, answering 200 with an empty body', async () => {
    h = await startHarness(fake);
    const res = await postCallback(h.callback, h.secrets, text(STAFF.userId, '你好', '7001', h.clock.now()), h.clock.now());
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
    expect(h.app.store.inbox.get(1)?.message).toMatchObject({
      platform: 'wecom', id: '7001', chat: { kind: 'dm', id: STAFF.userId }, sender: { platformUserId: STAFF.userId }, text: '你好',
    });
  });

  it('answers 401, without detail, to a bad signature, and stores nothing', async () => {
    h = await startHarness(fake);
    const res = await postCallback(h.callback, h.secrets, text(LEAD.userId, REQUEST, '7002', h.clock.now()), h.clock.now(), { signWith: 'guessed' });
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('unauthorized');
    await expectNothingStored();
  });

  it('refuses a stale or future timestamp, and a payload encrypted for another corp', async () => {
    h = await startHarness(fake, { WECOM_MAX_SKEW_SECONDS: '60' });
    const now = Math.floor(h.clock.now().getTime() / 1000);
    expect((await postCallback(h.callback, h.secrets, text(LEAD.userId, REQUEST, '7003', h.clock.now()), h.clock.now(), { timestamp: now - 90 })).status).toBe(401);
    expect((await postCallback(h.callback, h.secrets, text(LEAD.userId, REQUEST, '7004', h.clock.now()), h.clock.now(), { timestamp: now + 90 })).status).toBe(401);
    expect((await postCallback(h.callback, h.secrets, text(LEAD.userId, REQUEST, '7005', h.clock.now()), h.clock.now(), { corpId: 'wwsomeoneelse' })).status).toBe(401);
    await expectNothingStored();
    expect((await postCallback(h.callback, h.secrets, text(LEAD.userId, '你好', '7006', h.clock.now()), h.clock.now(), { timestamp: now - 30 })).status).toBe(200);
  });

  it('acts once on a callback WeCom sends again, and on the same message after a restart', async () => {
    h = await startHarness(fake);
    const replay = callbackRequest(h.callback, h.secrets, text(LEAD.userId, REQUEST, '7010', h.clock.now()), h.clock.now());
    expect((await fetch(replay.url, replay.init)).status).toBe(200);
    expect((await fetch(replay.url, replay.init)).status).toBe(200);
    expect((await postCallback(h.callback, h.secrets, text(LEAD.userId, REQUEST, '7010', h.clock.now()), h.clock.now())).status).toBe(200);
    await h.restart();
    expect((await postCallback(h.callback, h.secrets, text(LEAD.userId, REQUEST, '7010', h.clock.now()), h.clock.now())).status).toBe(200);
    await quiesce(h);
    expect(h.app.store.inbox.count()).toBe(1);
    expect(h.app.store.requests.lastActiveBy(LEAD.id)?.id).toBe(1);
  });

  it('refuses XML with a DOCTYPE, a wrong content type and an oversized body', async () => {
    h = await startHarness(fake, { WECOM_BODY_LIMIT: '4096' });
    const doctype = '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]><xml><Encrypt>&x;</Encrypt></xml>';
    expect((await fetch(`${h.callback}?msg_signature=x&timestamp=1&nonce=1`, { method: 'POST', headers: { 'content-type': 'text/xml' }, body: doctype })).status).toBe(400);
    expect((await postCallback(h.callback, h.secrets, text(LEAD.userId, REQUEST, '7020', h.clock.now()), h.clock.now(), { contentType: 'application/json' })).status).toBe(415);
    expect((await postCallback(h.callback, h.secrets, text(LEAD.userId, 'x'.repeat(5000), '7021', h.clock.now()), h.clock.now())).status).toBe(413);
    await expectNothingStored();
  });

  it('ignores a callback for another application of the corp', async () => {
    h = await startHarness(fake);
    const other = textMessageXml({ corpId: fake.corpId, from: LEAD.userId, text: REQUEST, msgId: '7030', agentId: 1000099, at: h.clock.now() });
    expect((await postCallback(h.callback, h.secrets, other, h.clock.now())).status).toBe(200);
    await expectNothingStored();
  });
});
