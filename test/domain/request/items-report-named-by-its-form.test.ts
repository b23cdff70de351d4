// 关于做好城市（县城）建设统计2027年年报的通知 … （一）年报综合表…于次年1月30日前报送: a report the body names by its form
// alone (年报, or the tables it is made of: 年报综合表) is the title's report of that form, before any other report of
// the dictionary that only resembles the bare form (县年报).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'urban_annual', label: '城市（县城）建设统计年报', aliases: ['城建统计年报'], type: 'text' },
  { key: 'county_annual', label: '县年报', aliases: [], type: 'text' },
  { key: 'water_pop', label: '供水人口', aliases: [], type: 'integer', unit: '人' },
];
const parse = (body: string) =>
  parseRequest(`关于做好城市（县城）建设统计2027年年报的通知\n各镇街：\n数据报送：${body}`, member('lead_mz'), { ...ctxAt('2027-12-20T09:00:00+08:00'), fields })?.fields;

describe('a report named by its form alone', () => {
  it('is the title’s report of that form', () => {
    expect(parse('（一）年报及基层数据库于次年1月30日前报送；（二）供水人口于12月31日前报送。')).toEqual(['urban_annual', 'water_pop']);
  });

  it('so are the tables the report is made of', () => {
    expect(parse('（一）年报综合表及基层数据库于次年1月30日前报送；（二）供水人口于12月31日前报送。')).toEqual(['urban_annual', 'water_pop']);
  });

  it('so is one the title names beside its year, when the body names no item', () => {
    const r = parseRequest('关于做好城市（县城）建设统计2032年年报和2033年定期报表的通知\n各镇街：\n二、填报范围：所有投资建设或经营管理市政公用设施的单位，均按报表制度填报。',
      member('lead_mz'), { ...ctxAt('2032-12-20T09:00:00+08:00'), fields });
    expect(r?.fields).toEqual(['urban_annual']);
  });
});
