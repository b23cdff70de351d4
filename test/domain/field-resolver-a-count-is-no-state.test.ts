// 燃气隐患已整改数 asks how many: a field holding a state (整改进度, an enum) or a share (整改率) is no answer to it,
// however many characters they share.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const fields: FieldDef[] = [
  { key: 'rectify_status', label: '隐患整改情况', aliases: [], type: 'enum', options: ['已完成', '整改中', '未开始'] },
  { key: 'rectify_rate', label: '隐患整改率', aliases: [], type: 'number', unit: '%' },
  { key: 'rectified', label: '隐患已整改数', aliases: [], type: 'integer', unit: '处' },
];
const best = (phrase: string): string | undefined => createFieldMatcher(fields.slice(0, 2)).best(phrase)?.field.key;

describe('a count is no state', () => {
  it('a count matches neither a state nor a share', () => {
    expect(best('燃气隐患已整改数')).toBeUndefined();
  });

  it('the state and the share are still found by their names', () => {
    expect(best('隐患整改情况')).toBe('rectify_status');
    expect(best('隐患整改率')).toBe('rectify_rate');
    expect(createFieldMatcher(fields).best('燃气隐患已整改数')?.field.key).toBe('rectified');
  });
});
