// ONE_FIGURE_STILL_AWAITED: after 低保户数128 the bot says 还差：低保人数; 203 alone, with no measure word and nothing said of a
// correction, answers that one count (it was neither stored nor asked about). With both counts waiting it is still asked.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-20', member: 'zt_jz' });
const ask = () => bot().send('lead_mz', 'channel', '各镇街：请于11月27日前报送11月低保户数、低保人数。', { at: AT('09:00') });

describe('a bare figure when one count is still awaited', () => {
  it('is that count', () => {
    ask();
    dm('低保户数128', AT('09:10'));
    dm('203', AT('09:20'));
    expect(pool('dibao_persons')).toBe(203);
    expect(pool('dibao_households')).toBe(128);
  });

  it('with two counts awaited, is asked about', () => {
    ask();
    const said = dm('203', AT('09:10'));
    expect(said).toContain('是低保户数还是低保人数');
    expect(pool('dibao_persons')).toBeUndefined();
  });
});
