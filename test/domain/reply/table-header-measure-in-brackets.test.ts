// A column header with its measure in brackets (已收购（担）, 面积(亩)) gives the measure to the figures under it; the
// label is read without the bracket, so it stays joined to its figure and says nothing on its own: 已收购 in a
// header is no answer to 是否收购结束.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open } from './fixtures.js';

const area: FieldDef = { key: 'area', label: '种植面积', aliases: ['面积'], type: 'number', unit: '亩', min: 0 };
const bought: FieldDef = { key: 'bought', label: '已收购烟叶', aliases: ['已收购', '收购量'], type: 'number', unit: '担', min: 0 };
const done: FieldDef = { key: 'done', label: '是否收购结束', aliases: ['收购结束'], type: 'boolean' };
const asks = () => [open(area), open(bought), open(done)];
const town = {
  ...ctx(...asks()),
  unitName: '潇浦镇',
  others: [
    { id: 'zijing', name: '紫荆村', candidates: asks() },
    { id: 'baishui', name: '白水村', candidates: asks() },
  ],
};
const byUnit = (text: string) => parseReply(text, town).values.map((v) => `${v.unit ?? 'own'}:${v.field}=${v.value}`).sort();

describe('a header with its measure in brackets', () => {
  it('gives the measure to the figures and answers no yes/no item', () => {
    expect(byUnit('村\t面积(亩)\t已收购(担)\n紫荆\t1020\t2460\n白水\t780\t1612')).toEqual([
      'baishui:area=780', 'baishui:bought=1612', 'zijing:area=1020', 'zijing:bought=2460',
    ]);
  });

  it('in full-width brackets, over figures that carry their own measure', () => {
    expect(byUnit('村　面积（亩）　已收购（担）\n紫荆　1020亩　2460担')).toEqual(['zijing:area=1020', 'zijing:bought=2460']);
  });
});

describe('a row for an item', () => {
  const wheat: FieldDef = { key: 'wheat', label: '小麦播种面积', aliases: ['小麦'], type: 'number', unit: '亩', min: 0 };
  const straw: FieldDef = { key: 'straw', label: '秸秆综合利用量', aliases: ['秸秆'], type: 'number', unit: '吨', min: 0 };
  it('keeps the column\'s whole header: the measure column names no item of its own', () => {
    const r = parseReply('项目 面积（亩）\n小麦 210\n秸秆 95吨', { ...ctx(open(wheat), open(straw)), unitName: '青山村' });
    expect(r.values.map((v) => `${v.field}=${v.value}`).sort()).toEqual(['straw=95', 'wheat=210']);
  });
});
