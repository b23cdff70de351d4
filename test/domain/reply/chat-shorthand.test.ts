import { describe, expect, it } from 'vitest';
import { parseNumberToken } from '../../../src/domain/numbers.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { findQuantities, unitList } from '../../../src/domain/reply/quantities.js';
import { F, ctx, open, summary } from './fixtures.js';

const social = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tekun), open(F.tempTimes), open(F.tempAmount));
const values = (text: string): string[] => summary(parseReply(text, social).values);
const amounts = (text: string): number[] =>
  findQuantities(text, new Uint8Array(text.length), unitList([])).map((q) => q.value);

describe('w / W after an Arabic number is the chat shorthand for 万', () => {
  it.each([
    ['1.2w户', 12_000], ['3W元', 30_000], ['1.5w', 15_000],
  ])('%s → %d', (text, value) => {
    expect(amounts(text)).toEqual([value]);
  });

  it('is not a multiplier inside a word (5wifi)', () => {
    expect(amounts('5wifi')).toEqual([]);
  });

  it('parses as a token too', () => {
    expect(parseNumberToken('1.2w')).toBe(12_000);
    expect(parseNumberToken('2W')).toBe(20_000);
  });

  it('binds the figure', () => {
    expect(values('本月临时救助金额1.5w元')).toEqual(['temp_aid_amount=15000@2026-11']);
  });
});
