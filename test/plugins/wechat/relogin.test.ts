// A logout and a re-login with new contact ids: attribution follows the remark, queued messages go out once.
import { afterEach, describe, expect, it } from 'vitest';
import { PLATFORM } from '../../../plugins/wechat/identity-sync.js';
import { deadlineText, settle, startHarness, waitFor, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('wechat re-login', () => {
  it('re-binds members by remark after the contact ids change, so a reply is attributed to the right member', async () => {
    h = await startHarness();
    const first = h.session;
    await h.login(first);
    expect(h.store.roster.identityOf('staff_zhang', PLATFORM)).toBe(first.zhang.id);
    first.lead.say(`请各社区${deadlineText()}前报送本月燃气隐患数和电路隐患数`).to(first.room);
    await waitFor(() => h!.store.collections.all().length > 0, 'the collection');
    await settle(h);

    await h.logout();
    const second = h.newSession();
    await h.login(second);
    expect(second.zhang.id).not.toBe(first.zhang.id);
    expect(h.store.roster.identityOf('staff_zhang', PLATFORM)).toBe(second.zhang.id);
    expect(h.store.roster.identityOf('staff_wang', PLATFORM)).toBe(second.wang.id);
    // The old session's ids no longer point at anyone.
    expect(h.store.roster.memberByIdentity(PLATFORM, first.zhang.id)).toBeNull();

    second.wang.say('燃气隐患数4，电路隐患数0').to(second.botUser);
    await waitFor(() => h!.store.pool.all().length >= 2, 'the values in the pool');
    expect(h.store.pool.all().map((v) => [v.unit, v.memberId])).toEqual([['heping', 'staff_wang'], ['heping', 'staff_wang']]);
    // The group is found again by its topic although its id changed.
    await waitFor(() => h!.said.find((s) => s.toId === second.wang.id), 'the private answer to the new contact');
  });

  it('leaves a member unbound when two contacts carry the same remark, and treats the sender as a stranger', async () => {
    h = await startHarness();
    const session = h.session;
    const twin = h.mocker.createContact({ name: '另一个张丽', alias: '幸福社区-张丽' });
    await h.login(session);
    expect(h.store.roster.identityOf('staff_zhang', PLATFORM)).toBeNull();
    expect(h.store.roster.memberByIdentity(PLATFORM, twin.id)).toBeNull();
    expect(h.store.roster.identityOf('staff_wang', PLATFORM)).toBe(session.wang.id);

    session.zhang.say('燃气隐患数3').to(session.botUser);
    await waitFor(() => h!.said.find((s) => s.toId === session.zhang.id && s.text.includes('绑定')), 'the stranger answer');
    expect(h.store.pool.all()).toHaveLength(0);
  });

  it('queues outbound messages during a logout and sends each once after the next login; admins hear of it elsewhere', async () => {
    h = await startHarness();
    await h.login(h.session);
    await h.logout();

    h.bot.outbound.say({ kind: 'channel' }, { text: '通知：离线期间发出的群消息' });
    h.bot.outbound.say({ kind: 'dm', memberId: 'staff_zhang' }, { text: '张丽你好：离线期间发出的私信' });
    // Several dispatcher rounds while logged out: nothing is lost, nothing fails, nothing is sent.
    await new Promise((r) => setTimeout(r, 400));
    await h.dispatcher.tick();
    expect(h.said.filter((s) => s.text.includes('离线期间'))).toHaveLength(0);
    expect(h.store.outbox.counts().filter((c) => c.platform === 'wechat' && c.status === 'failed')).toHaveLength(0);
    // The admin's alert is recorded in their DM thread (for other channels), and not queued for WeChat.
    const alert = h.store.messages.after({ kind: 'dm', memberId: 'admin_zhou' }, 0).find((l) => l.sender === 'bot' && l.text.includes('掉线'));
    expect(alert).toBeDefined();

    const next = h.newSession();
    await h.login(next);
    await waitFor(() => h!.said.filter((s) => s.text.includes('离线期间')).length >= 2, 'the queued messages');
    await new Promise((r) => setTimeout(r, 400));
    await h.dispatcher.tick();
    const delivered = h.said.filter((s) => s.text.includes('离线期间'));
    expect(delivered).toHaveLength(2);
    expect(delivered.find((s) => s.text.includes('群消息'))?.roomId).toBe(next.room.id);
    expect(delivered.find((s) => s.text.includes('私信'))?.toId).toBe(next.zhang.id);
    expect(h.said.some((s) => s.text.includes('掉线'))).toBe(false);
    expect(h.store.outbox.counts().find((c) => c.platform === 'wechat' && c.status === 'pending')).toBeUndefined();
  });
});
