// ITEM_TARGETS: 请各镇街…报送低保户数、特困供养人数、临时救助人次，其中第3项只需街道报送 — the towns were asked 临时救助人次 too,
// which the notice spares them. The item asked of some units is asked of those only, in the same collection; an item
// whose units the roster cannot tell (仅涉农镇街填报) is asked of nobody, and the lead is asked to name them.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const AT = '2026-11-23T09:00:00+08:00';

describe('an item asked of only some units', () => {
  const bot = useHarness({ start: AT });

  it('is asked of those units only, the rest of the notice of all', () => {
    const { out } = bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月27日前报送11月份低保户数、特困供养人数、临时救助人次，其中第3项只需街道报送。', { at: AT });
    const asks = bot().store.asks.all();
    expect(asks.filter((a) => a.field === 'temp_aid_times').map((a) => a.unit).sort()).toEqual(['chashan', 'shenglilu', 'zhongshanlu']);
    expect(asks.filter((a) => a.field === 'dibao_households')).toHaveLength(6);
    expect(new Set(asks.map((a) => a.collectionId)).size).toBe(1);
    expect(out.find((m) => m.chat === 'channel')!.text).toContain('分项：临时救助人次只问中山路街道、胜利路街道、茶山竹海街道（3个）');
  });

  it('one whose units are not named is asked of nobody, and the lead is asked', () => {
    const { out } = bot().send('lead_mz', 'channel', '【区民政局】请各镇街于11月27日前报送11月份低保户数、养老机构床位数（仅涉农镇街填报）。', { at: AT });
    expect(bot().store.asks.all().filter((a) => a.field === 'nursing_home_beds')).toEqual([]);
    expect(bot().store.asks.all().filter((a) => a.field === 'dibao_households')).toHaveLength(6);
    expect(out.find((m) => m.chat === 'channel')!.text).toContain('养老机构床位数写明只需“涉农镇街”填报，没有点名，暂不询问');
  });
});
