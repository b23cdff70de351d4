// 特困人员数（集中供养、分散供养分别统计）: a bracket right after an item that ends in 分别统计 breaks the item into its parts, and
// each part is the field named by the part and the item together (集中供养特困人员数) — when the dictionary has every such field.
// Without them (城市、农村 with no 城市特困人员数) the item is read whole and no part is guessed.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const count = (key: string, label: string): FieldDef => ({ key, label, aliases: [], type: 'integer', unit: '人', min: 0 });
const fields: FieldDef[] = [
  count('tekun', '特困人员数'),
  count('tekun_central', '集中供养特困人员数'),
  count('tekun_dispersed', '分散供养特困人员数'),
  count('dibao_households', '低保户数'),
  count('dibao_city', '城市低保户数'),
  count('dibao_rural', '农村低保户数'),
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('the parts of an item in the bracket after it', () => {
  it('each part joined to the item is the field asked for', () => {
    const r = parse('各镇街：请于11月30日前报送特困人员数（集中供养、分散供养分别统计）。');
    expect([...(r?.fields ?? [])].sort()).toEqual(['tekun_central', 'tekun_dispersed']);
  });

  it('the same with 分别填报 and another item', () => {
    const r = parse('各镇街：请于11月30日前报送低保户数（城市、农村分别填报）。');
    expect([...(r?.fields ?? [])].sort()).toEqual(['dibao_city', 'dibao_rural']);
  });

  it('parts the dictionary does not hold leave the item whole', () => {
    const r = parse('各镇街：请于11月30日前报送特困人员数（男、女分别统计）。');
    expect(r?.fields).toEqual(['tekun']);
  });
});
