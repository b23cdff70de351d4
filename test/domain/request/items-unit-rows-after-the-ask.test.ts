// UNIT_ROW (text.ts, items.ts, anatomy.ts) and QUALIFIER_OF_THE_WHOLE (items.ts): 请逐项核实…，于1月20日前报县交通运输局。⏎
// 建制村数（个）⏎其中：位于集中连片特困地区的（个） — lines of nothing but a figure's name and its unit in brackets are a form's
// rows written as text, items under an ask that ends in a full stop too (they were read as a clause without a verb and
// nothing was asked); a 其中 part that ends on 的 is the whole so qualified; its threshold (30户以上的) states no figure.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const F = (key: string, label: string, unit: string, aliases: string[] = []): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const roads: FieldDef[] = [
  F('villages', '建制村数', '个'), F('villages_poor', '集中连片特困地区建制村数', '个'),
  F('hamlets', '自然村数', '个'), F('hamlets30', '30户以上自然村数', '个'), F('bridges', '村道危桥数', '座'),
];
const ctx = ctxAt('2026-01-06T09:00:00+08:00');
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctx, fields: roads });

describe('rows of a name and its unit under an ask', () => {
  it('are items after an ask that ends in a full stop', () => {
    const r = parse(['各镇街：', '请逐项核实本辖区的情况，于1月20日前报区交通局。', '建制村数（个）', '自然村数（个）', '村道危桥数（座）'].join('\n'));
    expect(r?.fields).toEqual(['villages', 'hamlets', 'bridges']);
  });

  it('a 其中 row ending on 的 is the row above so qualified, a threshold in it no stated figure', () => {
    const r = parse(['各镇街：', '请于1月20日前报送以下数据：', '建制村数（个）', '其中：位于集中连片特困地区的（个）',
      '自然村数（个）', '其中：30户以上的（个）'].join('\n'));
    expect(r?.fields).toEqual(['villages', 'villages_poor', 'hamlets', 'hamlets30']);
  });

  it('a clause of filling in with units is no row', () => {
    const r = parse(['各镇街：', '请于1月20日前报送自然村数。', '分别填写数量（个）'].join('\n'));
    expect(r?.fields).toEqual(['hamlets']);
  });
});
