// 户数人数分别为128、203: two labels that are only measure words, run together with nothing between them, are two labels said
// respectively (read as one, no figure was read).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

describe('measure labels run together before 分别', () => {
  it('each takes its figure', () => {
    expect(summary(parseReply('户数人数分别为128、203', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons))).values))
      .toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11']);
  });
});
