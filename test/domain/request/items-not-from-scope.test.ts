// 采集对象：军队转业干部、退役士兵…等十二类人员: a scope entry that asks for nothing says who is covered, not what is
// counted; a scope section that asks for forms (已建山塘都要填报表1-1) still names items.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'collected', label: '退役军人信息采集人数', aliases: ['已采集退役军人'], type: 'integer', unit: '人', min: 0 },
  { key: 'rural_veterans', label: '60周岁以上农村籍退役士兵', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'pond_table', label: '山塘现状调查表', aliases: [], type: 'text' },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('items not from the scope', () => {
  it('the people a collection covers are not items', () => {
    const r = parse([
      '关于加快退役军人信息采集工作的通知',
      '各镇街：',
      '一、采集对象：军队转业干部、退役士兵、复员军人、残疾军人和现役军人家属等人员。',
      '二、请于11月30日前完成采集，并报送已采集的退役军人人数。',
    ].join('\n'));
    expect(r?.fields).toEqual(['collected']);
  });

  it('a scope section that asks for a form still names it', () => {
    const r = parse([
      '关于开展山塘基本情况调查的通知',
      '各镇街：',
      '一、调查范围和内容：已建山塘都要填报表1-1（山塘现状调查表）。',
      '二、请于11月30日前报县水利局。',
    ].join('\n'));
    expect(r?.fields).toEqual(['pond_table']);
  });
});
