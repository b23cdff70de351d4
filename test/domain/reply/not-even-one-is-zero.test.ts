// NOT_EVEN_ONE: 一 and a measure word, then 都/也 and 没/未 (整改一份都没下, 隐患一处也没发现, 一家也没有), says not even one: the
// figure is 0. 王家庄村…整改一份都没下 stored 1. Not reporting words (一个都没报 is no figure yet) and not 不 (一个都不少).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const orders: FieldDef = { key: 'sx_order', label: '下达责令整改通知书', aliases: ['责令整改', '整改'], type: 'integer', unit: '份', min: 0 };
const staff: FieldDef = { key: 'sx_staff', label: '出动检查人员', aliases: ['出动人员'], type: 'integer', unit: '人次', min: 0 };

describe('not even one', () => {
  it('is zero', () => {
    const c = ctx(open(orders), open(staff));
    expect(summary(parseReply('出动人员10人次 整改一份都没下 口头提醒了', c).values)).toEqual(['sx_order=0@2026-11', 'sx_staff=10@2026-11']);
    expect(summary(parseReply('责令整改一份也没有', c).values)).toEqual(['sx_order=0@2026-11']);
    expect(summary(parseReply('食品安全隐患一处也没发现', ctx(open(F.food))).values)).toEqual(['food_safety_hazards=0@2026-11']);
  });

  it('is one when nothing negates it, and no zero when the report is not made', () => {
    const c = ctx(open(orders));
    expect(summary(parseReply('整改一份', c).values)).toEqual(['sx_order=1@2026-11']);
    expect(summary(parseReply('整改一份都没报', c).values)).not.toContain('sx_order=0@2026-11');
  });
});
