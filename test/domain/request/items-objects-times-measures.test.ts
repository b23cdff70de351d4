// 水、电、燃油的消耗数量和金额 / 网箱养殖的产量和面积: a list of objects whose last member says 的 and then a list of measures
// asks for every measure of every object; an object may be one character (水, 电), the measure makes the name. A reading
// is taken only when the dictionary names it outright.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const num = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'number', unit, min: 0 });
const fields: FieldDef[] = [
  num('water_use', '党政机关用水量', ['水消耗数量', '用水量'], '吨'),
  num('water_cost', '党政机关水费', ['水费', '用水金额'], '元'),
  num('power_use', '党政机关用电量', ['电消耗数量', '用电量'], '千瓦时'),
  num('power_cost', '党政机关电费', ['电费', '用电金额'], '元'),
  num('fuel_use', '党政机关燃油消耗量', ['燃油消耗数量', '用油量'], '升'),
  num('fuel_cost', '党政机关燃油费', ['燃油费', '燃油金额'], '元'),
  num('aq_area', '水产养殖面积', [], '亩'),
  num('aq_output', '水产养殖产量', [], '公斤'),
  num('cage_output', '网箱养殖产量', [], '公斤'),
  num('cage_area', '网箱养殖面积', [], '亩'),
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('a list of objects, then 的 and a list of measures', () => {
  it('asks for each measure of each object, one-character objects included', () => {
    const r = parse('各乡镇：请于11月10日前报送前三季度党政机关办公用的水、电、燃油的消耗数量和金额。');
    expect(r?.fields).toEqual(['water_use', 'water_cost', 'power_use', 'power_cost', 'fuel_use', 'fuel_cost']);
  });

  it('one object with two measures reads the second with the object, not with the section it stands in', () => {
    const r = parse('各乡镇：请于11月10日前报送调查内容。（二）水产养殖业：网箱养殖的产量和面积。');
    expect(r?.fields).toEqual(['cage_output', 'cage_area']);
  });
});
