// LEFT_THE_STOCK: 百岁老人今年去世了1个，现在没有了 stored 1 as the centenarians: a figure after a word of leaving (去世, 迁出,
// 退出, 停保…) counts who left the stock, never its level — unless the item itself counts them (停发人数).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { F, ctx, open, summary } from './fixtures.js';

const stopped: FieldDef = { key: 'gl_stopped', label: '停发人数', aliases: [], type: 'integer', unit: '人', min: 0 };
const stored = (text: string, field: FieldDef) => summary(parseReply(text, ctx(open(field))).values);

describe('a figure of those who left', () => {
  it('is not the stock', () => {
    expect(stored('百岁老人今年去世了1个，现在没有了', F.centenarians)).toEqual([]);
    expect(stored('低保户迁出2户', F.dibaoHouseholds)).toEqual([]);
  });

  it('the stock said beside it still reads', () => {
    expect(stored('低保户本月退出3户，现有128户', F.dibaoHouseholds)).toEqual(['dibao_households=128@2026-11']);
  });

  it('said after a figure is that figure\'s: the level said next is no change', () => {
    // (dev part fresh22: 法人单位95个里面有3个注销了 实际是92个 kept 95)
    const corp: FieldDef = { key: 'jp_corp', label: '清查法人单位', aliases: ['法人单位'], type: 'integer', unit: '个', min: 0 };
    expect(summary(parseReply('法人单位95个里面有3个注销了 实际是92个', ctx(open(corp, '2026-11', true))).values)).toEqual(['jp_corp=92@2026-11']);
  });

  it('is the figure of an item that counts them (停发人数)', () => {
    expect(stored('高龄津贴本月停发3人', stopped)).toEqual(['gl_stopped=3@2026-11']);
  });
});
