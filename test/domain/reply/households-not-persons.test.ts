// A figure counted in households is never stored as a count of persons (nor the reverse), whatever the label shares.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

describe('户 is not 人', () => {
  it('低保户17户 does not answer 低保人数 when only persons are asked', () => {
    const only = ctx(open(F.dibaoPersons, '2026-11', true), open(F.tekun));
    expect(summary(parseReply('新店村低保户17户，特困2人', only).values)).toEqual(['tekun_persons=2@2026-11']);
  });

  it('a figure in persons does not answer a count of households', () => {
    const only = ctx(open(F.dibaoHouseholds), open(F.tekun));
    expect(summary(parseReply('低保31人，特困2人', only).values)).toEqual(['tekun_persons=2@2026-11']);
  });

  it('the right measure word still binds', () => {
    const both = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons));
    expect(summary(parseReply('低保17户31人', both).values).sort()).toEqual(['dibao_households=17@2026-11', 'dibao_persons=31@2026-11']);
  });
});
