// 景区（点）累计接待人数 / 退耕还林（草）对…的影响 / 村（居）委会: one character in brackets inside a name is another word for
// the one before it; the name runs on past it, read with its first word, instead of being cut in two there. A unit in
// brackets (面积（亩）和…) stays a unit, and a period word (年（季）报) stays an alternative of two reports.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctxAt, member } from './helpers.js';

const fields: FieldDef[] = [
  { key: 'scenic_visitors', label: '景区游客接待人数', aliases: [], type: 'integer', unit: '人次', min: 0 },
  { key: 'visitors', label: '接待人数', aliases: [], type: 'integer', unit: '人次', min: 0 },
  { key: 'sown_area', label: '农作物播种面积', aliases: [], type: 'number', unit: '亩', min: 0 },
  { key: 'grain_for_green', label: '退耕还林面积', aliases: [], type: 'number', unit: '亩', min: 0 },
  { key: 'irrigated', label: '实际灌溉面积', aliases: [], type: 'number', unit: '亩', min: 0 },
  { key: 'water_users', label: '供水人口', aliases: [], type: 'integer', unit: '人', min: 0 },
];
const parse = (text: string) => parseRequest(text, member('lead_mz'), { ...ctxAt('2026-11-05T09:00:00+08:00'), fields });

describe('one character in brackets inside a name', () => {
  it('the name runs on past it, and a unit in brackets is still a unit', () => {
    const r = parse('各镇街：请于11月30日前报送本镇主要景区（点）游客接待人数。');
    expect(r?.fields).toEqual(['scenic_visitors']);
    const units = parse('各乡镇：请于11月30日前报送本镇塘坝实际灌溉面积（亩）和供水人口（人）。');
    expect(units?.fields).toEqual(['irrigated', 'water_users']);
  });

  it('a name read whole is not a field it only starts with', () => {
    const r = parse('各乡镇：请于11月30日前报送退耕还林（草）对农作物播种面积的影响。');
    expect(r?.fields ?? []).not.toContain('grain_for_green');
  });
});
