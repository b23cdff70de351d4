// 厨余垃圾12吨左右是估算的，按转运台账是11.86吨: the record a figure is read from (按转运台账, 根据系统) names no item, so
// the figure keeps the label said before it.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';
import { L } from './fields-fresh12.js';

describe('a figure read from a record', () => {
  it('takes the label said before the estimate it replaces', () => {
    const r = parseReply('厨余垃圾12吨左右是估算的，按转运台账是11.86吨', ctx(open(L.kitchen), open(L.recycle)));
    expect(summary(r.values)).toEqual(['lj_kitchen=11.86@2026-11']);
  });

  it('takes the label of the clause before (根据系统统计为)', () => {
    const r = parseReply('低保户数报的120户不对，根据系统统计为126户', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)));
    expect(summary(r.values)).toEqual(['dibao_households=126@2026-11']);
  });
});
