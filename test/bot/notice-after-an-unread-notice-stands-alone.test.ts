// While the bot waits for the items of a notice it could not read, the same lead's next notice (a title, an addressee
// line) is a notice of its own: it is not taken as the waiting notice's items, whose question stays open.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-20' });

const UNREAD = ['【区民政局】关于开展2026年困难群众情况摸底调查的通知', '各镇人民政府、各街道办事处：',
  '为做好今冬明春困难群众救助工作，请各镇街组织开展摸底，于11月30日前将调查情况报区民政局。'].join('\n');
const NEXT = ['【区民政局】关于报送百岁老人情况的通知', '各镇人民政府、各街道办事处：', '请各镇街报送辖区百岁老人人数。'].join('\n');

describe('a notice of its own after an unread one', () => {
  it('is registered by itself, and the unread notice still waits', () => {
    bot().send('lead_mz', 'channel', UNREAD, { at: AT('09:00') });
    const sent = bot().send('lead_mz', 'channel', NEXT, { at: AT('09:10') });
    const rows = bot().store.requests.all();
    expect(rows.map((r) => r.status)).toEqual(['unread', 'active']);
    expect(rows[1]!.messageId).not.toBe(rows[0]!.messageId);
    expect(rows[1]!.deadline).toBeNull();
    expect(sent.out.find((m) => m.chat === 'channel')?.text).toMatch(/已登记 r2：关于报送百岁老人情况的通知/);
  });
});
