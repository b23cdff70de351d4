// NIL_OF_WHAT_WAS_ADDED: a nil said of what was added (新增隐患没有, 又发现的隐患没有) says nothing was added since the figure
// given; it is no zero of an item that counts them all. 完成率100% 新增隐患没有 overwrote 发现燃气隐患 9 with 0.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const found: FieldDef = { key: 'gas_found', label: '发现燃气隐患', aliases: ['发现隐患', '隐患'], type: 'integer', unit: '处', min: 0 };
const rate: FieldDef = { key: 'check_rate', label: '入户排查完成率', aliases: ['完成率'], type: 'number', unit: '%', min: 0 };
const added: FieldDef = { key: 'new_points', label: '新增隐患点', aliases: ['新增隐患点数'], type: 'integer', unit: '处', min: 0 };

describe('a nil said of what was added', () => {
  const c = ctx(open(found, '2026-11', true), open(rate, '2026-11', true));

  it('is no zero of the whole count', () => {
    expect(summary(parseReply('龙口 剩下的户今天也排完了 完成率100% 新增隐患没有', c).values)).toEqual(['check_rate=100@2026-11']);
    expect(summary(parseReply('新增隐患没有', c).values)).toEqual([]);
    expect(summary(parseReply('又发现的隐患没有', c).values)).toEqual([]);
  });

  it('leaves a nil of the count itself, and of an item that counts what is new, at 0', () => {
    expect(summary(parseReply('完成率100% 隐患没有', c).values)).toEqual(['check_rate=100@2026-11', 'gas_found=0@2026-11']);
    expect(summary(parseReply('新增隐患点没有', ctx(open(added))).values)).toEqual(['new_points=0@2026-11']);
  });
});
