// SPACED_DIGITS_ASKED: 低保户数 1 2 8 — digits typed one by one with spaces and no measure word after them: 128, or three
// figures for three items, cannot be told. The first digit was stored (1, a wrong figure); now nothing is read and the
// reporter is asked to write each item's figure again. With a measure word after them they are one figure
// (SPACED_VOICE_DIGITS), and a pasted table's row of figures is read as the table.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const parse = (text: string) => parseReply(text, ctx(open(F.dibaoHouseholds), open(F.tekun)));

describe('digits typed with spaces and no measure word', () => {
  it('are asked back, never read as the first digit', () => {
    const r = parse('低保户数 1 2 8');
    expect(r.values).toEqual([]);
    expect(r.unspread).toEqual(['低保户数 1 2 8']);
  });

  it('each clause on its own', () => {
    const r = parse('低保户数 1 2 8，特困人数 12');
    expect(summary(r.values)).toEqual(['tekun_persons=12@2026-11']);
    expect(r.unspread).toEqual(['低保户数 1 2 8']);
  });

  it('a table row of figures is the table', () => {
    expect(summary(parse('低保户数 特困人数\n8 5').values)).toEqual(['dibao_households=8@2026-11', 'tekun_persons=5@2026-11']);
  });
});
