// MEASURE_CONTRADICTS_LABEL: a label that names a count of persons with a figure in 户 (or the reverse) is never filed
// by its measure word under another item: it is held for the labelled item with a question, or asked about between the
// labelled item and the one the measure word fits.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

describe('a measure word that contradicts the label', () => {
  it('is held for the labelled item with a question, not filed under the item counted in 户', () => {
    const r = parseReply('低保人数更正为208户', ctx(open(F.dibaoHouseholds, '2026-11', true), open(F.dibaoPersons, '2026-11', true)));
    expect(summary(r.values)).toEqual(['dibao_persons=208@2026-11']);
    expect(r.values[0]!.confirm).toMatch(/208户.*208人/);
  });

  it('is asked about between the labelled item and the one named just before that its measure word fits', () => {
    const r = parseReply('低保户数120户，低保人数应该是210户', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)));
    expect(summary(r.values)).toEqual(['dibao_households=120@2026-11']);
    expect(r.choices.map((c) => c.options.map((o) => o.field).sort())).toEqual([['dibao_households', 'dibao_persons']]);
  });

  it('leaves a figure whose measure word fits its label alone', () => {
    const r = parseReply('低保人数210人', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)));
    expect(summary(r.values)).toEqual(['dibao_persons=210@2026-11']);
    expect(r.values[0]!.confirm).toBeUndefined();
  });
});
