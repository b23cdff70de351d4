// 安全生产隐患排查数，其中已完成整改的数量: 完成 said before the work it finishes (已完成整改的) is the finished state 已整改 of the item
// before it (DONE_BEFORE_ITS_WORK, dictionary.ts). Read as X完成, the noun before it took the 已 (安全生产已隐患整改数) and the
// sub-item became a new field with no object; said of another object (燃气隐患), it is still no count of 消防隐患 (OBJECTLESS,
// STATE_ONLY_ENTRY, items.ts).
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2026-11-20T09:00:00+08:00';
const read = (text: string) => {
  const r = parseWithDictionary(text, 'lead_mz', AT);
  return { fields: r?.fields, newFields: r?.newFields.map((f) => f.label) };
};

describe('the finished state said with 完成', () => {
  it('其中已完成整改的数量 after a count is that count\'s 已整改 field', () => {
    expect(read('【区应急局】请各镇街于11月30日前报送本月安全生产隐患排查数，其中已完成整改的数量。'))
      .toEqual({ fields: ['safety_hazards_found', 'safety_hazards_rectified'], newFields: [] });
  });

  it('其中完成整改的数量 (no 已) reads the same', () => {
    expect(read('【区应急局】请各镇街于11月30日前报送本月安全生产隐患排查数，其中完成整改的数量。').fields)
      .toEqual(['safety_hazards_found', 'safety_hazards_rectified']);
  });

  it('said of an object with no such field, it is not another object\'s field', () => {
    expect(read('【区应急局】请各镇街于11月30日前报送本月燃气隐患数，其中已完成整改的数量。').fields).toEqual(['gas_hazards']);
  });

  it('X完成 keeps its reading (消防隐患整改完成数)', () => {
    expect(read('【区应急局】请各镇街于11月30日前报送本月消防隐患数、消防隐患整改完成数。').fields)
      .toEqual(['fire_hazards_found', 'fire_hazards_rectified']);
  });
});
