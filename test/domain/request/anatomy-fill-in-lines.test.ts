// FILL_IN_ENTRY: 请各镇街于11月28日前报送：⏎低保户数：____户⏎低保人数：  人 — a list laid out as a form to fill in (a name, a
// colon and the blank for the figure) is the ask's item list. Each line was read as a sentence that asks nothing, and the
// lead was told no item had been recognised.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2026-11-20T09:00:00+08:00';
const fields = (text: string) => parseWithDictionary(text, 'lead_mz', AT)?.fields;

describe('lines laid out as blanks to fill in', () => {
  it('after an ask that ends in a colon are its items', () => {
    expect(fields('【区民政局】请各镇街于11月28日前报送：\n低保户数：  户\n低保人数：  人\n临时救助金额：  元')).toEqual(['dibao_households', 'dibao_persons', 'temp_aid_amount']);
    expect(fields('【区民政局】请各镇街于11月28日前报送：\n低保户数：\n临时救助金额（元）：')).toEqual(['dibao_households', 'temp_aid_amount']);
  });

  it('above an ask that points back at them are its items', () => {
    expect(fields('【区民政局】各镇街：\n低保户数：____户\n低保人数：____人\n以上数据请于11月28日前报送。')).toEqual(['dibao_households', 'dibao_persons']);
  });

  it('a form header line (填报人：) is no item', () => {
    const r = parseWithDictionary('【区民政局】请各镇街于11月28日前报送以下数据：\n1.低保户数：____户\n2.低保人数：____人\n填报人：\n联系电话：', 'lead_mz', AT);
    expect(r?.fields).toEqual(['dibao_households', 'dibao_persons']);
    expect(r?.newFields).toEqual([]);
  });
});
