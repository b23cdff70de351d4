// A figure held because its measure word contradicts the item (“30户”是30人吗？) is confirmed by saying what the measure
// stands for: 30户就是30个孩子，一户一个 (fresh9 桂香 结对帮扶). Said with another number, it confirms nothing.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, dm } = useConversation({ day: '2026-11-23', member: 'zt_jz' });
const PERSONS_ONLY = '【区民政局】请各镇街于11月26日前报送本月留守儿童人数。';

const pool = () => bot().store.pool.get('zhutuo', 'left_behind_children', '2026-11')?.value;

describe('a held figure confirmed by an equation', () => {
  it('30户就是30个孩子，一户一个 confirms 30', () => {
    bot().send('lead_mz', 'channel', PERSONS_ONLY, { at: AT('09:00') });
    expect(dm('留守儿童人数30户', AT('10:00'))).toMatch(/确认/);
    expect(pool()).toBeUndefined();
    dm('30户就是30个孩子，一户一个', AT('10:30'));
    expect(pool()).toBe(30);
  });

  it('30户就是60个孩子 confirms nothing', () => {
    bot().send('lead_mz', 'channel', PERSONS_ONLY, { at: AT('09:00') });
    dm('留守儿童人数30户', AT('10:00'));
    dm('30户就是60个孩子', AT('10:30'));
    expect(pool()).not.toBe(30);
  });
});
