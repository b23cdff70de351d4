// BARE_DECIMAL_MONEY: 金额5.6 for a field in 元 — a small figure with a decimal and no unit is the clerk's 万元 as often as
// not; it was stored as 5.6元. It is held and the clerk asked which.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const c = () => ctx(open(F.tempTimes), open(F.tempAmount));

describe('a bare decimal for money in 元', () => {
  it('is held with a question', () => {
    const amount = parseReply('临时救助人次37 金额5.6', c()).values.find((v) => v.field === F.tempAmount.key);
    expect(amount?.confirm).toContain('5.6万元');
  });

  it('with its unit, or whole, it is the figure', () => {
    expect(summary(parseReply('临时救助人次37 金额5.6万元', c()).values)).toEqual(['temp_aid_amount=56000@2026-11', 'temp_aid_times=37@2026-11']);
    expect(parseReply('金额5600', c()).values[0]?.confirm).toBeUndefined();
  });
});
