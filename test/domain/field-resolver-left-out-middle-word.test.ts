// 一般隐患 for 一般事故隐患, 大型机械 for 大型工程机械: a shorter name that keeps the field's first and last words and leaves
// out a word between them names the field; a name cut at either end does not.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const fields: FieldDef[] = [
  { key: 'general', label: '一般事故隐患', aliases: [], type: 'integer', unit: '项' },
  { key: 'major', label: '重大事故隐患', aliases: [], type: 'integer', unit: '项' },
  { key: 'planned', label: '纳入治理计划的重大隐患', aliases: [], type: 'integer', unit: '项' },
  { key: 'machinery', label: '大型工程机械', aliases: [], type: 'integer', unit: '台' },
];
const best = (phrase: string): string | undefined => createFieldMatcher(fields).best(phrase)?.field.key;

describe('a middle word left out', () => {
  it('the first and last words kept name the field', () => {
    expect(best('一般隐患')).toBe('general');
    expect(best('大型机械')).toBe('machinery');
  });

  it('the field that only leaves out a middle word beats one that adds a qualifier in front', () => {
    expect(best('重大隐患')).toBe('major');
  });

  it('a name cut at one end is not the field', () => {
    expect(best('事故隐患')).toBeUndefined();
  });
});
