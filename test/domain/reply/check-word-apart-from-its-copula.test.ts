// LEVEL_WORD_TYPED_APART: a level word and its 是 may be typed apart (核了 是21人, 刚核了 是5家, 实际 是92个): the figure after
// them is still the level the check found and replaces the figure said before it in the sentence, hedged with 吧 or not.
// 低保人数20人吧 核了 是21人 kept the hedged 20, the wrong figure.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const venues: FieldDef = { key: 'sx_rest', label: '检查小餐饮', aliases: ['小餐饮'], type: 'integer', unit: '家', min: 0 };

describe('a level word typed apart from its 是', () => {
  it('replaces the figure said before it', () => {
    const c = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons));
    for (const t of ['低保人数20人吧 核了 是21人', '低保人数20人 核了 是21人', '低保人数20人吧 核实了 是21人', '低保人数20人吧 刚核了 是21人', '低保人数20人 实际 是21人']) {
      expect(summary(parseReply(t, c).values)).toEqual(['dibao_persons=21@2026-11']);
    }
    expect(summary(parseReply('柳沟村小餐饮4家吧 刚核了 是5家 有一家新开的', ctx(open(venues))).values)).toEqual(['sx_rest=5@2026-11']);
  });

  it('is the same figure when the check agrees', () => {
    expect(summary(parseReply('低保人数21人吧 核了 是21人', ctx(open(F.dibaoPersons))).values)).toEqual(['dibao_persons=21@2026-11']);
  });
});
