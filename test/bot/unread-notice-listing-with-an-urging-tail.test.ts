// NO_ITEM_WORD: while an unread notice waits for its items, a listing that ends in a word to the units (低保户数，请大家抓紧 /
// 低保户数、特困人数，谢谢) is a listing: the items are taken and the tail left, never named back as an unknown item. A
// piece that names an item the dictionary does not know (困难群众户数) still takes nothing and is named. Before, the bot
// answered 「请大家抓紧」不是已有数据项的名称 and took nothing.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-20' });

const NOTICE = ['【区民政局】关于开展2026年困难群众情况摸底调查的通知', '各镇人民政府、各街道办事处：',
  '为做好今冬明春困难群众救助工作，请各镇街组织开展摸底，于11月30日前将调查情况报区民政局。'].join('\n');

const channel = (sent: { out: Array<{ chat: string; text: string }> }): string =>
  sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');

describe('a listing with an urging tail for an unread notice', () => {
  for (const listing of ['低保户数，请大家抓紧', '低保户数、特困人数，谢谢！']) {
    it(`${listing} takes the items and leaves the tail`, () => {
      bot().send('lead_mz', 'channel', NOTICE, { at: AT('09:00') });
      const said = channel(bot().send('lead_mz', 'channel', listing, { at: AT('09:10') }));
      expect(said).not.toContain('不是已有数据项的名称');
      expect(said).toContain('要报的项目');
      expect(bot().store.requests.activeBy('lead_mz')[0]!.fields).toContain('dibao_households');
    });
  }

  it('an unknown item beside the tail is still named and nothing is taken', () => {
    bot().send('lead_mz', 'channel', NOTICE, { at: AT('09:00') });
    const sent = bot().send('lead_mz', 'channel', '低保户数、困难群众户数，请大家抓紧', { at: AT('09:10') });
    expect(channel(sent)).toContain('「困难群众户数」不是已有数据项的名称');
    expect(channel(sent)).not.toContain('请大家抓紧」');
    expect(bot().store.requests.all().map((r) => r.status)).toEqual(['unread']);
  });
});
