// 将低保户数、低保人数、特困供养人数填入附件表格报送: where the figures are put (INTO_A_FORM, items.ts) is no item, and the
// last item before it is still read (it ran into 填入附件表格 and was lost).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-02T09:00:00+08:00'));

describe('the form the figures are put into is no item', () => {
  it('填入附件表格报送', () => {
    const r = parse('各镇（街道）：\n请于本月10日前，将辖区内低保户数、低保人数、特困供养人数填入附件表格报送。');
    expect(r?.fields).toEqual(['dibao_households', 'dibao_persons', 'tekun_persons']);
  });
  it('填入附件表格，于…前报送', () => {
    const r = parse('请各镇街将低保户数、特困供养人数填入附件表格，于本月10日前报送。');
    expect(r?.fields).toEqual(['dibao_households', 'tekun_persons']);
  });
  it('填到汇总表里，报区民政局', () => {
    const r = parse('各镇街：请于12月10日前将11月临时救助人次、临时救助金额填到汇总表里，报区民政局。');
    expect(r?.fields).toEqual(['temp_aid_times', 'temp_aid_amount']);
  });
});
