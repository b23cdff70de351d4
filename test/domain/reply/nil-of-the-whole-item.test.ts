// NIL_OF_THE_WHOLE_ITEM: 临时救助 无 with 临时救助人次 and 临时救助金额 asked / 隐患点 无 with 隐患点涉及户数 and 隐患点涉及人数 asked —
// none of an item is none of each count asked of it (the item and its facets: 人次, 金额, 涉及户数). Only the count the words
// named best took the zero before; the others stayed unanswered.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const point = int('point', '地质灾害隐患点', ['隐患点', '地灾点'], '处');
const households = int('hh', '隐患点涉及户数', ['涉及户数'], '户');
const persons = int('pp', '隐患点涉及人数', ['涉及人数'], '人');
const drills = int('drill', '应急演练次数', ['演练'], '次');

describe('无 said of an item asked in several counts', () => {
  it('answers its count and its amount', () => {
    expect(summary(parseReply('临时救助 无', ctx(open(F.dibaoHouseholds), open(F.tempTimes), open(F.tempAmount))).values))
      .toEqual(['temp_aid_amount=0@2026-11', 'temp_aid_times=0@2026-11']);
  });

  it('after the figures of a voice run', () => {
    expect(summary(parseReply('低保 120户 临时救助 无', ctx(open(F.dibaoHouseholds), open(F.tempTimes), open(F.tempAmount))).values))
      .toEqual(['dibao_households=120@2026-11', 'temp_aid_amount=0@2026-11', 'temp_aid_times=0@2026-11']);
  });

  it('answers the households and people an item involves', () => {
    expect(summary(parseReply('地质灾害隐患点 无，演练1次', ctx(open(point), open(households), open(persons), open(drills))).values))
      .toEqual(['drill=1@2026-11', 'hh=0@2026-11', 'point=0@2026-11', 'pp=0@2026-11']);
  });

  it('a nil of one facet is that facet only', () => {
    expect(summary(parseReply('临时救助3人次，临时救助金额 无', ctx(open(F.tempTimes), open(F.tempAmount))).values))
      .toEqual(['temp_aid_amount=0@2026-11', 'temp_aid_times=3@2026-11']);
  });
});
