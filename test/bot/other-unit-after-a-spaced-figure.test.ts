// UNIT_AFTER_A_SPACED_FIGURE: 朱沱镇低保户数128户 松溉镇低保户数96户 from 朱沱镇's clerk — a space after a figure and its
// measure word parts the clauses as a comma does. Read as one clause, 松溉镇's 96 was stored as 朱沱镇's (a wrong figure).
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, dm, pool } = useConversation({ day: '2026-11-20', member: 'zt_jz' });

describe('another unit named after a spaced figure', () => {
  it('keeps the own figure and leaves the other unit\'s', () => {
    bot().send('lead_mz', 'channel', '各镇街：请于11月27日前报送11月低保户数、低保人数。', { at: AT('09:00') });
    const said = dm('朱沱镇低保户数128户 松溉镇低保户数96户', AT('09:10'));
    expect(pool('dibao_households')).toBe(128);
    expect(said).toContain('松溉镇的数没有记录');
  });

  it('in a run with both items', () => {
    bot().send('lead_mz', 'channel', '各镇街：请于11月27日前报送11月低保户数、低保人数。', { at: AT('09:00') });
    dm('朱沱镇 低保户数128户 低保人数203人 松溉镇 低保户数96户 低保人数150人', AT('09:10'));
    expect(pool('dibao_households')).toBe(128);
    expect(pool('dibao_persons')).toBe(203);
  });
});
