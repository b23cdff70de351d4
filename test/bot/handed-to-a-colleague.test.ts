// HANDED_TO_A_COLLEAGUE: 低保这块不归我管，是曾强在负责 got "no data found". The colleague of the same unit is now told what
// the unit owes, and the clerk hears so; the colleague's figures answer the unit's asks.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm } = useConversation({ day: '2026-11-23', member: 'zt_jz' });

describe('a clerk handing the reporting to a colleague', () => {
  it('tells the colleague what the unit owes, and the clerk who was told', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    const sent = bot().send('zt_jz', 'dm', '低保这块不归我管，是曾强在负责', { at: AT('09:10') });
    expect(sent.out.find((m) => m.chat === 'dm:zt_jz')?.text).toContain('已私信曾强');
    const told = sent.out.find((m) => m.chat === 'dm:zt_js')?.text ?? '';
    expect(told).toContain('胡晓燕说朱沱镇的以下数据由你报送');
    expect(told).toContain('低保户数、低保人数');
    bot().send('zt_js', 'dm', '低保户数132户，低保人数208人', { at: AT('09:20') });
    expect(dm('谢谢', AT('09:30'))).not.toContain('还差');
  });

  it('is not said when no colleague is named (the lead is told instead: NOT_MY_ITEM)', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    const said = dm('低保这块不归我管', AT('09:10'));
    expect(said).not.toContain('已私信');
    expect(said).toContain('已转告发布需求的部门负责人');
  });

  it('does not call the lead when a colleague is named', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    const sent = bot().send('zt_jz', 'dm', '低保这块不归我管，是曾强在负责', { at: AT('09:10') });
    expect(sent.out.filter((m) => m.chat === 'channel')).toEqual([]);
  });
});
