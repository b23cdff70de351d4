// 低保户数128, then 人数等下报 (the figure will come later), then 203: 等下报 says when, so 人数等下报 is no list of names waiting
// for figures, and 203 alone answers the one count still awaited. Before, the bot asked for "人数等下报的数" in order and then
// refused 203 as not matching it.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-20', member: 'zt_jz' });

describe('a figure promised for later, then given bare', () => {
  it('人数等下报 is taken as a promise, and 203 as 低保人数', () => {
    bot().send('lead_mz', 'channel', '各镇街：请于11月27日前报送11月低保户数、低保人数。', { at: AT('09:00') });
    dm('低保户数128', AT('09:10'));
    const promised = dm('人数等下报', AT('09:12'));
    expect(promised).not.toContain('按顺序');
    dm('203', AT('09:15'));
    expect(pool('dibao_households')).toBe(128);
    expect(pool('dibao_persons')).toBe(203);
  });
});
