import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

// MONEY_SIGN_BEFORE_FIGURE (normalize.ts): ¥ / ￥ before a figure is its measure word, 元. Before, the sign hid the figure.
const parse = (text: string, ...candidates: ReturnType<typeof open>[]) => parseReply(text, ctx(...candidates));

describe('a yuan sign before a figure', () => {
  it('reads the figure as yuan', () => {
    expect(summary(parse('临时救助金额：¥28600', open(F.tempAmount)).values)).toEqual(['temp_aid_amount=28600@2026-11']);
    expect(summary(parse('临时救助15人次 ￥ 28,600', open(F.tempTimes), open(F.tempAmount)).values).sort())
      .toEqual(['temp_aid_amount=28600@2026-11', 'temp_aid_times=15@2026-11']);
  });

  it('keeps a multiplier after the figure (¥2.86万 is 28600)', () => {
    expect(summary(parse('临时救助金额¥2.86万', open(F.tempAmount)).values)).toEqual(['temp_aid_amount=28600@2026-11']);
  });
});
