import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

// SOME_LEFT_THE_COUNT (some-left.ts): a count, then some of those counted said to have left it, and no figure for now.
const parse = (text: string, ...candidates: ReturnType<typeof open>[]) => parseReply(text, ctx(...candidates));

describe('a count some of which have left it since', () => {
  it('is asked back, not stored', () => {
    for (const text of ['百岁老人有三个其中一个上个月去世了', '百岁老人原来4个 走了一个']) {
      const r = parse(text, open(F.centenarians));
      expect(summary(r.values), text).toEqual([]);
      expect(r.invalid.map((i) => i.field), text).toEqual(['centenarians']);
    }
    expect(parse('低保户95户，里面有3户注销了', open(F.dibaoHouseholds)).invalid.map((i) => i.field)).toEqual(['dibao_households']);
    const r = parse('百岁老人有三个其中一个去世了，低保户数31户', open(F.centenarians), open(F.dibaoHouseholds));
    expect(summary(r.values)).toEqual(['dibao_households=31@2026-11']);
    const before = parse('低保户数31户，百岁老人有三个其中一个去世了', open(F.centenarians), open(F.dibaoHouseholds));
    expect(summary(before.values)).toEqual(['dibao_households=31@2026-11']);
    expect(r.invalid.map((i) => i.field)).toEqual(['centenarians']);
  });

  it('takes a figure that is already the count after they left', () => {
    expect(summary(parse('低保户刚才报的95户 核实后是92户 有3户是注销了的', open(F.dibaoHouseholds, '2026-11', true)).values))
      .toEqual(['dibao_households=92@2026-11']);
  });

  it('takes the figure said for now after it', () => {
    expect(summary(parse('低保户95户，有3户注销了，实际是92户', open(F.dibaoHouseholds)).values)).toEqual(['dibao_households=92@2026-11']);
  });

  it('keeps a count whose part is only described', () => {
    expect(summary(parse('百岁老人5人，其中1人是本月新增的', open(F.centenarians)).values)).toEqual(['centenarians=5@2026-11']);
  });
});
