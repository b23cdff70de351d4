// 燃气隐患已整改数 is not 消防隐患已整改数: a different word opening each name says which thing is counted, as a word
// swapped in the middle does (field-resolver-substituted-words); a word only one side opens with is a qualifier.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const fields: FieldDef[] = [
  { key: 'fire_rectified', label: '消防隐患已整改数', aliases: [], type: 'integer', unit: '处' },
  { key: 'dibao_households', label: '低保户数', aliases: [], type: 'integer', unit: '户' },
];
const best = (phrase: string): string | undefined => createFieldMatcher(fields).best(phrase)?.field.key;

describe('a head word swapped', () => {
  it('another opening word names another thing', () => {
    expect(best('燃气隐患已整改数')).toBeUndefined();
  });

  it('a word opening one side only is a qualifier', () => {
    expect(best('隐患已整改数')).toBe('fire_rectified');
    expect(best('全镇低保户数')).toBe('dibao_households');
  });
});
