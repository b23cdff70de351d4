// 预计新增人数 in a notice about 两项补贴 is not 城镇新增就业人数: a name that keeps only what is said of a count (新增) and
// its measure (人数) has left out what is counted, and is no shorter name of a field that says it; so does one that keeps
// only where (农村户数 for 农村危房改造户数).
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const fields: FieldDef[] = [
  { key: 'new_jobs', label: '城镇新增就业人数', aliases: ['新增就业人数'], type: 'integer', unit: '人' },
  { key: 'general', label: '一般事故隐患', aliases: [], type: 'integer', unit: '项' },
  { key: 'rural_dilapidated', label: '农村危房改造户数', aliases: [], type: 'integer', unit: '户' },
];
const best = (phrase: string): string | undefined => createFieldMatcher(fields).best(phrase)?.field.key;

describe('new of what', () => {
  it('新增 and a measure name no field', () => {
    expect(best('新增人数')).toBeUndefined();
    expect(best('预计新增人数')).toBeUndefined();
    // (where: 农村|户数 of 农村[危房改造]户数 left out what is counted too)
    expect(best('农村户数')).toBeUndefined();
  });

  it('a shorter name that keeps its object still names the field', () => {
    expect(best('新增就业人数')).toBe('new_jobs');
    expect(best('一般隐患')).toBe('general');
  });
});
