// 户数29 人数72: a label that is only a measure word and 数 names its figure (the one field counted in that measure)
// even when the next figure's label follows it; the 29 was lost because the words after it were not blank.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

describe('a measure-only label before the next item', () => {
  it('户数29 人数72 gives both figures', () => {
    const r = parseReply('户数29 人数72', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)));
    expect(summary(r.values)).toEqual(['dibao_households=29@2026-11', 'dibao_persons=72@2026-11']);
  });
});
