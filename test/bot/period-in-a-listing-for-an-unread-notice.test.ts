// PERIOD_IN_A_LISTING: while a notice whose items the bot could not read waits for them, the lead's listing that names a
// period of its own (请报送2026年11月的低保户数、特困人数 / 低保户数、特困人数（第三季度）) answers the bot's question when
// that question is the bot's last word to the lead: the items are the notice's, the listing's period is the request's,
// and the lead is told so (时期为2026年11月（通知原写2026年度）). Before, a listing read as a request (a period and an ask
// of its own) was registered as a new request and the notice went on waiting, and a listing without an ask lost its
// period unsaid (the notice's year was asked). When the bot has since answered the lead on something else, such a
// message is a request of its own, as before.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-20' });

const NOTICE = ['【区民政局】关于开展2026年困难群众情况摸底调查的通知', '各镇人民政府、各街道办事处：',
  '为做好今冬明春困难群众救助工作，请各镇街组织开展摸底，于11月30日前将调查情况报区民政局。'].join('\n');
const TITLE = '关于开展2026年困难群众情况摸底调查的通知';

const channel = (sent: { out: Array<{ chat: string; text: string }> }): string =>
  sent.out.filter((m) => m.chat === 'channel').map((m) => m.text).join('\n');

describe('a listing with a period of its own, after the bot asked for an unread notice\'s items', () => {
  for (const [listing, period, said] of [
    ['请报送2026年11月的低保户数、特困人数', '2026-11', '2026年11月'],
    ['低保户数、特困人数，报11月的', '2026-11', '2026年11月'],
    ['低保户数、特困人数（第三季度）', '2026-Q3', '2026年第三季度'],
    ['2026年10月低保户数、特困人数', '2026-10', '2026年10月'],
  ] as const) {
    it(`${listing}: the notice's items, for ${said}, said back`, () => {
      bot().send('lead_mz', 'channel', NOTICE, { at: AT('09:00') });
      const out = channel(bot().send('lead_mz', 'channel', listing, { at: AT('09:10') }));
      expect(out).toContain(`已登记 r2：${TITLE}`);
      expect(out).toContain(`你列出的低保户数、特困供养人数已作为“${TITLE}”要报的项目，时期为${said}（通知原写2026年度）`);
      const rows = bot().store.requests.all();
      expect(rows.map((r) => [r.status, r.title, r.period])).toEqual([['read', TITLE, '2026'], ['active', TITLE, period]]);
      expect(rows[1]!.deadline).toEqual(rows[0]!.deadline);
      expect(rows[1]!.fields.sort()).toEqual(['dibao_households', 'tekun_persons']);
    });
  }

  it('after the bot has answered the lead on something else, it is a request of its own', () => {
    bot().send('lead_mz', 'channel', NOTICE, { at: AT('09:00') });
    bot().send('lead_mz', 'channel', '截止改为12月2日', { at: AT('09:05') });
    const out = channel(bot().send('lead_mz', 'channel', '请报送2026年11月的低保户数、特困人数', { at: AT('09:10') }));
    expect(out).not.toContain('你列出的');
    expect(bot().store.requests.all().map((r) => [r.status, r.period])).toEqual([['unread', '2026'], ['active', '2026-11']]);
  });

  it('a listing naming no period keeps the notice\'s, unsaid', () => {
    bot().send('lead_mz', 'channel', NOTICE, { at: AT('09:00') });
    const out = channel(bot().send('lead_mz', 'channel', '低保户数、特困人数', { at: AT('09:10') }));
    expect(out).not.toContain('时期为');
    expect(bot().store.requests.all().map((r) => r.period)).toEqual(['2026', '2026']);
  });
});
