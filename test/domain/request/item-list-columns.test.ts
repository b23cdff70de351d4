// A form's columns (统计表栏目：…) are its item list, and a column's breakdown (户次，其中不合格) is an item of its own.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, fields, member } from './helpers.js';

const extra: FieldDef[] = [
  { key: 'checks', label: '检查食品销售者户次', aliases: ['检查食品销售者'], type: 'integer', unit: '户次', min: 0 },
  { key: 'samples', label: '监督抽检食品批次', aliases: ['监督抽检食品'], type: 'integer', unit: '批次', min: 0 },
  { key: 'samples_failed', label: '抽检不合格批次', aliases: ['其中不合格'], type: 'integer', unit: '批次', min: 0 },
];
const parse = (text: string) =>
  parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-24T09:00:00+08:00'), fields: [...fields, ...extra] });

describe('columns of a form', () => {
  const text = '各镇街：\n请按附表填报工作情况，11月30日前报送。\n统计表栏目：检查食品销售者（户次，其中校园周边）；监督抽检食品（批次，其中不合格）。';

  it('the columns under 统计表栏目 are the items', () => {
    expect(parse(text)?.fields).toEqual(expect.arrayContaining(['checks', 'samples']));
  });

  it('其中不合格 in a column\'s aside is an item too; 其中校园周边 names no field and adds none', () => {
    expect(parse(text)?.fields).toEqual(['checks', 'samples', 'samples_failed']);
  });

  it('an aside that explains (以户籍人口为准) stays an aside', () => {
    expect(parse('请各镇街11月30日前报送：\n1. 低保人数（以户籍人口为准）；\n2. 特困供养人数。')?.fields).toEqual(['dibao_persons', 'tekun_persons']);
  });
});
