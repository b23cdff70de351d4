import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

// GLUED_LABEL (parts-then-total.ts): the item's name typed straight on into the first part's words.
const parse = (text: string, ...candidates: ReturnType<typeof open>[]) => parseReply(text, ctx(...candidates));

describe('parts typed straight after the item name', () => {
  it('asks about a total the parts do not add up to', () => {
    const r = parse('百岁老人男2女5共8人', open(F.centenarians));
    expect(summary(r.values)).toEqual([]);
    expect(r.invalid.map((i) => i.field)).toEqual(['centenarians']);
  });

  it('reads the total when the parts add up to it', () => {
    expect(summary(parse('百岁老人男2女5共7人', open(F.centenarians)).values)).toEqual(['centenarians=7@2026-11']);
  });
});
