// 台湾同胞（台胞） / 化学需氧量（COD）排放量: a dictionary name may give in brackets the short name of the words before the
// bracket; the field is then also known by it. A bracket that says which or how much (0-5周岁, 含港澳资, 合计) is no name.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher, shortNames } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const fields: FieldDef[] = [
  { key: 'compatriots', label: '台湾同胞（台胞）', aliases: [], type: 'integer', unit: '人' },
  { key: 'relatives', label: '台胞在大陆亲属（台属）', aliases: [], type: 'integer', unit: '人' },
  { key: 'cod', label: '化学需氧量（COD）排放量', aliases: [], type: 'number', unit: '吨' },
  { key: 'so2', label: '二氧化硫排放量', aliases: [], type: 'number', unit: '吨' },
];
const best = (phrase: string): string | undefined => createFieldMatcher(fields).best(phrase)?.field.key;

describe('bracketed short names in the dictionary', () => {
  it('the short name is a name of the field', () => {
    expect(best('台胞人数')).toBe('compatriots');
    expect(best('台属')).toBe('relatives');
    expect(best('COD的排放量')).toBe('cod');
  });

  it('a short name drawn from the words before the bracket replaces only those words', () => {
    expect(shortNames('台胞在大陆亲属（台属）')).toEqual(['台属']);
    expect(shortNames('化学需氧量（COD）排放量')).toEqual(['COD排放量']);
  });

  it('a bracket that qualifies, totals or is longer than what it follows gives no name', () => {
    expect(shortNames('留守儿童（0-5周岁）')).toEqual([]);
    expect(shortNames('侨资企业（含港澳资）')).toEqual([]);
    expect(shortNames('住房安全有保障户数（合计）')).toEqual([]);
    expect(shortNames('欠薪金额（农民工工资）')).toEqual([]);
  });
});
