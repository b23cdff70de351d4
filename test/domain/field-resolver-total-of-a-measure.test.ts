// 养殖总面积 / 专业户总户数 / 养殖总产量: the total of a measure said of an object is that measure of it; 总人口 said alone
// stays a name of its own.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const fields: FieldDef[] = [
  { key: 'aq_area', label: '水产养殖面积', aliases: [], type: 'number', unit: '亩' },
  { key: 'aq_output', label: '水产养殖产量', aliases: [], type: 'number', unit: '公斤' },
  { key: 'population', label: '总人口', aliases: [], type: 'integer', unit: '人' },
];
const best = (phrase: string): string | undefined => createFieldMatcher(fields).best(phrase)?.field.key;

describe('the total of a measure', () => {
  it('is the measure of the object it is said of', () => {
    expect(best('养殖总面积')).toBe('aq_area');
    expect(best('养殖总产量')).toBe('aq_output');
  });

  it('总人口 alone is still its own name', () => {
    expect(best('总人口')).toBe('population');
  });
});
