// 现将2026年第三季度各镇街城乡居民医保参保情况通报如下（附件）。参保率排名后三位的镇街请于11月27日前书面说明原因。 was read as a
// request to every unit for 城乡居民医保参保率 (Q3): the 报 of 通报 counted as the units' reporting, and the circulated ranking
// became the item. 通报 / 公报 / 预报 / 简报 are what the lead circulates. The figure a ranking condition measures the units by is
// no item either (it is blanked by the item reader already; the second case guards it).
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const read = (text: string) => parseWithDictionary(text, 'lead_yb', '2026-11-20T09:00:00+08:00');

describe('a ranking circulated to the units', () => {
  it('with a written explanation asked is no data request', () => {
    expect(read('各镇街：\n现将2026年第三季度各镇街城乡居民医保参保情况通报如下（附件）。参保率排名后三位的镇街请于11月27日前书面说明原因。')).toBeNull();
  });

  it('a data ask beside it still reads, without the ranking figure', () => {
    expect(read('各镇街：请于11月27日前报送家庭医生签约人数。签约率排名后三位的镇街要说明原因。')?.fields).toEqual(['family_doctor_signed']);
  });
});
