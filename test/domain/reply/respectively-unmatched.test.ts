// RESPECTIVELY_UNMATCHED (parse.ts): 大河村、双龙村、红旗村低保户数分别是12户、15户 — three units named, two figures after 分别:
// which figure is whose cannot be told. Read as before, 红旗村 (the name nearest the figures) was stored 12, a wrong figure.
// Nothing of the clause is read now, and the clause is returned in `unspread` so the bot asks for each unit's figure.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open } from './fixtures.js';

const candidates = [open(F.dibaoHouseholds), open(F.dibaoPersons)];
const read = (text: string) => parseReply(text, {
  at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '朱沱镇',
  others: [{ id: 'dahe', name: '大河村', candidates }, { id: 'shuanglong', name: '双龙村', candidates }, { id: 'hongqi', name: '红旗村', candidates }],
});
const values = (text: string) => read(text).values.map((v) => `${v.unit}.${v.field}=${v.value}`).sort();

describe('分别 with another number of figures than units', () => {
  it('fewer figures: nothing stored, the clause is asked about', () => {
    const r = read('大河村、双龙村、红旗村低保户数分别是12户、15户');
    expect(r.values).toEqual([]);
    expect(r.unspread).toEqual(['大河村、双龙村、红旗村低保户数分别是12户、15户']);
  });
  it('short names and a count of the units, one figure', () => {
    expect(values('大河、双龙、红旗三个村低保户数分别为12户')).toEqual([]);
    expect(read('大河、双龙、红旗三个村低保户数分别为12户').unspread).toHaveLength(1);
  });
  it('more figures: nothing stored', () => {
    expect(values('大河村、双龙村低保户数分别为12户、15户、8户')).toEqual([]);
  });
  it('the rest of the line is still read', () => {
    expect(values('大河村、双龙村、红旗村低保户数分别是12户、15户；大河村低保人数20人'))
      .toEqual(['dahe.dibao_persons=20']);
  });
  it('as many figures as units: spread, nothing asked', () => {
    const r = read('大河村、双龙村、红旗村低保户数分别为12户、15户、8户');
    expect(r.values).toHaveLength(3);
    expect(r.unspread).toBeUndefined();
  });
});
