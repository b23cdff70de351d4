// A change said against the reporter's last figure while that figure still waits for a confirmation (held, not in the
// pool) is measured against it: 留守儿童人数30户 is held (“30户”是30人吗？), then 留守儿童人数比刚才报的多2人 gives 32.
// With nothing held and nothing in the pool the bot asks for the figure itself, as before.
import { describe, expect, it } from 'vitest';
import { useConversation } from './conversation.js';

const { bot, AT, dm } = useConversation({ day: '2026-11-23', member: 'zt_jz' });
const REQUEST = '【区民政局】请各镇街于11月26日前报送本月留守儿童人数、特困供养人数。';

const pool = () => bot().store.pool.get('zhutuo', 'left_behind_children', '2026-11')?.value;

describe('a change against a held figure', () => {
  it('is measured against the figure held for confirmation', () => {
    bot().send('lead_mz', 'channel', REQUEST, { at: AT('09:00') });
    expect(dm('留守儿童人数30户', AT('10:00'))).toMatch(/确认/);
    dm('留守儿童人数比刚才报的多2人', AT('10:30'));
    expect(pool()).toBe(32);
    expect(bot().store.held.count()).toBe(0);
  });

  it('with nothing held the figure itself is asked for', () => {
    bot().send('lead_mz', 'channel', REQUEST, { at: AT('09:00') });
    expect(dm('留守儿童人数比刚才报的多2人', AT('10:30'))).toMatch(/变化/);
    expect(pool()).toBeUndefined();
  });
});
