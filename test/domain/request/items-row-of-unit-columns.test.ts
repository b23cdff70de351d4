// UNIT_COLUMNS_ENTRY (text.ts, items.ts): 生猪：存栏（头），其中能繁母猪存栏（头）；出栏（头） — a form's row written as text: an object,
// a colon and columns each closed by its unit. Every column is the object's figure (生猪存栏, 生猪出栏), a part (其中…) names its
// own. The row was split at its semicolon and the columns after it lost their object; a one-character object (牛) lent
// nothing, and a notice of such rows only was no request at all.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const F = (key: string, label: string, unit: string): FieldDef => ({ key, label, aliases: [], type: 'integer', unit, min: 0 });
const livestock: FieldDef[] = [
  F('pig_stock', '生猪存栏数', '头'), F('sow_stock', '能繁母猪存栏数', '头'), F('pig_out', '生猪出栏数', '头'),
  F('cattle_stock', '牛存栏数', '头'), F('cattle_out', '牛出栏数', '头'),
  F('sheep_stock', '羊存栏数', '只'), F('sheep_out', '羊出栏数', '只'),
];
const ctx = ctxAt('2026-10-09T09:00:00+08:00');
const parse = (text: string, fields = ctx.fields) => parseRequest(text, member('lead_mz'), { ...ctx, fields });

describe('a row of an object and its columns with units', () => {
  it('each column is the object’s, past a semicolon and for a one-character object', () => {
    const r = parse(['各镇街：', '请于10月15日前报送三季度畜牧业生产数据：',
      '生猪：存栏（头），其中能繁母猪存栏（头）；出栏（头）', '牛：存栏（头）；出栏（头）', '羊：存栏（只）；出栏（只）'].join('\n'), livestock);
    expect(r?.fields).toEqual(['pig_stock', 'sow_stock', 'pig_out', 'cattle_stock', 'cattle_out', 'sheep_stock', 'sheep_out']);
  });

  it('bare measures with their units are the object’s too', () => {
    const r = parse(['各镇街：', '请于10月15日前报送以下数据：', '低保对象：户数（户）、人数（人）；', '特困供养人员：人数（人）'].join('\n'));
    expect(r?.fields).toEqual(['dibao_households', 'dibao_persons', 'tekun_persons']);
  });

  it('a line of who and when in brackets is no row', () => {
    const r = parse(['各镇街：', '请于10月15日前报送低保户数。', '联系人：民政办（张三）'].join('\n'));
    expect(r?.fields).toEqual(['dibao_households']);
  });
});
