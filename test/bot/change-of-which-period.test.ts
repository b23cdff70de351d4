// CHANGE_OF_WHICH_PERIOD: 10月 reported (205人), 11月 asked, then 户数没变，人数多了3个 — it corrected 10月 to 208 (a right figure
// made wrong) and left 11月's 户数 unread. Now 11月's 户数 is 10月's, 10月 stays, and 11月's 人数 is asked for.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-20', member: 'zt_jz' });

describe('a plain change with last month reported and this month open', () => {
  it('corrects nothing and asks for this month\'s figure', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月21日前报送10月低保户数、低保人数。', { at: AT('09:00') });
    dm('10月低保户数130，人数205', AT('09:10'));
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月27日前报送本月低保户数、低保人数。', { at: AT('09:20') });
    const said = dm('户数没变，人数多了3个', AT('09:30'));
    expect(pool('dibao_persons', '2026-10')).toBe(205);
    expect(pool('dibao_households', '2026-11')).toBe(130);
    expect(pool('dibao_persons', '2026-11')).toBeUndefined();
    expect(said).toContain('请直接回复2026年11月低保人数的数字');
  });
});
