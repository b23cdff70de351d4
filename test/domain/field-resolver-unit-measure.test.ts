// 养殖专业户总户数 for 水产养殖专业户 counted in 户: a dictionary name that says no measure is read with the measure its unit
// gives, so a phrase in that measure is compared by what it counts; a phrase in another measure is not the field.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const fields: FieldDef[] = [
  { key: 'aq_households', label: '水产养殖专业户', aliases: [], type: 'integer', unit: '户' },
  { key: 'aq_farms', label: '规模化水产养殖场', aliases: [], type: 'integer', unit: '个' },
  { key: 'preschool', label: '学龄前残疾儿童', aliases: [], type: 'integer', unit: '人' },
];
const best = (phrase: string): string | undefined => createFieldMatcher(fields).best(phrase)?.field.key;

describe('the measure a field’s unit gives', () => {
  it('a phrase counting in the unit’s measure is compared by its object', () => {
    expect(best('养殖专业户户数')).toBe('aq_households');
    expect(best('规模化水产养殖场个数')).toBe('aq_farms');
  });

  it('the measure does not make another object the field', () => {
    expect(best('适龄残疾儿童人数')).toBeUndefined();
  });

  it('a count in another measure is not the field', () => {
    expect(best('水产养殖专业户人数')).toBeUndefined();
  });
});
