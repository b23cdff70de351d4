// 10月、11月低保户数分别为128、130: months joined, then 分别 and as many figures — each month has the figure in its place.
// Read as it stood, November got October's 128 and 130 was lost. With another number of figures, none is read and the
// reporter is asked again.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const both = (...fields: Array<(typeof F)[keyof typeof F]>) => ctx(...fields.flatMap((f) => [open(f, '2026-10'), open(f, '2026-11')]));

describe('respective periods', () => {
  it('each month its figure', () => {
    expect(summary(parseReply('10月、11月低保户数分别为128、130', both(F.dibaoHouseholds)).values))
      .toEqual(['dibao_households=128@2026-10', 'dibao_households=130@2026-11']);
  });

  it('with their units and 和, and a next clause on the same months', () => {
    expect(summary(parseReply('10月和11月的低保户数分别是128户和130户，人数分别为203、206', both(F.dibaoHouseholds, F.dibaoPersons)).values))
      .toEqual(['dibao_households=128@2026-10', 'dibao_households=130@2026-11', 'dibao_persons=203@2026-10', 'dibao_persons=206@2026-11']);
  });

  it('too few figures: none read, the clause asked again', () => {
    const r = parseReply('10月、11月低保户数分别为128', both(F.dibaoHouseholds));
    expect(r.values).toEqual([]);
    expect(r.unspread).toEqual(['10月、11月低保户数分别为128']);
  });

  it('too many figures: none read either', () => {
    const r = parseReply('10月、11月低保户数分别为128、130、140', both(F.dibaoHouseholds));
    expect(r.values).toEqual([]);
    expect(r.choices).toEqual([]);
    expect(r.unspread).toEqual(['10月、11月低保户数分别为128、130、140']);
  });
});
