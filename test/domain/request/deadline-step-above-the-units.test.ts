// A clause that sends something to a body above the county (报市…, 报省…) is the lead's own step up the chain, or a higher
// body's: its due day is never the units'. When it is the only day a notice names, the units have none.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-01-30T15:00:00+08:00'));
const day = (d: Date | null | undefined) => (d ? new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10) : null);

describe('the county’s own step up the chain', () => {
  it('the only day is the county’s to the city: the towns have none', () => {
    const r = parse('【县民政局】关于开展低保户数摸底调查的通知\n各乡镇人民政府、街道办事处：\n一、认真调查。各乡镇（街道）要对辖区低保户数认真摸底，经乡镇政府同意、负责人签字并加盖公章后报县民政局。\n二、县民政局对各乡镇（街道）上报的摸底表汇总后，于2月15日前报市民政局，待市里审定后下达补助计划。');
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.deadline ?? null).toBeNull();
  });

  it('a day of the towns’ own beside the county’s: the towns’ day', () => {
    const r = parse('【县民政局】关于报送低保户数的通知\n各乡镇人民政府、街道办事处：\n请各乡镇（街道）于2月10日前将低保户数报县民政局，县民政局汇总后于2月15日前报市民政局。');
    expect(day(r?.deadline)).toBe('2027-02-10');
  });

  it('the towns sending to the city themselves keep their day', () => {
    const r = parse('【县民政局】关于报送低保户数的通知\n各乡镇人民政府、街道办事处：\n各乡镇（街道）于2月15日前将低保户数直接报市民政局。');
    expect(day(r?.deadline)).toBe('2027-02-15');
  });
});
