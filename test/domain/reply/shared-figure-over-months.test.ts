// SHARED_PERIODS (shared-periods.ts): 10月和11月低保户数都是128 — two months joined, then 都 and one figure: the figure is each
// month's. Only November's was read, and October's was asked again.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const twoMonths = ctx(open(F.dibaoHouseholds, '2026-10'), open(F.dibaoHouseholds, '2026-11'));

describe('one figure for two months said together', () => {
  it('10月和11月…都是', () => {
    expect(summary(parseReply('10月和11月低保户数都是128', twoMonths).values))
      .toEqual(['dibao_households=128@2026-10', 'dibao_households=128@2026-11']);
  });
  it('10、11月 with the label before the months', () => {
    expect(summary(parseReply('低保户数10、11月都是128户', twoMonths).values))
      .toEqual(['dibao_households=128@2026-10', 'dibao_households=128@2026-11']);
  });
  it('more items said the same way right after are each month\'s too', () => {
    const both = ctx(...['2026-10', '2026-11'].flatMap((p) => [open(F.dibaoHouseholds, p), open(F.dibaoPersons, p)]));
    expect(summary(parseReply('10月和11月低保户数都是128户 人数都是203人', both).values))
      .toEqual(['dibao_households=128@2026-10', 'dibao_households=128@2026-11', 'dibao_persons=203@2026-10', 'dibao_persons=203@2026-11']);
  });
  it('two months with a figure each are read as before', () => {
    expect(summary(parseReply('10月128户，11月130户', twoMonths).values))
      .toEqual(['dibao_households=128@2026-10', 'dibao_households=130@2026-11']);
  });
});
