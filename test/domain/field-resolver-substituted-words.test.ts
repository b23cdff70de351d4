// A word of a field's name put back with another word in its place names another thing (台属企业 is not 台资企业,
// 城市低保户数 not 农村低保户数); a word added or dropped at either end, or inserted, is the existing rephrasing rules'.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const fields: FieldDef[] = [
  { key: 'taiwan_firms', label: '台资企业', aliases: [], type: 'integer', unit: '家' },
  { key: 'dibao_households', label: '低保户数', aliases: [], type: 'integer', unit: '户' },
];
const best = (phrase: string): string | undefined => createFieldMatcher(fields).best(phrase)?.field.key;

describe('substituted words', () => {
  it('one word swapped for another is not the field', () => {
    expect(best('台属企业')).toBeUndefined();
  });

  it('the field itself, and a word inserted into it, still are', () => {
    expect(best('台资企业数')).toBe('taiwan_firms');
    expect(best('低保家庭户数')).toBe('dibao_households');
  });
});
