// DUE_DAY_IN_A_LISTING: the lead's listing for a notice whose items the bot could not read may carry its own due day
// (低保户数、特困人数，12月5日前报 / 截止12月5日 / 特困人数（12月5日前）): the items are the notice's, with its period and
// units, the due day is that request's deadline (the lead's later word over the notice's own), and the lead is told the
// deadline. Before, such a listing was read as a request of its own (不限期, the notice's period and title lost) and the
// notice still waited; a due day in brackets was dropped without a word.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-20' });

const notice = (due: string): string => ['【区民政局】关于开展2026年困难群众情况摸底调查的通知', '各镇人民政府、各街道办事处：',
  `为做好今冬明春困难群众救助工作，请各镇街组织开展摸底，${due}将调查情况报区民政局。`, '联系人：王明，电话：12345678'].join('\n');

function listed(due: string, listing: string): string {
  bot().send('lead_mz', 'channel', notice(due), { at: AT('09:00') });
  const sent = bot().send('lead_mz', 'channel', listing, { at: AT('09:10') });
  return sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');
}

describe('a listing with a due day of its own, after an unread notice', () => {
  for (const listing of ['低保户数、特困人数，12月5日前报', '要报低保户数和特困人数，截止12月5日', '低保户数、特困人数（12月5日前）']) {
    it(`${listing}: the notice's items, due 12月5日, and the lead told`, () => {
      const said = listed('', listing);
      const active = bot().store.requests.activeBy('lead_mz');
      expect(active).toHaveLength(1);
      const r = active[0]!;
      expect(r.fields.sort()).toEqual(['dibao_households', 'tekun_persons']);
      expect(r.period).toBe('2026');
      expect(r.title).toBe('关于开展2026年困难群众情况摸底调查的通知');
      expect(r.deadline?.toISOString()).toBe('2026-12-05T15:59:59.000Z');
      expect(bot().store.requests.all()[0]!.status).toBe('read');
      expect(said).toContain('截止时间为12月5日');
    });
  }

  it('over the notice\'s own due day: the listing\'s counts, and the lead is told both', () => {
    const said = listed('于11月30日前', '低保户数、特困人数，12月5日前报');
    const r = bot().store.requests.activeBy('lead_mz')[0]!;
    expect(r.deadline?.toISOString()).toBe('2026-12-05T15:59:59.000Z');
    expect(said).toContain('截止时间按你说的改为12月5日');
    expect(said).toContain('通知原写11月30日');
  });
});
