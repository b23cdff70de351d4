import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

// MONEY_OF_THE_ITEM_IN_FORCE: a sum said with its own verb right after the item's name is that item's amount.
const values = (text: string, ...candidates: ReturnType<typeof open>[]): string[] => summary(parseReply(text, ctx(...candidates)).values);

describe('a sum of money said with its verb after the item', () => {
  it('is the amount of the item in force', () => {
    expect(values('临时救助15人次，发放3.2万元', open(F.tempTimes), open(F.tempAmount)))
      .toEqual(['temp_aid_amount=32000@2026-11', 'temp_aid_times=15@2026-11']);
    expect(values('医疗救助8人次，支出12600元', open(F.medicalTimes), open(F.medicalAmount)))
      .toEqual(['medical_aid_amount=12600@2026-11', 'medical_aid_times=8@2026-11']);
  });

  it('is not the amount of an item the name in force does not share (only held, with a question: ASKED_WHAT_IT_IS)', () => {
    const reply = parseReply('低保户数120户，发放3.2万元', ctx(open(F.dibaoHouseholds), open(F.tempAmount)));
    expect(summary(reply.values.filter((v) => !v.confirm))).toEqual(['dibao_households=120@2026-11']);
    expect(reply.values.filter((v) => v.confirm).map((v) => v.confirm)).toEqual(['“发放3.2万元”是指临时救助金额吗？']);
  });

  it('leaves a count said with another verb to something else', () => {
    expect(values('低保户数120户，核查30户', open(F.dibaoHouseholds))).toEqual(['dibao_households=120@2026-11']);
  });
});
