// TOTAL_AFTER_UNITS: a town clerk's 上河7 柳沟5 王家庄0 北岭9 共21条 — the total after a pause at the end of the units'
// figures sums them: it is the clerk's own, never the last unit's (北岭 隐患 was stored 21). A total said with the item's
// own words before it, or with no pause (北岭村隐患一共9条), is still that unit's level.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open } from './fixtures.js';

const risk: FieldDef = { key: 'sx_risk', label: '发现隐患', aliases: ['隐患'], type: 'integer', unit: '条', min: 0 };
const loss: FieldDef = { key: 'zq_loss', label: '直接经济损失', aliases: ['损失'], type: 'number', unit: '万元', min: 0 };
const villages = (field: FieldDef, ...names: string[]) => names.map((name, k) => ({ id: `v${k}`, name, candidates: [open(field)] }));
const read = (text: string, field: FieldDef, ...names: string[]) =>
  parseReply(text, { ...ctx(), unitName: '泉庄镇', others: villages(field, ...names) }).values.map((v) => `${v.unit}:${v.value}`).sort();

describe('a total after the units listed', () => {
  it('is none of theirs', () => {
    const names = ['上河村', '柳沟村', '王家庄村', '北岭村'];
    expect(read('先汇总个隐患数 上河7 柳沟5 王家庄0 北岭9 共21条', risk, ...names)).toEqual(['v0:7', 'v1:5', 'v2:0', 'v3:9']);
    expect(read('隐患 上河7条 柳沟5条 北岭9条，一共21条', risk, ...names)).toEqual(['v0:7', 'v1:5', 'v3:9']);
    expect(read('隐患 上河村7条 北岭村9条 总共16条', risk, ...names)).toEqual(['v0:7', 'v3:9']);
  });

  it('said with no pause, is the unit\'s own', () => {
    expect(read('北岭村隐患一共9条', risk, '上河村', '北岭村')).toEqual(['v1:9']);
    expect(read('牛市坎损失8.5万 四合损失4.1万', loss, '四合村', '牛市坎村')).toEqual(['v0:4.1', 'v1:8.5']);
  });
});
