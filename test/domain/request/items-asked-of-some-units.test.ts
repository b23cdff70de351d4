// ITEM_TARGETS (item-targets.ts): 其中第3项只需街道报送 / 养老机构床位数（仅涉农镇街填报） / 其中临时救助人次仅需朱沱镇、松溉镇报送 —
// an item the notice asks of only some of its units, read from the clause of restriction after it or after 其中.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2026-11-20T09:00:00+08:00';
const only = (text: string) => parseWithDictionary(text, 'lead_mz', AT)?.itemTargets;

describe('an item asked of only some units', () => {
  it('by its place in the list', () => {
    expect(only('【区民政局】请各镇街于11月28日前报送11月份低保户数、特困供养人数、临时救助人次，其中第3项只需街道报送。'))
      .toEqual([{ item: 'temp_aid_times', targets: ['zhongshanlu', 'shenglilu', 'chashan'], words: '街道' }]);
  });

  it('by its name after 其中', () => {
    expect(only('【区民政局】请各镇街于11月28日前报送11月份低保户数、临时救助人次。其中临时救助人次仅需朱沱镇、松溉镇报送。'))
      .toEqual([{ item: 'temp_aid_times', targets: ['zhutuo', 'songji'], words: '朱沱镇、松溉镇' }]);
  });

  it('in an aside right after it', () => {
    expect(only('【区民政局】请各镇街于11月28日前报送：1.低保户数；2.临时救助金额；3.百岁老人人数（此项仅镇填报，街道不填）。'))
      .toEqual([{ item: 'centenarians', targets: ['zhutuo', 'songji', 'laisu'], words: '镇' }]);
    expect(only('【区民政局】请各镇街于11月28日前报送11月份低保户数、低保人数、养老机构床位数（仅涉农镇街填报）。'))
      .toEqual([{ item: 'nursing_home_beds', targets: [], words: '涉农镇街' }]);
  });

  it('an aside that restricts what is counted, not who reports, restricts no units', () => {
    expect(only('【区民政局】请各镇街于11月28日前报送11月份低保户数、低保人数（仅需填报城市低保）。')).toBeUndefined();
  });
});
