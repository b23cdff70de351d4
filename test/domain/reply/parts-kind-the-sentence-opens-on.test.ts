// QUALIFIER_OF_THE_SENTENCE: 住院32人次，金额5.6万元；门诊10人次，金额0.4万元 — the amount labelled with its item's name alone
// is said of the kind its sentence opened on (住院, 门诊); read as no kind, 门诊's 0.4万 replaced 住院's 5.6万 and 4000 was
// stored as the month's amount.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open, summary } from './fixtures.js';

const read = (text: string) => parseReply(text, { at: AT, timezone: 'Asia/Shanghai', candidates: [open(F.medicalTimes), open(F.medicalAmount)] });

describe('figures in sentences that each open on a kind', () => {
  it('are parts: the total is asked for, no part is stored', () => {
    const r = read('医疗救助：住院32人次，金额5.6万元；门诊10人次，金额0.4万元');
    expect(r.values.some((v) => v.field === 'medical_aid_amount')).toBe(false);
    expect(r.invalid.map((i) => i.field)).toContain('medical_aid_amount');
  });

  it('the total said after them is the figure', () => {
    expect(summary(read('医疗救助：住院32人次，金额5.6万元；门诊10人次，金额0.4万元；合计42人次，6万元').values))
      .toEqual(['medical_aid_amount=60000@2026-11', 'medical_aid_times=42@2026-11']);
  });

  it('a sum after the kinds is of every kind, never the last one\'s', () => {
    expect(summary(read('医疗救助门诊15人次、住院8人次，共23人次；金额12.4万').values))
      .toEqual(['medical_aid_amount=124000@2026-11', 'medical_aid_times=23@2026-11']);
    expect(summary(read('医疗救助 住院15人次 门诊22人次 共37人次 金额8.6万').values))
      .toEqual(['medical_aid_amount=86000@2026-11', 'medical_aid_times=37@2026-11']);
  });

  it('a short clause opening the sentence names its kind too', () => {
    const r = read('住院，金额5.6万元；门诊，金额0.4万元');
    expect(r.values.some((v) => v.field === 'medical_aid_amount')).toBe(false);
    expect(r.invalid.map((i) => i.field)).toContain('medical_aid_amount');
  });
});
