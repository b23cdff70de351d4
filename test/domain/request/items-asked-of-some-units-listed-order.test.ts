// LISTED_ORDER (item-targets.ts): 低保户数、独居老人探访次数、临时救助人次，其中第3项只需街道报送 — 第3项 was taken as the new item
// 独居老人探访次数, the items being counted as the dictionary's first and the new ones after; the streets alone were to be
// asked it and 临时救助人次 went to every unit. The place of an item is where the notice lists it.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const only = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-11-20T09:00:00+08:00')?.itemTargets;

describe('an item restricted by its place in the list', () => {
  it('counts the items as the notice lists them, a new one among them', () => {
    expect(only('【区民政局】请各镇街于11月27日前报送11月份低保户数、独居老人走访登记次数、临时救助人次，其中第3项只需街道报送。'))
      .toEqual([{ item: 'temp_aid_times', targets: ['zhongshanlu', 'shenglilu', 'chashan'], words: '街道' }]);
    expect(only('【区民政局】请各镇街于11月27日前报送11月份低保户数、独居老人走访登记次数、临时救助人次，其中第2项只需街道报送。'))
      .toEqual([{ item: '独居老人走访登记次数', targets: ['zhongshanlu', 'shenglilu', 'chashan'], words: '街道' }]);
  });
});
