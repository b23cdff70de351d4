// An age band is part of what a field counts: 留守儿童（0-5周岁） is not every 留守儿童, and 80—89周岁, 80至89岁 and
// 八十至八十九岁 are one band however the notice writes it.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const person = (key: string, label: string, aliases: string[] = []): FieldDef => ({ key, label, aliases, type: 'integer', unit: '人' });
const fields: FieldDef[] = [
  person('children', '农村留守儿童', ['留守儿童数']),
  person('children_0_5', '留守儿童（0-5周岁）'),
  person('children_6_13', '留守儿童（6-13周岁）'),
  person('elder_80', '80至89周岁老人'),
  person('elder_90', '90至99周岁老人'),
  person('elder_100', '百岁及以上老人', ['百岁老人']),
];
const best = (phrase: string): string | undefined => createFieldMatcher(fields).best(phrase)?.field.key;

describe('age bands', () => {
  it('a band in brackets stays part of the field: the whole is not one of its bands', () => {
    expect(best('留守儿童人数')).toBe('children');
    expect(best('0至5岁留守儿童人数')).toBe('children_0_5');
    expect(best('6—13周岁留守儿童')).toBe('children_6_13');
  });

  it('reads a band written with 至, a dash or Chinese numerals as one band', () => {
    expect(best('80—89周岁老年人人数')).toBe('elder_80');
    expect(best('八十至八十九岁老人')).toBe('elder_80');
    expect(best('九十至九十九周岁老年人')).toBe('elder_90');
  });

  it('百岁 is 100周岁 and 老年人 is 老人', () => {
    expect(best('100周岁以上老年人人数')).toBe('elder_100');
  });
});
