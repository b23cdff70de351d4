// OTHER_OF_TWO_SETTLED: 医疗救助 32人次 5.6万 with 医疗救助人次 and 医疗救助金额 open — the bare 5.6万 could be either, but the
// reply just gave the count in its own measure (32人次): the figure is the amount. The clerk was asked which one it was.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open, summary } from './fixtures.js';

const read = (text: string) => parseReply(text, { at: AT, timezone: 'Asia/Shanghai', candidates: [open(F.medicalTimes), open(F.medicalAmount)] });

describe('a bare figure after the other item was given in its measure', () => {
  it('is the other item', () => {
    const r = read('医疗救助 32人次 5.6万');
    expect(summary(r.values)).toEqual(['medical_aid_amount=56000@2026-11', 'medical_aid_times=32@2026-11']);
    expect(r.choices).toEqual([]);
  });

  it('is still asked about when nothing was said in a measure', () => {
    const r = read('医疗救助 5.6万');
    expect(r.values).toEqual([]);
    expect(r.choices.length).toBe(1);
  });

  it('a sum after the count is never settled as the amount', () => {
    const r = read('医疗救助门诊12人次，住院8人次，共计20');
    expect(r.values.some((v) => v.field === 'medical_aid_amount')).toBe(false);
  });
});
