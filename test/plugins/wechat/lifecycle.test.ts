// Login lifecycle: the QR code at /wechat/qr, status in the plugin's health, offline replay kept but not acted on.
import { afterEach, describe, expect, it } from 'vitest';
import { types } from 'wechaty';
import { deadlineText, settle, startHarness, waitFor, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function wechatHealth(h: Harness): Record<string, unknown> {
  return (h.host.info('wechat')!.health as { wechat: Record<string, unknown> }).wechat;
}

describe('wechat login lifecycle', () => {
  it('shows the QR payload at /wechat/qr and the login state in health', async () => {
    h = await startHarness();
    const app = h.host.mounts.get('/wechat')!;
    h.mocker.scan('https://login.weixin.qq.com/l/test-qr', types.ScanStatus.Waiting);
    await waitFor(() => h!.adapter.state.status === 'waiting-scan', 'the scan state');
    const waiting = await (await app.request('/wechat/qr')).json() as Record<string, unknown>;
    expect(waiting).toMatchObject({ status: 'waiting-scan', qrcode: 'https://login.weixin.qq.com/l/test-qr' });

    await h.login(h.session);
    const loggedIn = await (await app.request('/wechat/qr')).json() as Record<string, unknown>;
    expect(loggedIn).toMatchObject({ status: 'logged-in', qrcode: null, user: '一表通', logins: 1 });
    expect(wechatHealth(h)).toMatchObject({ status: 'logged-in', online: true, room: { id: h.session.room.id } });

    await h.logout();
    expect(wechatHealth(h)).toMatchObject({ status: 'logged-out', online: false, logouts: 1 });
  });

  it('serves the QR only to this machine, or with the admin token when one is set', async () => {
    h = await startHarness({}, { adminToken: 'a-very-long-admin-token' });
    const app = h.host.mounts.get('/wechat')!;
    expect((await app.request('/wechat/qr')).status).toBe(403);
    const ok = await app.request('/wechat/qr', { headers: { authorization: 'Bearer a-very-long-admin-token' } });
    expect(ok.status).toBe(200);
    await h.close();

    h = await startHarness();
    const open = h.host.mounts.get('/wechat')!;
    const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
    expect((await open.request('/wechat/qr', {}, from('127.0.0.1'))).status).toBe(200);
    expect((await open.request('/wechat/qr', {}, from('10.1.2.3'))).status).toBe(403);
  });

  it('stores messages replayed from before the start without acting on them', async () => {
    h = await startHarness();
    await h.login(h.session);
    const { lead, room } = h.session;
    const old = h.mocker.MessageMock.create({
      id: 'replayed-1', talkerId: lead.id, roomId: room.id, mentionIdList: [], timestamp: Date.now() - 3 * 3600_000,
      type: types.Message.Text, text: `请各社区${deadlineText()}前报送本月燃气隐患数和电路隐患数`,
    });
    h.puppet.emit('message', { messageId: old.id });
    await waitFor(() => h!.store.inbox.has('wechat', 'replayed-1'), 'the replayed message in the inbox');
    await settle(h);
    const rows = Array.from({ length: h.store.inbox.count() }, (_, i) => h!.store.inbox.get(i + 1));
    const row = rows.find((r) => r?.message.id === 'replayed-1')!;
    expect(row.status).toBe('done');
    expect(h.store.requests.all()).toHaveLength(0);
    expect(h.said).toHaveLength(0);

    // The same text sent now is acted on.
    lead.say(`请各社区${deadlineText()}前报送本月燃气隐患数和电路隐患数`).to(room);
    await waitFor(() => h!.store.requests.all().length === 1, 'the live request');
  });

  it('restarts a puppet that stops answering', async () => {
    h = await startHarness({ heartbeatTimeoutMs: 200 });
    await h.login(h.session);
    // The mock answers a ding only after a second: the watchdog gives up first and restarts the puppet.
    await waitFor(() => h!.adapter.state.snapshot().restarts >= 1, 'a watchdog restart', 5000);
    expect(wechatHealth(h)).toMatchObject({ online: false });
  });
});
