// A phrase whose distinguishing words no name of a field explains is not that field: 困难老人人数 was asked as 60周岁以上
// 老年人数, 残疾儿童人数 as 残疾儿童送教上门人数, 群众人数 as 受灾人口数, 低保老人人数 as 低保人数 and 困难群众人数 as
// 参保资助人数. Now a count of people is read by the kind of people it ends in (PEOPLE_COUNTED_LAST), 老人人数 as 老人数,
// and a phrase saying nothing of what every name of a field says (CORE_OF_A_FIELD) is not that field: the lead is asked.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../../src/domain/dictionary.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseWithDictionary } from './helpers.js';

const fields: FieldDef[] = JSON.parse(readFileSync('data/fields.json', 'utf8')).fields;
const matcher = createFieldMatcher(fields);
const best = (phrase: string): string | undefined => matcher.best(phrase)?.field.key;
const parse = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-11-24T09:00:00+08:00');

describe('words of a phrase the field does not explain', () => {
  it('a kind of people qualified otherwise than any name of the field says', () => {
    expect(best('困难老人人数')).toBeUndefined();
    expect(best('留守老人人数')).toBeUndefined();
    expect(best('残疾老人人数')).toBeUndefined();
  });

  it('people counted last are not the field whose name ends in other people', () => {
    expect(best('低保老人人数')).toBeUndefined();
    expect(best('特困老人人数')).toBeUndefined();
    expect(best('低保儿童人数')).toBeUndefined();
  });

  it('a phrase saying only what qualifies a field is not that field', () => {
    expect(best('群众人数')).toBeUndefined();
    expect(best('残疾儿童人数')).toBeUndefined();
    expect(best('困难群众人数')).toBeUndefined();
    expect(best('困难学生人数')).toBeUndefined();
  });

  it('the fields\' own names and the bare head still read', () => {
    expect(best('老人人数')).toBe('elderly_60plus');
    expect(best('独居老人人数')).toBe('living_alone_elderly');
    expect(best('受灾群众人数')).toBe('disaster_affected_persons');
    expect(best('送教上门人数')).toBe('disabled_children_education');
    expect(best('困难群众参保资助人数')).toBe('insurance_subsidy_persons');
    expect(best('困难学生资助人数')).toBe('student_aid_persons');
    expect(best('低保对象人数')).toBe('dibao_persons');
    expect(best('特困人员救助供养人数')).toBe('tekun_persons');
    expect(best('退役军人人数')).toBe('veterans');
  });

  it('a notice asking for them asks the lead instead of a near field', () => {
    const r = parse('请各镇街11月30日前报送困难老人人数、残疾儿童人数。');
    expect(r?.fields).toEqual([]);
    expect(r?.newFields.map((f) => f.label)).toEqual(['困难老人人数', '残疾儿童人数']);
    expect(parse('请各镇街11月30日前报送本月低保户数、低保老人人数。')?.fields).toEqual(['dibao_households']);
  });
});
