// A lead's request in the WeChat group, the bot's answer in the group, staff answers by private chat and by @-mention.
import { afterEach, describe, expect, it } from 'vitest';
import { deadlineText, roomSays, settle, startHarness, waitFor, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const REQUEST = (): string => `请各社区${deadlineText()}前报送本月燃气隐患数和电路隐患数`;

describe('wechat adapter over the real wechaty (mock puppet)', () => {
  it('turns a request in the group into a collection, confirms it in the group, and takes a private reply', async () => {
    h = await startHarness();
    await h.login(h.session);
    const { lead, zhang, room, botUser } = h.session;

    lead.say(REQUEST()).to(room);
    const confirmation = await waitFor(() => (h!.store.requests.all().length > 0 ? roomSays(h!, '燃气隐患数')[0] : undefined), 'the confirmation in the room');
    const request = h.store.requests.all()[0]!;
    expect(request.department).toBe('yingji');
    expect(request.targets.sort()).toEqual(['heping', 'xingfu']);
    // The confirmation @-mentions the lead by the name WeChat shows for them.
    expect(confirmation.text.startsWith('@冬天')).toBe(true);

    zhang.say('燃气隐患数3，电路隐患数2').to(botUser);
    await waitFor(() => h!.store.pool.all().length >= 2, 'the values in the pool');
    const values = h.store.pool.all().map((v) => ({ unit: v.unit, field: v.field, value: v.value, member: v.memberId }));
    expect(values).toEqual(expect.arrayContaining([
      { unit: 'xingfu', field: 'gas_hazards', value: 3, member: 'staff_zhang' },
      { unit: 'xingfu', field: 'electrical_hazards', value: 2, member: 'staff_zhang' },
    ]));
    // The bot's answer goes back to her private chat, not the group.
    await waitFor(() => h!.said.find((s) => s.toId === zhang.id && s.roomId === null), 'the private answer');
  });

  it('takes an @-mention reply in the group and ignores the same text without the mention', async () => {
    h = await startHarness();
    await h.login(h.session);
    const { lead, wang, room, botUser } = h.session;
    lead.say(REQUEST()).to(room);
    await waitFor(() => h!.store.collections.all().length > 0, 'the collection');
    await settle(h);

    wang.say('燃气隐患数7 电路隐患数1').to(room);
    await settle(h);
    expect(h.store.pool.all()).toHaveLength(0);

    const inRoom = (): number => h!.said.filter((s) => s.roomId === room.id).length;
    const roomBefore = inRoom();
    wang.say('@一表通 燃气隐患数7 电路隐患数1', [botUser]).to(room);
    await waitFor(() => h!.store.pool.all().length >= 2, 'the values in the pool');
    expect(h.store.pool.all().map((v) => [v.unit, v.field, v.value, v.memberId]).sort()).toEqual([
      ['heping', 'electrical_hazards', 1, 'staff_wang'],
      ['heping', 'gas_hazards', 7, 'staff_wang'],
    ]);
    // The inbox holds the text without the bot's @-name, flagged as addressed to the bot.
    const row = h.store.inbox.get(h.store.inbox.count())!;
    expect(row.message).toMatchObject({ text: '燃气隐患数7 电路隐患数1', mentionsBot: true, chat: { kind: 'channel' } });
    // The bot answers in the group.
    await waitFor(() => inRoom() > roomBefore, 'the answer in the room');
  });

  it('ignores other groups and the bot\'s own messages', async () => {
    h = await startHarness();
    await h.login(h.session);
    const { lead, admin, zhang, botUser } = h.session;
    const other = h.mocker.createRoom({ id: 'other@chatroom', topic: '别的群', memberIdList: [botUser.id, lead.id, admin.id, zhang.id] });
    lead.say(REQUEST()).to(other);
    botUser.say(REQUEST()).to(h.session.room);
    await new Promise((r) => setTimeout(r, 300));
    await settle(h);
    expect(h.store.inbox.count()).toBe(0);
    expect(h.store.requests.all()).toHaveLength(0);
  });

  it('@-mentions members in the group and splits a long text at line boundaries', async () => {
    h = await startHarness({ maxTextChars: 200 });
    await h.login(h.session);
    const lines = Array.from({ length: 30 }, (_, i) => `第${i + 1}项：已收到`);
    h.bot.outbound.say({ kind: 'channel' }, { text: lines.join('\n'), mentions: ['staff_zhang', 'staff_wang'] });
    await waitFor(() => h!.said.filter((s) => s.roomId === h!.session.room.id).length >= 2, 'the chunks in the room');
    await settle(h);
    const chunks = h.said.filter((s) => s.roomId === h!.session.room.id).map((s) => s.text);
    expect(chunks[0]!.startsWith('@丽丽\u2005@强子 第1项')).toBe(true);
    expect(chunks.slice(1).every((t) => !t.includes('@'))).toBe(true);
    const body = [chunks[0]!.replace('@丽丽\u2005@强子 ', ''), ...chunks.slice(1)].join('\n');
    expect(body.split('\n')).toEqual(lines);
  });

  it('sends an attached file after its text', async () => {
    h = await startHarness();
    await h.login(h.session);
    h.bot.outbound.say({ kind: 'channel' }, { text: '导出文件如下', file: { name: 'export.txt', content: Buffer.from('a,b'), mime: 'text/plain' } });
    await waitFor(() => h!.said.filter((s) => s.roomId === h!.session.room.id).length >= 2, 'the text and the file');
    const [text, file] = h.said.filter((s) => s.roomId === h!.session.room.id);
    expect(text!.text).toBe('导出文件如下');
    expect(file!.text).not.toBe('导出文件如下');
  });
});
