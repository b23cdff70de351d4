// 主要污染物（包括COD、氨氮、二氧化硫）的排放量 / 主要工业污染物（COD、氨氮…）排放量: a bracket that lists what an item is made of asks for each member in the
// item's measure, when the dictionary knows the members so; a bracket that only qualifies (含已竣工和在建) stays an aside.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'cod', label: 'COD排放量', aliases: [], type: 'number', unit: '吨', min: 0 },
  { key: 'nh3', label: '氨氮排放量', aliases: [], type: 'number', unit: '吨', min: 0 },
  { key: 'so2', label: '二氧化硫排放量', aliases: [], type: 'number', unit: '吨', min: 0 },
  { key: 'projects', label: '保障性住房项目数', aliases: [], type: 'integer', unit: '个', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('a bracket listing the members of an item', () => {
  it('each member is asked in the measure after the bracket', () => {
    const r = parse('各镇街：请于11月30日前报送2026年主要污染物（包括COD、氨氮、二氧化硫）的排放量。');
    expect(r?.fields).toEqual(['cod', 'nh3', 'so2']);
  });

  it('without 包括, a bracket of members followed by the measure is read the same way', () => {
    const r = parse('各镇街：请于11月30日前报送2026年主要工业污染物（COD、氨氮、二氧化硫）排放量。');
    expect(r?.fields).toEqual(['cod', 'nh3', 'so2']);
  });

  it('a bracket of states the dictionary does not know stays an aside', () => {
    const r = parse('各镇街：请于11月30日前报送保障性住房项目数（含已竣工和在建）。');
    expect(r?.fields).toEqual(['projects']);
  });
});
