// LISTING_ANSWERS: while a notice whose items the bot could not read waits for them, only the lead's message that lists
// items the dictionary knows, and nothing else, is taken as its items, and the bot says what it took. A short message on
// a new topic that names an item (特困人数的表格格式有变化，请大家注意) is no answer: the notice still waits. A listing with a
// piece the dictionary does not know takes nothing and says which. Before, any message naming an item was taken (the
// new topic became the notice's one item), and 困难群众户数 was dropped from a listing unsaid.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-20' });

const NOTICE = ['【区民政局】关于开展2026年困难群众情况摸底调查的通知', '各镇人民政府、各街道办事处：',
  '为做好今冬明春困难群众救助工作，请各镇街组织开展摸底，于11月30日前将调查情况报区民政局。'].join('\n');

const channel = (sent: { out: Array<{ chat: string; text: string }> }): string =>
  sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');

describe('an unread notice waiting for its items', () => {
  it('does not take a new topic that names an item', () => {
    bot().send('lead_mz', 'channel', NOTICE, { at: AT('09:00') });
    const sent = bot().send('lead_mz', 'channel', '特困人数的表格格式有变化，请大家注意', { at: AT('09:10') });
    expect(channel(sent)).not.toContain('已登记');
    expect(bot().store.requests.all().map((r) => r.status)).toEqual(['unread']);
    expect(sent.out.some((m) => m.chat.startsWith('dm:'))).toBe(false);
  });

  it('takes a listing of known items and says what it took', () => {
    bot().send('lead_mz', 'channel', NOTICE, { at: AT('09:00') });
    const said = channel(bot().send('lead_mz', 'channel', '1.低保户数\n2.特困人数', { at: AT('09:10') }));
    expect(said).toContain('已登记 r2：关于开展2026年困难群众情况摸底调查的通知');
    expect(said).toContain('你列出的低保户数、特困供养人数已作为“关于开展2026年困难群众情况摸底调查的通知”要报的项目');
    expect(bot().store.requests.activeBy('lead_mz')[0]!.fields.sort()).toEqual(['dibao_households', 'tekun_persons']);
  });

  it('takes nothing from a listing with an item the dictionary does not know, and says which', () => {
    bot().send('lead_mz', 'channel', NOTICE, { at: AT('09:00') });
    const sent = bot().send('lead_mz', 'channel', '低保户数、困难群众户数', { at: AT('09:10') });
    expect(channel(sent)).toContain('「困难群众户数」不是已有数据项的名称');
    expect(bot().store.requests.all().map((r) => r.status)).toEqual(['unread']);
    expect(sent.out.some((m) => m.chat.startsWith('dm:'))).toBe(false);
  });
});
