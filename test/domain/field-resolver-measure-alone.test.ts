// 人员数量 / 面积: a measure with no object says how something is counted, not what: it names no field, however many
// fields count in that measure.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const fields: FieldDef[] = [
  { key: 'affected', label: '受灾人口', aliases: [], type: 'integer', unit: '人' },
  { key: 'farmland', label: '耕地损毁面积', aliases: [], type: 'number', unit: '亩' },
];
const matcher = createFieldMatcher(fields);

describe('a measure alone', () => {
  it('names no field', () => {
    expect(matcher.match('人员数量')).toEqual([]);
    expect(matcher.match('面积')).toEqual([]);
  });

  it('with its object it does', () => {
    expect(matcher.best('受灾人员数量')?.field.key).toBe('affected');
  });
});
