import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

// FILLER (phrases.ts): 准确数 set off by a space, or right before the figure, says the figure is exact; it labels nothing.
const values = (text: string, ...candidates: ReturnType<typeof open>[]): string[] => summary(parseReply(text, ctx(...candidates)).values);

describe('准确数 before a label or a figure', () => {
  it('leaves the label after it to name the item', () => {
    expect(values('准确数 户数128', { ...open(F.dibaoHouseholds, '2026-11', true), latest: true })).toEqual(['dibao_households=128@2026-11']);
    expect(values('准确数 户数128 人数203', open(F.dibaoHouseholds), open(F.dibaoPersons)))
      .toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11']);
  });

  it('is no label of a figure right after it', () => {
    expect(values('准确数 128', open(F.dibaoHouseholds))).toEqual(['dibao_households=128@2026-11']);
  });
});
