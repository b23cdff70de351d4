// SHARED_OVER_UNITS (parse.ts): 大河村、双龙村都是12户 / 都没有 — one figure (or nil) said after a list of units goes to every
// unit listed. Read whole, only the unit nearest the figure got it; the others were left unanswered and asked again.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open } from './fixtures.js';

const candidates = [open(F.dibaoHouseholds), open(F.dibaoPersons)];
const read = (text: string, asked = candidates) => parseReply(text, {
  at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '朱沱镇',
  others: [{ id: 'dahe', name: '大河村', candidates: asked }, { id: 'shuanglong', name: '双龙村', candidates: asked }, { id: 'hongqi', name: '红旗村', candidates: asked }],
});
const values = (text: string, asked = candidates) => read(text, asked).values.map((v) => `${v.unit}.${v.field}=${v.value}`).sort();

describe('one figure for every unit listed', () => {
  it('都是 before a figure', () => {
    expect(values('大河村、双龙村都是12户，红旗村8户'))
      .toEqual(['dahe.dibao_households=12', 'hongqi.dibao_households=8', 'shuanglong.dibao_households=12']);
  });
  it('均为0 and 都没有', () => {
    expect(values('大河村、双龙村低保户数均为0')).toEqual(['dahe.dibao_households=0', 'shuanglong.dibao_households=0']);
    // (one item asked: a nil with no label answers it)
    expect(values('大河村、双龙村都没有', [open(F.dibaoHouseholds)])).toEqual(['dahe.dibao_households=0', 'shuanglong.dibao_households=0']);
  });
  it('a shared figure then a 分别 in the next clause', () => {
    expect(values('大河村、双龙村低保户数都是12户，人数分别是20人、28人'))
      .toEqual(['dahe.dibao_households=12', 'dahe.dibao_persons=20', 'shuanglong.dibao_households=12', 'shuanglong.dibao_persons=28']);
  });
  it('都 said of the reporter\'s own way of counting is no shared figure', () => {
    expect(values('我们都是按系统数报的，大河村12户')).toEqual(['dahe.dibao_households=12']);
  });
});
