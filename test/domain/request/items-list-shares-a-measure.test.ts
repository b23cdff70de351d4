// 因灾损毁的耕地、林地、园地和宅基地面积 / 活鸡、白条鸡、鲜猪肉批发价格: a list whose last member carries the measure asks for that measure of every
// member, and a modifier before the first member is said of the whole list; a member is read so only when the
// dictionary names that reading, and a reading that drops what the modifier says (耕地面积 for 耕地损毁面积) is not taken.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const area = (key: string, label: string): FieldDef => ({ key, label, aliases: [], type: 'number', unit: '亩', min: 0 });
const fields: FieldDef[] = [
  area('farmland_damaged', '耕地损毁面积'),
  area('forest_damaged', '林地损毁面积'),
  area('orchard_damaged', '园地损毁面积'),
  area('homestead_damaged', '宅基地损毁面积'),
  area('farmland', '耕地面积'),
  area('forest', '林地面积'),
  { key: 'live_chicken', label: '活鸡批发价格', aliases: [], type: 'number', unit: '元/公斤', min: 0 },
  { key: 'dressed_chicken', label: '白条鸡批发价格', aliases: [], type: 'number', unit: '元/公斤', min: 0 },
  { key: 'pork', label: '鲜猪肉批发价格', aliases: [], type: 'number', unit: '元/公斤', min: 0 },
  { key: 'manholes_damaged', label: '问题井盖数', aliases: [], type: 'integer', unit: '个', min: 0 },
  { key: 'broken_manholes', label: '破损井盖数', aliases: [], type: 'integer', unit: '个', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('a list whose last member carries the measure', () => {
  it('asks for that measure of every member, said with the modifier before the first one', () => {
    const r = parse('各镇街：请于11月30日前报送因灾损毁的耕地、林地、园地和宅基地面积。');
    expect(r?.fields).toEqual(['farmland_damaged', 'forest_damaged', 'orchard_damaged', 'homestead_damaged']);
  });

  it('shares any measure the last member ends with, and a bare measure after it is a second one, not a member', () => {
    const r = parse('各乡镇：请于每日12时前报送前一日的活鸡、白条鸡、鲜猪肉批发价格和交易量。');
    expect(r?.fields).toEqual(['live_chicken', 'dressed_chicken', 'pork']);
  });

  it('members closed by 等 and a noun of their own are kinds of one item', () => {
    const r = parse('各镇街：请于11月26日前报送其中破损、缺失、松动、下沉等问题井盖数。');
    expect(r?.fields).toEqual(['manholes_damaged']);
  });
});
