// A yes/no state the writer said before and now calls wrong (刚才说全部撤离是错的) is taken back: the answer is no, never
// the 是 of 是错的 read as yes.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const moved: FieldDef = { key: 'moved', label: '已转移人数', aliases: ['已转移'], type: 'integer', unit: '人', min: 0 };
const all = { key: 'all', label: '是否全部撤离', aliases: ['全部撤离'], type: 'boolean' } as FieldDef;
const done = { key: 'done', label: '是否完成插种', aliases: ['插种完成'], type: 'boolean' } as FieldDef;

describe('a yes/no said before and taken back', () => {
  it('刚才说全部撤离是错的 is no', () => {
    const r = parseReply('乐庄村还有2户5个老人不肯走 已转移的是407人 刚才说全部撤离是错的', ctx(open(moved), open(all)));
    expect(summary(r.values)).toEqual(['all=false@2026-11', 'moved=407@2026-11']);
  });

  it('之前报的插种完成不对 is no', () => {
    const r = parseReply('之前报的插种完成不对，还有一百来亩', ctx(open(done)));
    expect(summary(r.values)).toEqual(['done=false@2026-11']);
  });

  it('leaves a state said now alone', () => {
    const r = parseReply('全部撤离了', ctx(open(all)));
    expect(summary(r.values)).toEqual(['all=true@2026-11']);
  });
});
