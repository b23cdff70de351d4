// 关于开展…摸底调查的通知 to the towns with a due day, but no item the bot can read: nothing is invented and no unit is
// asked; the lead hears one short question asking to list the items, and the notice is kept (not registered as a request).
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-20' });

const NOTICE = ['【区民政局】关于开展2026年困难群众情况摸底调查的通知', '各镇人民政府、各街道办事处：',
  '为做好今冬明春困难群众救助工作，请各镇街组织开展摸底，于11月30日前将调查情况报区民政局。', '联系人：王明，电话：12345678'].join('\n');

describe('a notice whose items are not read', () => {
  it('asks the lead to list the items, asks no unit and registers nothing', () => {
    const sent = bot().send('lead_mz', 'channel', NOTICE, { at: AT('09:00') });
    const said = sent.out.filter((m) => m.chat === 'channel').map((m) => m.text);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/没认出要报哪些项目.*请列出要报的项目/s);
    expect(sent.out.filter((m) => m.chat !== 'channel')).toEqual([]);
    const kept = bot().store.requests.all();
    expect(kept.map((r) => [r.status, r.fields.length])).toEqual([['unread', 0]]);
    expect(bot().store.requests.lastActiveBy('lead_mz')).toBeUndefined();
  });
});
