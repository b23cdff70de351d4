// PAID_SUM / SUM_IN_WORDS (bind.ts): a Chinese numeral counting in 万 or 千 with no measure word is a figure, read bare as an
// Arabic one is (两万八千六不对，是两万六千八), and said after words of money or of paying it out (钱发了, 临时救助发了) it is the
// open money item's sum — never the count beside it.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const values = (text: string, ...candidates: ReturnType<typeof open>[]): string[] => summary(parseReply(text, ctx(...candidates)).values);

describe('a spoken sum of money', () => {
  it('钱发了两万八千六 is the money item\'s', () => {
    expect(values('钱发了两万八千六', open(F.tempAmount), open(F.tempTimes))).toEqual(['temp_aid_amount=28600@2026-11']);
  });

  it('临时救助发了一万零五百 is the amount, not the person-times', () => {
    expect(values('临时救助发了一万零五百', open(F.tempAmount), open(F.tempTimes))).toEqual(['temp_aid_amount=10500@2026-11']);
    expect(values('医疗救助发了三万二千四，救了15人次', open(F.medicalAmount), open(F.medicalTimes)))
      .toEqual(['medical_aid_amount=32400@2026-11', 'medical_aid_times=15@2026-11']);
  });

  it('said after the figure it replaces is read as a bare figure is', () => {
    const latest = { ...open(F.tempAmount, '2026-11', true), latest: true };
    expect(values('两万八千六不对，是两万六千八', latest, open(F.tempTimes))).toEqual(['temp_aid_amount=26800@2026-11']);
  });

  it('a Chinese numeral under a thousand without a measure word is still no bare figure', () => {
    expect(values('等一下，两个村还没报', open(F.tempAmount), open(F.tempTimes))).toEqual([]);
  });
});
