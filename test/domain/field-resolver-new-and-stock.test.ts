// What is new in a period and what stands at its end are different figures when the dictionary keeps both:
// 新增 / 新发现 / 新受理 name the inflow, 减少 / 退出 the outflow, and a plain item is the stock.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const count = (key: string, label: string, unit: string): FieldDef => ({ key, label, aliases: [], type: 'integer', unit });
const fields: FieldDef[] = [
  count('points', '地灾隐患点', '处'),
  count('new_points', '新发现地灾隐患点', '处'),
  count('children', '农村留守儿童', '人'),
  count('children_new', '本季度新增留守儿童', '人'),
  count('children_left', '因父母返乡退出的留守儿童', '人'),
];
const best = (phrase: string): string | undefined => createFieldMatcher(fields).best(phrase)?.field.key;

describe('inflow, outflow and stock', () => {
  it('a plain item is the stock, never the inflow field', () => {
    expect(best('地灾隐患点数')).toBe('points');
    expect(best('目前农村留守儿童人数')).toBe('children');
  });

  it('新增 and 新发现 name the same inflow', () => {
    expect(best('新增的地灾隐患点')).toBe('new_points');
    expect(best('新增留守儿童人数')).toBe('children_new');
  });

  it('减少 and 退出 name the same outflow', () => {
    expect(best('因父母返乡减少的留守儿童人数')).toBe('children_left');
  });
});
