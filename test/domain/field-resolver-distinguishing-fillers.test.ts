// 景区接待人数 beside 景区累计接待人数, 基层工会统计调查表 beside 基层以上工会统计调查表: a word the matcher otherwise drops as
// filler (累计, 以上) is kept where it alone tells two of the dictionary's names apart, in the names and in the phrases read.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const fields: FieldDef[] = [
  { key: 'daily', label: '景区接待人数', aliases: ['接待人数'], type: 'integer', unit: '万人次' },
  { key: 'holiday', label: 'A级及主要景区接待人数', aliases: ['景区累计接待人数'], type: 'integer', unit: '万人次' },
  { key: 'union', label: '基层工会统计调查表', aliases: [], type: 'text' },
  { key: 'union_above', label: '基层以上工会统计调查表', aliases: [], type: 'text' },
  { key: 'folk', label: '民俗旅游接待人数', aliases: [], type: 'integer', unit: '万人次' },
];
const best = (phrase: string): string | undefined => createFieldMatcher(fields).best(phrase)?.field.key;

describe('filler words that tell fields apart', () => {
  it('the running total is the field that says 累计', () => {
    expect(best('景区累计接待人数')).toBe('holiday');
    expect(best('累计接待人数')).toBe('holiday');
    expect(best('景区接待人数')).toBe('daily');
    // (elsewhere the word is still filler)
    expect(best('民俗旅游累计接待人数')).toBe('folk');
  });

  it('以上 keeps the level above apart', () => {
    expect(best('基层以上工会统计调查表')).toBe('union_above');
    expect(best('基层工会统计调查表')).toBe('union');
  });
});
