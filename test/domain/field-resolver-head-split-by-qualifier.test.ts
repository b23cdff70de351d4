// HEAD_SPLIT_BY_QUALIFIER: where the dictionary's own names split one head into fields by the words before it (60周岁以上 /
// 80周岁以上 / 百岁 / 空巢 / 独居 老年人数), a phrase qualifying that head otherwise (失能老年人数) is another figure, not the
// field that also answers to the bare head; the bare head and a field's own qualifier still read. A head only one field
// qualifies is not split, so the words before an unqualified name (今年以来 / 主要包括 / 在册 低保户数) never cost it the item.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';
import { parseWithDictionary } from './request/helpers.js';

const fields: FieldDef[] = JSON.parse(readFileSync('data/fields.json', 'utf8')).fields;
const matcher = createFieldMatcher(fields);
const best = (phrase: string): string | undefined => matcher.best(phrase)?.field.key;
const parse = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-11-18T09:00:00+08:00');

describe('a head the dictionary splits by qualifier', () => {
  it('another qualifier of the head is no field of the split', () => {
    expect(best('失能老年人数')).toBeUndefined();
    expect(best('经济困难老年人数')).not.toBe('elderly_60plus');
    expect(best('高龄老年人数')).toBeUndefined();
  });

  it('the bare head and each field’s own qualifier still read', () => {
    expect(best('老年人数')).toBe('elderly_60plus');
    expect(best('60岁以上老年人数')).toBe('elderly_60plus');
    expect(best('80周岁以上老年人数')).toBe('elderly_80plus');
    expect(best('空巢老人数')).toBe('empty_nest_elderly');
    expect(best('今年以来老年人数')).toBe('elderly_60plus');
  });

  it('a notice asking for 失能 elders is not asked as 60周岁以上老年人数', () => {
    const r = parse('各镇街：请于11月30日前报送经济困难的高龄、失能老年人数。');
    expect(r?.fields ?? []).not.toContain('elderly_60plus');
    expect(r?.newFields.length).toBeGreaterThan(0);
  });

  it('words before an unqualified name do not cost it the item', () => {
    expect(parse('各镇街：今天把低保户数报一下，急用！')?.fields).toEqual(['dibao_households']);
    expect(parse('请各镇街填报附件1《困难群众基本情况统计表》，主要包括低保户数、特困供养人数、孤儿人数，于12月5日前报送区民政局。')?.fields).toContain('dibao_households');
    expect(parse('各镇街：请于11月30日前报送今年以来低保户数。')?.fields).toEqual(['dibao_households']);
    expect(parse('请各镇统计今年5月底以前已纳入保障的低保人数，11月30日前报送。')?.fields).toEqual(['dibao_persons']);
  });
});
