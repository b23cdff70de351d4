// BARE_CHINESE_FIGURE: 二百零三 as the whole reply, with one count open — a Chinese numeral said alone can only be the figure
// (inside a sentence it needs a label or a measure word: 一下, 一起). It was read as nothing.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

describe('a Chinese numeral as the whole reply', () => {
  it('is the figure of the one count open', () => {
    expect(summary(parseReply('两百零三', ctx(open(F.dibaoPersons))).values)).toEqual(['dibao_persons=203@2026-11']);
  });

  it('not with two counts open, nor without its magnitude', () => {
    expect(parseReply('二百零三', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons))).values).toEqual([]);
    expect(parseReply('三', ctx(open(F.dibaoPersons))).values).toEqual([]);
  });
});
