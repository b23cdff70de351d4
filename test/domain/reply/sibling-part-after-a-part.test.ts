// 医疗救助门诊32人次住院15人次: right after a figure said of one kind of an item (门诊), a figure in the same measure word
// whose words name nothing (住院) is another kind of it (SIBLING_PART, read-clause.ts). 门诊's 32 was stored as the item's
// figure and 住院's 15 dropped as "something else"; now neither is stored and the total is asked for.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const read = (text: string, ...fields: Array<typeof F.tekun>) => parseReply(text, ctx(...fields.map((f) => open(f))));

describe('a figure of another kind right after a part is a part too', () => {
  it('门诊…住院… without a pause: the total is asked for', () => {
    const r = read('医疗救助门诊32人次住院15人次', F.medicalTimes);
    expect(r.values).toEqual([]);
    expect(r.invalid.map((v) => v.reason)).toEqual(['“门诊32人次”“住院15人次”是分项，请回复医疗救助人次的合计数']);
  });

  it('with a comma, and another item after: only the parts are held back', () => {
    const r = read('医疗救助门诊32人次，住院15人次，金额合计12.6万', F.medicalTimes, F.medicalAmount);
    expect(summary(r.values)).toEqual(['medical_aid_amount=126000@2026-11']);
    expect(r.invalid.map((v) => v.field)).toEqual(['medical_aid_times']);
  });

  it('a figure of something else after the item itself is still not its part (低保户数120户，核查30户)', () => {
    expect(summary(read('低保户数120户，核查30户', F.dibaoHouseholds).values)).toEqual(['dibao_households=120@2026-11']);
  });

  it('a figure in another measure word is no part (门诊32人次，花了3万元)', () => {
    const r = read('医疗救助门诊32人次，住院花了3万元', F.medicalTimes);
    expect(r.invalid).toEqual([]);
  });
});
