// 农村劳动力（男） beside 农村劳动力 and 农村劳动力（女）: a bracket that alone tells two fields apart is part of the name;
// brackets that only explain (养老机构床位数（含敬老院）) are still dropped.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const fields: FieldDef[] = [
  { key: 'labor', label: '农村劳动力', aliases: [], type: 'integer', unit: '人' },
  { key: 'labor_male', label: '农村劳动力（男）', aliases: [], type: 'integer', unit: '人' },
  { key: 'labor_female', label: '农村劳动力（女）', aliases: [], type: 'integer', unit: '人' },
  { key: 'beds', label: '养老床位数（含敬老院）', aliases: [], type: 'integer', unit: '张' },
];
const best = (phrase: string): string | undefined => createFieldMatcher(fields).best(phrase)?.field.key;

describe('brackets that tell fields apart', () => {
  it('the whole is reached by its own name', () => {
    expect(best('农村劳动力数')).toBe('labor');
  });

  it('each part by its name with what the bracket says', () => {
    expect(best('农村劳动力男性')).toBe('labor_male');
    expect(best('农村劳动力女性')).toBe('labor_female');
  });

  it('a bracket that only explains is dropped', () => {
    expect(best('养老床位数')).toBe('beds');
  });
});
