// EXACT_FIGURE: the bot stores 约130户 and invites the exact figure; 准确是128户 / 准确数：户数128，人数203 give it. Before, 准确
// was read as a label naming nothing (no figure found) and 准确数： as a heading whose words joined 户数 (128 silently lost).
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-20', member: 'zt_jz' });

describe('the exact figure after an estimate', () => {
  it('准确是128户 replaces 约130户', () => {
    bot().send('lead_mz', 'channel', '各镇街：请于11月27日前报送11月低保户数。', { at: AT('09:00') });
    expect(dm('低保户数大概130户左右', AT('09:10'))).toContain('有准确数时直接回复即可更正');
    dm('核实了，准确是128户', AT('09:20'));
    expect(pool('dibao_households')).toBe(128);
  });

  it('准确数：户数128，人数203 replaces both estimates', () => {
    bot().send('lead_mz', 'channel', '各镇街：请于11月27日前报送11月低保户数、低保人数。', { at: AT('09:00') });
    dm('低保户数大概130户左右，人数200多', AT('09:10'));
    dm('准确数：户数128，人数203', AT('09:20'));
    expect(pool('dibao_households')).toBe(128);
    expect(pool('dibao_persons')).toBe(203);
  });
});
