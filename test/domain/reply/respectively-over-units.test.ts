// 大河村、双龙村、红旗村低保户数分别为12户、15户、8户: the figures go to the units in the order they are named
// (RESPECTIVELY_OVER_UNITS, parse.ts). Read whole, all went to 红旗村, the name nearest them, which was stored 12 — a wrong
// figure — and the other two villages got nothing.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open } from './fixtures.js';

const candidates = [open(F.dibaoHouseholds), open(F.dibaoPersons)];
const read = (text: string) => parseReply(text, {
  at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '朱沱镇',
  others: [{ id: 'dahe', name: '大河村', candidates }, { id: 'shuanglong', name: '双龙村', candidates }, { id: 'hongqi', name: '红旗村', candidates }],
});
const values = (text: string) => read(text).values.map((v) => `${v.unit}.${v.field}=${v.value}`).sort();

describe('分别 over the units named', () => {
  it('three villages, three figures', () => {
    expect(values('大河村、双龙村、红旗村低保户数分别为12户、15户、8户'))
      .toEqual(['dahe.dibao_households=12', 'hongqi.dibao_households=8', 'shuanglong.dibao_households=15']);
  });
  it('a second 分别 with no unit goes on with the same units', () => {
    expect(values('大河村和双龙村低保户数分别是12户和15户，人数分别是20人、28人'))
      .toEqual(['dahe.dibao_households=12', 'dahe.dibao_persons=20', 'shuanglong.dibao_households=15', 'shuanglong.dibao_persons=28']);
  });
  it('short names and a count of the units', () => {
    expect(values('大河、双龙、红旗三个村低保户数分别为12、15、8'))
      .toEqual(['dahe.dibao_households=12', 'hongqi.dibao_households=8', 'shuanglong.dibao_households=15']);
  });
  it('as many figures as units only: otherwise nothing is spread', () => {
    expect(values('大河村、双龙村低保户数分别为12户、15户、8户')).not.toContain('dahe.dibao_households=12');
  });
});
