// BAR_ROW (text.ts, anatomy.ts): 请…报送灾情：⏎项目｜单位｜数量⏎受灾人口｜人｜⏎应急避难场所｜个｜ — a table written in Chinese text
// splits its cells by the full-width bar with no spaces round it. Only the first row after the ask was read (受灾人口), the
// rest went as background: three cells or more so split are rows of the list the ask opens, as pasted rows are. And a row
// opened by 其中： names a part of the row above it (其中：倒塌居民住房｜间｜): the part is the item, not a term 其中 defines.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const parse = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-11-20T09:00:00+08:00');

describe('rows of a table split by bars', () => {
  it('every row under the ask is an item', () => {
    const r = parse(['【区应急局】请各镇街于11月27日12时前报送灾情：', '项目｜单位｜数量', '受灾人口｜人｜', '应急避难场所｜个｜', '地质灾害隐患点｜处｜'].join('\n'));
    expect(r?.fields).toEqual(['disaster_affected_persons', 'flood_shelters', 'hazard_sites']);
  });

  it('a row opened by 其中 is the part it names', () => {
    const r = parse(['【区民政局】请各镇街于11月27日前报送：', '项目｜计量单位｜数量', '80周岁以上老年人数｜人｜', '其中：百岁老人｜人｜', '养老机构床位数｜张｜'].join('\n'));
    expect(r?.fields).toEqual(['elderly_80plus', 'centenarians', 'nursing_home_beds']);
  });

  it('a figure stated in two cells is no row of a list', () => {
    const r = parse(['【区应急局】请各镇街于11月27日前报送受灾人口数。', '上月情况：', '城关街道｜120', '朱沱镇｜35'].join('\n'));
    expect(r?.fields).toEqual(['disaster_affected_persons']);
  });
});
