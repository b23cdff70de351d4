// Fields unlike the public scenarios': other units, 万元 amounts, percentages, labels that look like unit names.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const villages: FieldDef = { key: 'villages', label: '行政村数量', aliases: ['行政村数'], type: 'integer', unit: '个', min: 0 };
const fund: FieldDef = { key: 'fund', label: '专项资金', aliases: ['资金'], type: 'number', unit: '万元', min: 0 };
const rate: FieldDef = { key: 'rate', label: '参保率', aliases: [], type: 'number', unit: '%', min: 0, max: 100 };
const training: FieldDef = { key: 'training', label: '是否开展培训', aliases: [], type: 'boolean' };
const finished: FieldDef = { key: 'finished_on', label: '完成时间', aliases: ['完成日期'], type: 'date' };
const contact: FieldDef = { key: 'contact', label: '负责人', aliases: ['联系人'], type: 'text' };
const area: FieldDef = { key: 'area', label: '复垦面积', aliases: [], type: 'number', unit: '亩', min: 0 };
const elderly: FieldDef = { key: 'elderly80', label: '80岁以上老人数', aliases: [], type: 'integer', unit: '人', min: 0 };
const all = ctx(...[villages, fund, rate, training, finished, contact, area, elderly].map((f) => open(f)));
const values = (text: string): string[] => summary(parseReply(text, all).values);

describe('other kinds of fields', () => {
  it.each([
    ['行政村数量：12', 'villages=12@2026-11'],
    ['行政村12个', 'villages=12@2026-11'],
    ['专项资金12.5万元', 'fund=12.5@2026-11'],
    ['专项资金125000元', 'fund=12.5@2026-11'],
    ['参保率95%', 'rate=95@2026-11'],
    ['参保率：96.5', 'rate=96.5@2026-11'],
    ['已开展培训', 'training=true@2026-11'],
    ['培训已开展', 'training=true@2026-11'],
    ['未开展培训', 'training=false@2026-11'],
    ['是否开展培训：是', 'training=true@2026-11'],
    ['完成时间：11月20日', 'finished_on="2026-11-20"@2026-11'],
    ['负责人：张三，电话13800000000', 'contact="张三，电话13800000000"@2026-11'],
    ['复垦面积120.5亩', 'area=120.5@2026-11'],
    ['80岁以上老人120人', 'elderly80=120@2026-11'],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual([expected]);
  });

  it('reads a yes/no said loosely about part of the label', () => {
    const plan: FieldDef = { key: 'plan_revised', label: '是否完成应急预案修订', aliases: ['应急预案修订情况'], type: 'boolean' };
    const drills: FieldDef = { key: 'drills', label: '应急演练次数', aliases: ['演练次数'], type: 'integer', unit: '次', min: 0 };
    const c = ctx(open(plan, '2026-Q4'), open(drills, '2026-Q4'));
    expect(summary(parseReply('大石镇四季度演练2次，预案已修订', c).values)).toEqual(['drills=2@2026-Q4', 'plan_revised=true@2026-Q4']);
    expect(summary(parseReply('四季度应急演练1次，预案修订还没完成', c).values)).toEqual(['drills=1@2026-Q4', 'plan_revised=false@2026-Q4']);
    expect(summary(parseReply('应急预案修订情况：否', c).values)).toEqual(['plan_revised=false@2026-Q4']);
    expect(summary(parseReply('预案修订不清楚', c).values)).toEqual([]);
  });

  it('reads numbered lists without taking the list numbers', () => {
    expect(values('一、行政村数量12个\n二、参保率95%')).toEqual(['rate=95@2026-11', 'villages=12@2026-11']);
  });

  it('gives nothing for talk about a field without a figure', () => {
    expect(values('资金还没到位')).toEqual([]);
  });
});
