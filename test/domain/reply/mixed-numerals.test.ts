import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { findQuantities, unitList } from '../../../src/domain/reply/quantities.js';
import { F, ctx, open, summary } from './fixtures.js';

const social = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tekun), open(F.tempTimes), open(F.tempAmount));
const values = (text: string): string[] => summary(parseReply(text, social).values);
const amounts = (text: string): number[] =>
  findQuantities(text, new Uint8Array(text.length), unitList([])).map((q) => q.value);

describe('Arabic digits with spoken orders of magnitude', () => {
  it.each([
    ['3千2百元', 3200], ['3千2', 3200], ['1万2', 12_000], ['1万2千5百', 12_500], ['4万6千', 46_000],
    ['1百零5户', 105], ['2百人', 200], ['1万零5', 10_005],
  ])('%s → %d', (text, value) => {
    expect(amounts(text)).toEqual([value]);
  });

  it('does not run into a following number or a decimal', () => {
    expect(amounts('1.2万3户')).toEqual([12_000, 3]);
    expect(amounts('金额3万，12户')).toEqual([30_000, 12]);
  });

  it('binds the amount by its 元 unit', () => {
    expect(values('本月临时救助3千2百元')).toEqual(['temp_aid_amount=3200@2026-11']);
    expect(values('本月临时救助金额1万2')).toEqual(['temp_aid_amount=12000@2026-11']);
  });
});
