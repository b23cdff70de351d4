// DASH_NOT_KNOWN: a dash in a pasted table's cell is none, not applicable or not known yet, which the reader cannot
// tell apart: it gives no figure, while 无 in a cell is none.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

describe('a dash in a table', () => {
  it('gives no figure for its column', () => {
    const r = parseReply('低保户数\t低保人数\t特困供养人数\n12\t—\t无', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tekun)));
    expect(summary(r.values)).toEqual(['dibao_households=12@2026-11', 'tekun_persons=0@2026-11']);
  });

  it('nor for its period when periods are the columns', () => {
    const r = parseReply('项目\t10月\t11月\n低保户数\t12\t—', ctx(open(F.dibaoHouseholds, '2026-10'), open(F.dibaoHouseholds, '2026-11')));
    expect(summary(r.values)).toEqual(['dibao_households=12@2026-10']);
  });
});
