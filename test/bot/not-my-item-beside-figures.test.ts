// NOT_MY_ITEM_BESIDE_FIGURES: 特困是18人，低保不归我管 stored 18 and said nothing of 低保 — the lead never heard the item had no
// reporter. The figures are stored, and the words saying the other item is not the reporter's go to the lead, as alone.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const REQUEST = '【区民政局】请各镇街于11月30日前报送本月低保户数、特困供养人数。';
const { bot, AT, pool } = useConversation({ day: '2026-11-23', member: 'zt_jz' });

describe('an item said not to be the reporter\'s beside figures', () => {
  it('stores the figures and tells the lead of the rest', () => {
    bot().send('lead_mz', 'channel', REQUEST, { at: AT('09:00') });
    const sent = bot().send('zt_jz', 'dm', '低保不归我管，是农服中心在发，特困是18人', { at: AT('09:10') });
    expect(pool('tekun_persons')).toBe(18);
    const told = sent.out.find((m) => m.chat === 'channel')?.text ?? '';
    expect(told).toContain('低保不归我管，是农服中心在发');
    expect(told).not.toContain('18');
    expect(sent.out.find((m) => m.chat === 'dm:zt_jz')?.text).toContain('已转告发布需求的部门负责人');
  });

  it('calls no one when the reply only gives figures', () => {
    bot().send('lead_mz', 'channel', REQUEST, { at: AT('09:00') });
    const sent = bot().send('zt_jz', 'dm', '低保户120户，特困是18人', { at: AT('09:10') });
    expect(sent.out.filter((m) => m.chat === 'channel' && m.text.includes('说：'))).toEqual([]);
  });
});
