// MONEY_PAST_FEN: 临时救助金额 32.000元 was stored as 32 元. A sum in 元 goes to the 分 (two places); three digits after the
// point are a thousands mark typed as a point as often as decimals, so the reporter is asked which, and nothing is stored.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const read = (text: string) => parseReply(text, ctx(open(F.tempAmount)));

describe('a sum in 元 with more than two decimals', () => {
  it('three decimals: asked which of two readings, nothing stored', () => {
    const r = read('临时救助金额 32.000元');
    expect(summary(r.values)).toEqual([]);
    expect(r.invalid.map((i) => i.reason)).toEqual(['是32元，还是32000元？']);
  });

  it('more than three: asked for the sum', () => {
    const r = read('临时救助金额1.2345元');
    expect(summary(r.values)).toEqual([]);
    expect(r.invalid[0]?.reason).toContain('两位小数');
  });

  it('to the 分, or in 万元, is stored', () => {
    expect(summary(read('临时救助金额32.50元').values)).toEqual(['temp_aid_amount=32.5@2026-11']);
    expect(summary(read('临时救助金额3.256万元').values)).toEqual(['temp_aid_amount=32560@2026-11']);
  });
});
