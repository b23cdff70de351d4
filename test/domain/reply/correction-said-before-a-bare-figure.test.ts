// 128户。哦不对，是129户 / 128户，不对，是129户: the words that say a figure was wrong may stand earlier in the sentence than
// the bare figure that corrects it (CORRECTED_EARLIER_IN_THE_SENTENCE, read-clause.ts). 128 was kept and 129 lost.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const read = (text: string, ...fields: Array<typeof F.tekun>) => parseReply(text, ctx(...fields.map((f) => open(f))));

describe('a correction said before a bare figure', () => {
  it('哦不对，是129户 in the next sentence', () => {
    expect(summary(read('128户。哦不对，是129户', F.dibaoHouseholds).values)).toEqual(['dibao_households=129@2026-11']);
  });
  it('不对，是129户 in the same sentence', () => {
    expect(summary(read('低保户数128户，不对，是129户', F.dibaoHouseholds).values)).toEqual(['dibao_households=129@2026-11']);
  });
  it('说错了，129户', () => {
    expect(summary(read('128户。说错了，129户', F.dibaoHouseholds).values)).toEqual(['dibao_households=129@2026-11']);
  });
  it('a figure with no correction said keeps the first (低保户数128户，另外那个是203)', () => {
    expect(summary(read('低保户数128户，人数203', F.dibaoHouseholds, F.dibaoPersons).values))
      .toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11']);
  });
});
