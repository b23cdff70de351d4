// ITEM_TARGETS under admission review: 请各镇街…报送低保户数、独居老人探访次数、临时救助人次，其中第3项只需街道报送 waited for an
// admin (独居老人探访次数 is outside the catalogue), was stored as one request of all its items for every unit, and once
// admitted the towns were asked 临时救助人次, which the notice spares them. The request waits in its parts, as it would
// have gone out, and 批准 sends each part to its own units, in one collection.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const AT = '2026-11-23T09:00:00+08:00';
const NOTICE = '【区民政局】请各镇街于11月27日前报送11月份低保户数、独居老人探访次数、临时救助人次，其中第3项只需街道报送。';

describe('admission keeps the items asked of only some units', () => {
  const bot = useHarness({ settings: { admission: 'review' }, start: AT });

  it('批准 asks the restricted item of its units only', () => {
    bot().send('lead_mz', 'channel', NOTICE, { at: AT });
    expect(bot().store.asks.all()).toEqual([]);
    bot().send('admin', 'dm', '批准 r1', { at: '2026-11-23T10:00:00+08:00' });
    const asks = bot().store.asks.all();
    expect(asks.filter((a) => a.field === 'temp_aid_times').map((a) => a.unit).sort()).toEqual(['chashan', 'shenglilu', 'zhongshanlu']);
    expect(asks.filter((a) => a.field === 'dibao_households')).toHaveLength(6);
    expect(new Set(asks.map((a) => a.collectionId)).size).toBe(1);
  });
});
