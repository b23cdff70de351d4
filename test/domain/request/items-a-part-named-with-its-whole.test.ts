// 燃气隐患数，其中已完成整改的数量、未整改的数量: an objectless part of the item a 其中 clause breaks down, which the dictionary does
// not know, is named with that item's object (OBJECT_OF_THE_WHOLE, items.ts): asked as 已完成整改的数量 alone, the units could not
// tell what is counted, and the lead was offered 消防隐患已整改数 (another hazard) for it.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2026-11-20T09:00:00+08:00';
const read = (text: string) => {
  const r = parseWithDictionary(text, 'lead_mz', AT);
  return { fields: r?.fields, newFields: r?.newFields.map((f) => ({ label: f.label, choices: f.choices ?? [] })) };
};

describe('a part named with its whole', () => {
  it('takes the object of the item it breaks down', () => {
    expect(read('【区应急局】请各镇街于11月30日前报送本月燃气隐患数，其中已完成整改的数量、未整改的数量。')).toEqual({
      fields: ['gas_hazards'],
      newFields: [{ label: '燃气隐患已完成整改的数量', choices: [] }, { label: '燃气隐患未整改的数量', choices: [] }],
    });
  });

  it('a part the dictionary knows is still its field', () => {
    expect(read('【区应急局】请各镇街于11月30日前报送本月消防隐患数，其中已整改数。').fields).toEqual(['fire_hazards_found', 'fire_hazards_rectified']);
  });
});
