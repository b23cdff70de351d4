// Once a question back about a figure's period is settled, a clause that names the other period it offered and gives a
// figure alone is the same item's figure for that period (fresh7 二圣: “1,240人次”是哪个时期的老年助餐服务人次：10月还是
// 11月？ → 是11月的，10月是1,180人次, where a bare 人次 figure would fit two items open for October).
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-24', member: 'sll_jz' });
const TWO_MONTHS = '【区民政局】请各镇街于11月27日前分别报送10月和11月的低保户数、低保人数。';

describe('the other period\'s figure after a period question is settled', () => {
  it('is the item asked about, for the period the clause names', () => {
    bot().send('lead_mz', 'channel', TWO_MONTHS, { at: AT('09:00') });
    expect(dm('低保户数123户', AT('10:00'))).toMatch(/哪个时期/);
    dm('是11月的，10月是118', AT('10:05'));
    expect(pool('dibao_households', '2026-11')).toBe(123);
    expect(pool('dibao_households', '2026-10')).toBe(118);
    expect(pool('dibao_persons', '2026-10')).toBeUndefined();
  });

  it('a clause naming an item is read as a report of its own', () => {
    bot().send('lead_mz', 'channel', TWO_MONTHS, { at: AT('09:00') });
    dm('低保户数123户', AT('10:00'));
    dm('是11月的，10月低保人数是230人', AT('10:05'));
    expect(pool('dibao_households', '2026-10')).toBeUndefined();
    expect(pool('dibao_persons', '2026-10')).toBe(230);
  });
});
