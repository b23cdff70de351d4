// One lexicon for every dictionary: a long official name and its usual short one (拖欠农民工工资 = 欠薪), an old name and
// its new one (退伍军人 = 退役士兵), are the same words wherever a roster's fields use one and a notice the other.
import { describe, expect, it } from 'vitest';
import { createFieldMatcher } from '../../src/domain/dictionary.js';
import type { FieldDef } from '../../src/domain/types.js';

const fields: FieldDef[] = [
  { key: 'pond_volume', label: '塘坝总库容', aliases: [], type: 'number', unit: '万立方米' },
  { key: 'wages_owed', label: '欠薪金额', aliases: [], type: 'number', unit: '万元' },
  { key: 'project_owed', label: '拖欠工程款', aliases: [], type: 'number', unit: '万元' },
  { key: 'rural_veterans', label: '60周岁以上农村籍退役士兵', aliases: [], type: 'integer', unit: '人' },
  { key: 'entitled', label: '重点优抚对象', aliases: ['优抚对象总数'], type: 'integer', unit: '人' },
  { key: 'house_safe', label: '住房安全有保障户数（合计）', aliases: [], type: 'integer', unit: '户' },
  { key: 'house_appraised', label: '鉴定安全户', aliases: [], type: 'integer', unit: '户' },
  { key: 'volunteer_hours', label: '志愿服务时长', aliases: [], type: 'number', unit: '小时' },
  { key: 'coop_staff', label: '供销社从业人员', aliases: [], type: 'integer', unit: '人' },
];
const best = (phrase: string): string | undefined => createFieldMatcher(fields).best(phrase)?.field.key;

describe('shared synonyms', () => {
  it('拖欠农民工工资 / 被拖欠的工资 / 欠薪 are one thing, and 数额 is an amount', () => {
    expect(best('拖欠农民工工资数额')).toBe('wages_owed');
    expect(best('被拖欠的工资金额')).toBe('wages_owed');
    expect(best('拖欠工程款数额')).toBe('project_owed');
  });

  it('退伍军人 is the older name of 退役士兵', () => {
    expect(best('60周岁以上农村籍退伍军人人数')).toBe('rural_veterans');
  });

  it('住房安全有保障 is said 住房安全 for short, and the total is not one of its parts', () => {
    expect(best('住房安全户数')).toBe('house_safe');
    expect(best('鉴定安全户数')).toBe('house_appraised');
  });

  it('the total count of a kind of people is the count of them', () => {
    expect(best('核查的优抚对象总人数')).toBe('entitled');
  });

  it('服务总时数 / 服务小时数 are the time spent, and 供销合作社 is 供销社 for short', () => {
    expect(best('志愿服务总时数')).toBe('volunteer_hours');
    expect(best('供销合作社从业人员数')).toBe('coop_staff');
  });

  it('库容 is the 容积 a pond holds', () => {
    expect(best('塘坝总容积')).toBe('pond_volume');
  });
});
