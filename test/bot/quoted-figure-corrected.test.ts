// QUOTED_FIGURE_CORRECTED through the bot: 208不对，应该是211 after 低保户数132户，低保人数208人 corrects 低保人数 (the lead
// gets the correction notice, the old figure is kept in the history). Before, it was "no data found" and 208 stayed.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST } from '../support/harness.js';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-23', member: 'zt_jz' });

describe('a correction that quotes the wrong figure', () => {
  it('corrects the item whose figure it quotes, and tells the lead', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST, { at: AT('09:00') });
    dm('低保户数132户，低保人数208人', AT('09:10'));
    const sent = bot().send('zt_jz', 'dm', '不好意思，208是上个月的，这个月是211', { at: AT('09:20') });
    expect(pool('dibao_persons')).toBe(211);
    expect(pool('dibao_households')).toBe(132);
    expect(sent.out.find((m) => m.chat === 'dm:zt_jz')?.text).toContain('208人 → 211人');
    expect(sent.out.find((m) => m.chat === 'dm:lead_mz')?.text).toContain('由 208人 改为 211人');
    expect(bot().store.pool.history('zhutuo', 'dibao_persons', '2026-11').map((v) => v.value)).toEqual([208, 211]);
  });
});
