// What a lead says plainly after posting a request: 这个不用报了 withdraws it; 补充一下：低保人数不含… changes nothing (the
// item is asked already, and the lead hears so, not 已在 r1 加上); 导出 with no number exports the latest request's summary.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT } = useConversation({ day: '2026-11-23', member: 'zt_jz' });

const said = (sent: { out: Array<{ chat: string; text: string }> }, chat: string): string =>
  sent.out.filter((m) => m.chat === chat).map((m) => m.text).join('\n');

describe('a lead\'s plain follow-ups', () => {
  it('这个不用报了 withdraws the request', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    const sent = bot().send('lead_mz', 'channel', '这个不用报了，市里不要了', { at: AT('09:10') });
    expect(said(sent, 'channel')).toContain('已撤回 r1');
    expect(bot().store.requests.activeBy('lead_mz')).toHaveLength(0);
  });

  it('a note on an item asked already adds nothing, and says so', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    const sent = bot().send('lead_mz', 'channel', '补充一下：低保人数不含分散供养特困人员', { at: AT('09:10') });
    expect(said(sent, 'channel')).toBe('r1 已经包含低保人数，没有改动。');
    expect(bot().store.requests.activeBy('lead_mz')[0]!.fields).toEqual(['dibao_households', 'dibao_persons']);
  });

  it('导出 alone exports the latest request\'s summary', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    const sent = bot().send('lead_mz', 'dm', '导出', { at: AT('09:10') });
    expect(said(sent, 'dm:lead_mz')).toMatch(/^汇总 c1（2026年11月）导出/);
  });

  it('发一下汇总表 / 汇总表发我 export it too (EXPORT_ASKED); 发一下 alone does not', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    expect(said(bot().send('lead_mz', 'dm', '发一下汇总表', { at: AT('09:10') }), 'dm:lead_mz')).toMatch(/^汇总 c1（2026年11月）导出/);
    expect(said(bot().send('lead_mz', 'dm', '把汇总表发我', { at: AT('09:20') }), 'dm:lead_mz')).toMatch(/^汇总 c1（2026年11月）导出/);
    expect(said(bot().send('lead_mz', 'dm', '发一下', { at: AT('09:30') }), 'dm:lead_mz')).not.toMatch(/^汇总 c1/);
  });

  it('a query before any figure came in names the period asked, not 不限期 (PERIOD_OF_THE_OPEN_ASK)', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    const sent = bot().send('lead_mz', 'dm', '朱沱镇低保户数多少', { at: AT('09:10') });
    expect(said(sent, 'dm:lead_mz')).toBe('数据池里还没有朱沱镇2026年11月的低保户数（已在收集中，还没有报上来）。');
  });
});
