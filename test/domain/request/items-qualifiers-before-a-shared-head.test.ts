// 城市、农村低保户数 / 集中、分散供养特困人员数: short qualifiers listed before a member whose words after its own qualifier are
// an item the dictionary knows (低保户数) ask for that item of each qualifier, never the total (QUALIFIERS_BEFORE_A_SHARED_HEAD).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, fields, member, parseWithDictionary } from './helpers.js';

const AT = '2026-11-20T09:00:00+08:00';
const labels = (text: string) => {
  const r = parseWithDictionary(text, 'lead_mz', AT);
  return { fields: r?.fields, newFields: r?.newFields.map((f) => f.label) };
};

describe('qualifiers before a shared head', () => {
  it('城市、农村低保户数 asks for each qualified count, not the total', () => {
    expect(labels('【区民政局】请各镇街于11月30日前报送11月份城市、农村低保户数。')).toEqual({ fields: [], newFields: ['城市低保户数', '农村低保户数'] });
  });

  it('a bare measure after the head is asked of each qualifier too (城市、农村低保户数和人数)', () => {
    expect(labels('各镇街：请于11月27日前报送10月底城市、农村低保户数和人数，谢谢。').newFields?.sort())
      .toEqual(['农村低保人数', '农村低保户数', '城市低保人数', '城市低保户数'].sort());
  });

  it('a qualified reading the dictionary names outright is that field (集中、分散供养特困人员数)', () => {
    expect(labels('【区民政局】请各镇街11月30日前报集中、分散供养特困人员数。')).toEqual({ fields: ['tekun_centralized'], newFields: ['分散供养特困人员数'] });
  });

  it('the dictionary\'s own qualified fields are each read (城市、农村 … in a scenario that has them)', () => {
    const own: FieldDef[] = [
      ...fields,
      { key: 'city_hh', label: '城市低保户数', aliases: [], type: 'integer', unit: '户', min: 0 },
      { key: 'rural_hh', label: '农村低保户数', aliases: [], type: 'integer', unit: '户', min: 0 },
      { key: 'city_p', label: '城市低保人数', aliases: [], type: 'integer', unit: '人', min: 0 },
      { key: 'rural_p', label: '农村低保人数', aliases: [], type: 'integer', unit: '人', min: 0 },
    ];
    const r = parseRequest('请各乡镇（街道）于2月5日前报送本辖区1月份城市、农村低保户数和人数。', member('lead_mz'), { ...ctxAt(AT), fields: own });
    expect(r?.fields.sort()).toEqual(['city_hh', 'city_p', 'rural_hh', 'rural_p']);
  });

  it('bands and items that stand alone are left to their own readings', () => {
    expect(labels('【区民政局】请各镇街于11月30日前报送60周岁、80周岁以上老年人数。').fields).toEqual(['elderly_60plus', 'elderly_80plus']);
    expect(labels('请各镇街于11月30日前报送低保户数和特困供养人数。').fields).toEqual(['dibao_households', 'tekun_persons']);
  });
});
