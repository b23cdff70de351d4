// 低保户数和人数分别是128、203 / 临时救助人次和金额分别为12、36000: labels joined by 和 inside one clause take the figures after
// 分别 in order (readRespectively, read-clause.ts). Only labels listed with 、 were paired: the first was offered as a
// choice of fields, and the second stored 12 as 临时救助金额 — a wrong figure. RESPECTIVELY_COUNTS: when the figures are
// not as many as the labels, none is stored and the reporter is asked.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const lowIncome = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tekun));
const aid = ctx(open(F.tempTimes), open(F.tempAmount));

describe('分别 after labels joined by 和', () => {
  it('two labels, the second leaving out the stem it shares with the first', () => {
    expect(summary(parseReply('低保户数和人数分别是128、203', lowIncome).values))
      .toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11']);
  });

  it('figures joined by 和 too', () => {
    expect(summary(parseReply('低保户数和低保人数分别是128和203', lowIncome).values))
      .toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11']);
  });

  it('a count and an amount: neither figure goes to the other item', () => {
    expect(summary(parseReply('临时救助人次和金额分别为12、36000', aid).values))
      .toEqual(['temp_aid_amount=36000@2026-11', 'temp_aid_times=12@2026-11']);
  });

  it('a later label after the run of figures is read on its own', () => {
    expect(summary(parseReply('低保户数、人数分别为128户、203人，特困57人', lowIncome).values))
      .toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11', 'tekun_persons=57@2026-11']);
  });
});

describe('分别 with fewer figures than labels', () => {
  it('stores none and asks for each item', () => {
    const r = parseReply('低保户数、低保人数、特困人数分别为128、203', lowIncome);
    expect(r.values).toEqual([]);
    expect(r.invalid[0]?.reason).toContain('请逐项回复');
  });
});
