// LEAD_QUERY / QUERY_NOT_A_LISTING: while a notice whose items the bot could not read waits for them, the lead's query
// in the channel (查询 本月 低保户数 / 低保户数报了多少), without an @ to the bot, is answered from the pool and is never taken
// as the notice's items: a query hands nothing in and asks for figures. The notice keeps waiting (the lead is told so,
// the bot's last word to them having been its question for the items), and a listing sent after it is still taken.
// Before, 查询 本月 低保户数 became the notice's one item (for this month), and 低保户数报了多少 got no answer at all.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-20' });

const NOTICE = ['【区民政局】关于开展2026年困难群众情况摸底调查的通知', '各镇人民政府、各街道办事处：',
  '为做好今冬明春困难群众救助工作，请各镇街组织开展摸底，于11月30日前将调查情况报区民政局。'].join('\n');

const channel = (sent: { out: Array<{ chat: string; text: string }> }): string =>
  sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');

describe('a lead\'s query while a notice waits for its items', () => {
  for (const query of ['查询 本月 低保户数', '低保户数报了多少', '本月低保户数是多少？']) {
    it(`answers ${query} and keeps the notice waiting`, () => {
      bot().send('lead_mz', 'channel', NOTICE, { at: AT('09:00') });
      const sent = bot().send('lead_mz', 'channel', query, { at: AT('09:10') });
      const said = channel(sent);
      expect(said).toContain('低保户数');
      expect(said).toContain('数据池');
      expect(said).toContain('仍在等你列出要报的项目');
      expect(said).not.toContain('已登记');
      expect(bot().store.requests.all().map((r) => r.status)).toEqual(['unread']);
      expect(sent.out.some((m) => m.chat.startsWith('dm:'))).toBe(false);
    });
  }

  it('answers with the figures the pool holds', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街11月25日前报送本月低保户数。', { at: AT('08:00') });
    bot().send('sll_jz', 'dm', '低保户数120户', { at: AT('08:30') });
    bot().send('lead_mz', 'channel', NOTICE, { at: AT('09:00') });
    const said = channel(bot().send('lead_mz', 'channel', '查询 本月 低保户数', { at: AT('09:10') }));
    expect(said).toContain('胜利路街道：120户');
    expect(bot().store.requests.all().map((r) => r.status)).toContain('unread');
  });

  it('still takes the listing sent after the query', () => {
    bot().send('lead_mz', 'channel', NOTICE, { at: AT('09:00') });
    bot().send('lead_mz', 'channel', '查询 本月 低保户数', { at: AT('09:10') });
    const said = channel(bot().send('lead_mz', 'channel', '低保户数、特困人数', { at: AT('09:20') }));
    expect(said).toContain('已登记 r2：关于开展2026年困难群众情况摸底调查的通知');
    expect(bot().store.requests.activeBy('lead_mz')[0]!.fields.sort()).toEqual(['dibao_households', 'tekun_persons']);
  });
});
