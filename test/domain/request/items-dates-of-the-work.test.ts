// EVENT_DATE (DATA_LIKE, items.ts): 请各镇街…报送今年危房改造户数、开工日期、完工日期 — the day a piece of work reached a stage is
// an item the units fill in (a date); the two dates were dropped without a word and only 危房改造户数 was asked.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2026-11-20T09:00:00+08:00';
const read = (text: string) => parseWithDictionary(text, 'lead_zj', AT);

describe('dates of a stage of the work', () => {
  it('are items, typed as dates', () => {
    const r = read('【区住建委】请各镇街于11月28日前报送今年危房改造户数、开工日期、完工日期。');
    expect(r?.fields).toEqual(['dilapidated_households']);
    expect(r?.newFields.map((f) => [f.label, f.type])).toEqual([['开工日期', 'date'], ['完工日期', 'date']]);
  });

  it('the notice\'s own due date is none', () => {
    const r = read('【区住建委】请各镇街于11月28日前报送危房改造户数，截止日期为11月28日。');
    expect(r?.fields).toEqual(['dilapidated_households']);
    expect(r?.newFields).toEqual([]);
  });
});
