// A bare sum whose label names two sums of money in different units (万元, 元) is not asked about for its unit:
// both measure money, so the label said before it decides (临时救助…金额一万三千二 → 临时救助金额).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, F, open, summary } from './fixtures.js';

const funds: FieldDef = { key: 'dibao_funds', label: '低保金发放金额', aliases: ['低保金'], type: 'number', unit: '万元', min: 0 };

describe('sums of money in different units', () => {
  it('临时救助十一人次金额一万三千二: the amount of 临时救助, in 元', () => {
    const r = parseReply('临时救助十一人次金额一万三千二', ctx(open(F.tempTimes), open(F.tempAmount), open(funds)));
    expect(summary(r.values)).toEqual(['temp_aid_amount=13200@2026-11', 'temp_aid_times=11@2026-11']);
  });

  it('a count and a sum still ask: 临时救助20 with 人次 and 金额 open', () => {
    const r = parseReply('临时救助20', ctx(open(F.tempTimes), open(F.tempAmount)));
    expect(r.values).toEqual([]);
    expect(r.choices).toHaveLength(1);
  });
});
