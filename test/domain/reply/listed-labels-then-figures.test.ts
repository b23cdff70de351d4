// LISTED_LABELS_THEN_FIGURES: 低保户数、人数：128、203 stored 128 as 人数; 临时救助人次、金额：15,32000 stored 15 as 金额; 金额、人次：32,000
// stored 32000 as 人次. Labels listed, a colon, then as many figures: each label takes its figure in order, as after 分别. A
// comma that may group thousands (128,203 / 32,000), or figures not one a label, are asked again, never stored.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const read = (text: string, ...fields: Array<(typeof F)[keyof typeof F]>) => parseReply(text, ctx(...fields.map((f) => open(f))));

describe('labels listed, a colon, then figures', () => {
  it('each label takes its figure in order', () => {
    expect(summary(read('低保户数、人数：128、203', F.dibaoHouseholds, F.dibaoPersons).values))
      .toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11']);
    expect(summary(read('临时救助人次、金额：15,32000', F.tempTimes, F.tempAmount).values))
      .toEqual(['temp_aid_amount=32000@2026-11', 'temp_aid_times=15@2026-11']);
    expect(summary(read('低保户数、人数：128、203，特困12人', F.dibaoHouseholds, F.dibaoPersons, F.tekun).values))
      .toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11', 'tekun_persons=12@2026-11']);
  });

  it('a comma that may group thousands is asked again', () => {
    const r = read('临时救助金额、人次：32,000', F.tempAmount, F.tempTimes);
    expect(summary(r.values)).toEqual([]);
    expect(r.unspread?.length).toBe(1);
    expect(summary(read('低保户数、人数：128,203', F.dibaoHouseholds, F.dibaoPersons).values)).toEqual([]);
  });
});
