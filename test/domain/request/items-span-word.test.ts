// 期间 / 以来 close a span of days (2026年1月1日至11月30日期间…): once the span is blanked they were left at the head of the
// item's name (期间新认定就业困难人员人数, a new item the lead never named).
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2026-11-20T09:00:00+08:00';

describe('SPAN_WORD', () => {
  it('期间 after a span of days is no part of the new item', () => {
    const r = parseWithDictionary('请统计辖区2026年1月1日至11月30日期间新认定就业困难人员人数、公益性岗位安置人数，于12月3日前报送。', 'lead_mz', AT);
    expect(r?.newFields?.map((f) => f.label)).toEqual(['新认定就业困难人员人数']);
    expect(r?.fields).toEqual(['public_welfare_jobs']);
  });

  it('以来 after a day is no part of the new item', () => {
    const r = parseWithDictionary('请各镇街于11月30日前报送10月1日以来新增返乡创业人数。', 'lead_mz', AT);
    expect(r?.newFields?.map((f) => f.label)).toEqual(['新增返乡创业人数']);
  });
});
