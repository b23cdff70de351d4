// 低保户数128，人数上月203，本月206 with only this month asked: the label 人数 (only a measure word and 数) names the item
// for both figures after it, whichever period each is said for; 本月206 is the persons' figure, never the households'.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

describe('a measure-word label over two periods', () => {
  it('本月206 after 人数上月203 is the persons of this month', () => {
    const r = parseReply('低保户数128，人数上月203，本月206', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)));
    expect(summary(r.values)).toEqual(['dibao_households=128@2026-11', 'dibao_persons=206@2026-11']);
  });
  it('with both periods asked, each is stored', () => {
    const r = parseReply('低保户数128，人数上月203，本月206', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.dibaoPersons, '2026-10')));
    expect(summary(r.values)).toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-10', 'dibao_persons=206@2026-11']);
  });
  it('人数上月203，本月206 alone is the persons of this month', () => {
    const r = parseReply('人数上月203，本月206', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)));
    expect(summary(r.values)).toEqual(['dibao_persons=206@2026-11']);
  });
});
