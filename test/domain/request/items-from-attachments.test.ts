// The attachments an ask points to (请按附表格式报送, 认真填写附表) are the forms to fill in: one the dictionary names
// outright is an item; name lists and higher bodies' documents add nothing, and an ask that points nowhere reads none.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, fields, member } from './helpers.js';

const forms: FieldDef[] = [
  { key: 'aid_summary_table', label: '社会救助情况统计表', aliases: [], type: 'text' },
  { key: 'aid_funds_table', label: '救助资金发放明细表', aliases: [], type: 'text' },
];
const ctx = { ...ctxAt('2026-11-24T09:00:00+08:00'), fields: [...fields, ...forms] };
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctx);

describe('items from the attachments', () => {
  it('按附表格式报送: the attachments the dictionary knows are items, the name list is not', () => {
    const r = parse('各镇街：\n请按附表格式于12月5日前报送本月低保户数。\n附件：1. 社会救助情况统计表 2. 救助资金发放明细表 3. 样本村名单');
    expect(r?.fields).toEqual(['dibao_households', 'aid_summary_table', 'aid_funds_table']);
  });

  it('an ask that does not point to its attachments takes no item from them', () => {
    const r = parse('各镇街：\n请于12月5日前报送本月低保户数。\n附件：1. 社会救助情况统计表');
    expect(r?.fields).toEqual(['dibao_households']);
  });

  it('a long aside listing document names (《…》《…》) does not hide the item before it', () => {
    const r = parse('请各镇街于12月5日前报送社会救助情况统计表（《低保对象花名册》《特困人员花名册》《临时救助对象花名册》《医疗救助对象花名册》）。');
    expect(r?.fields).toEqual(['aid_summary_table']);
  });
});
