// 一、塘坝工程：…填写总容积和供水人口 / 二、窖池工程：…: an entry headed by what it is about lends that object to the
// measures it lists, so the same measure under two headings is two fields.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'pond_volume', label: '塘坝总库容', aliases: [], type: 'number', unit: '万立方米', min: 0 },
  { key: 'pond_pop', label: '塘坝供水人口', aliases: [], type: 'integer', unit: '人', min: 0 },
  { key: 'cistern_volume', label: '水窖总容积', aliases: [], type: 'number', unit: '立方米', min: 0 },
  { key: 'cistern_pop', label: '水窖供水人口', aliases: [], type: 'integer', unit: '人', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('an entry\'s topic', () => {
  it('lends its object to the measures listed under it', () => {
    const r = parse('各镇街：请于11月30日前填报塘坝和窖池工程普查表。\n一、塘坝工程：按规模分类分别填写工程数量、总容积和供水人口。\n二、窖池工程：按规模分类分别填写工程数量、总容积和供水人口。');
    expect([...(r?.fields ?? [])].sort()).toEqual(['cistern_pop', 'cistern_volume', 'pond_pop', 'pond_volume']);
  });
});
