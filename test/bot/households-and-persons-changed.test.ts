// HOUSEHOLDS_AND_PERSONS_CHANGED: 多了5户，人数多了9人 after 低保户数, 低保人数 and 冬春救助户数 were all reported: the change
// in 户 said beside the change of 低保人数 counts the households of the same group, 低保户数 (the only item of that group
// asked in 户). Alone, 多了5户 names no item: nothing is stored.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, dm } = useConversation({ day: '2026-11-24', member: 'zt_jz' });
const value = (field: string): unknown => bot().store.pool.get('zhutuo', field, '2026-11')?.value;

describe('a change in 户 beside a change in 人', () => {
  it('changes the households of the group whose persons changed', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月26日前报送本月低保户数、低保人数、冬春救助户数。', { at: '2026-11-23T09:00:00+08:00' });
    dm('低保户数120户，低保人数208人，冬春救助户数30户', AT('10:00'));
    dm('多了5户', AT('10:30'));
    expect(value('dibao_households')).toBe(120);
    expect(value('winter_aid_households')).toBe(30);
    const out = dm('多了5户，人数多了9人', AT('11:00'));
    expect(out).toContain('低保户数（2026年11月）：120户 → 125户');
    expect(out).toContain('低保人数（2026年11月）：208人 → 217人');
    expect(value('dibao_households')).toBe(125);
    expect(value('winter_aid_households')).toBe(30);
  });
});
