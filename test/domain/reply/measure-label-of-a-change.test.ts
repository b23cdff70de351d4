import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open } from './fixtures.js';

// MEASURE_NAMES_THE_ITEM (unchanged.ts) and CHANGED_BY (read-clause.ts): 户数没变，人数多了3个 — a measure alone (户数, 人数)
// names the one open item counted in it for a claim of no change and for a change, as 户数132 does for a figure. Before,
// neither was read.
const parse = (text: string) => parseReply(text, ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)));

describe('a measure alone naming the item of a change', () => {
  it('reads 户数没变 as no change of 低保户数', () => {
    expect(parse('户数没变').unchanged.map((u) => u.fields)).toEqual([['dibao_households']]);
  });

  it('reads 人数多了3个 as a change of 低保人数', () => {
    expect(parse('人数多了3个').changes.map((c) => `${c.field}${c.delta}`)).toEqual(['dibao_persons3']);
  });

  it('reads both in one reply', () => {
    const r = parse('户数没变，人数多了3个');
    expect(r.unchanged.map((u) => u.fields)).toEqual([['dibao_households']]);
    expect(r.changes.map((c) => `${c.field}${c.delta}`)).toEqual(['dibao_persons3']);
  });
});
