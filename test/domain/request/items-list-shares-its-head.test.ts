// 已改造小区数量、住宅建筑面积、户数 / 残疾儿童总数、已入学人数和入学率: what a list says once at its head (a state, or the
// object of its first count) is said of every member after it that names none of its own, when the dictionary has a
// field that says it in the member's own measure; a member the dictionary knows only without it is read alone.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const field = (key: string, label: string, unit: string): FieldDef => ({ key, label, aliases: [], type: 'number', unit, min: 0 });
const fields: FieldDef[] = [
  field('estates', '住宅小区数量', '个'),
  field('estates_area', '住宅小区建筑面积', '万平方米'),
  field('estates_households', '住宅小区户数', '户'),
  field('renovated', '已改造住宅小区数量', '个'),
  field('renovated_area', '已改造住宅小区建筑面积', '万平方米'),
  field('renovated_households', '已改造住宅小区户数', '户'),
  field('elevators', '加装电梯数', '部'),
  field('disabled_children', '适龄残疾儿童数', '人'),
  field('disabled_enrolled', '已入学残疾儿童人数', '人'),
  field('disabled_enrol_rate', '适龄残疾儿童入学率', '%'),
  { key: 'enrol_rate', label: '义务教育入学率', aliases: ['入学率'], type: 'number', unit: '%', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('what a list says once at its head', () => {
  it('a state is said of the members after it', () => {
    const r = parse('各镇街：请于11月30日前报送住宅小区数量、住宅建筑面积、户数，已改造小区数量、住宅建筑面积、户数。');
    expect(r?.fields).toEqual(['estates', 'estates_area', 'estates_households', 'renovated', 'renovated_area', 'renovated_households']);
  });

  it('is not lent to a member the dictionary knows only without it', () => {
    const r = parse('各镇街：请于11月30日前报送已改造小区数量、加装电梯数。');
    expect(r?.fields).toEqual(['renovated', 'elevators']);
  });

  it('the object of the first count is said of a member that names none, even one the dictionary knows alone', () => {
    const r = parse('各校：请于11月30日前填报残疾儿童总数、已入学人数（按类别合计）和入学率。');
    expect(r?.fields).toEqual(['disabled_children', 'disabled_enrolled', 'disabled_enrol_rate']);
  });
});
