// TASK_ON_OBJECT: 请对辖区低保户开展走访，12月5日前报送走访户数 — the 对 clause names whom the visits are paid to; 低保户数 was
// asked beside the visits (a wrong item: every unit would have been asked its 低保 count again).
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2049-11-19T09:00:00+08:00';

describe('the object of a task verb in a 对 clause', () => {
  it('is no item', () => {
    const r = parseWithDictionary('各镇街：请对辖区低保户、特困人员开展走访，并于12月5日前报送走访户数。', 'lead_mz', AT);
    expect(r?.fields).toEqual([]);
    expect(r?.newFields.map((f) => f.label)).toEqual(['走访户数']);
  });

  it('a 对 clause that surveys its object still names the item', () => {
    expect(parseWithDictionary('各镇街：请对辖区百岁老人人数进行统计，12月5日前报送。', 'lead_mz', AT)?.fields).toEqual(['centenarians']);
  });
});
