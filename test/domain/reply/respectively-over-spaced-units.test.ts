// 大河村 双龙村 红旗村分别为32、40、56户 / 低保户数 大河村、双龙村分别为32、40户: units listed with spaces between them (the way a
// table's head row is typed), or after the label, were not read as a list, and nothing of the line was stored or asked.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open } from './fixtures.js';

const candidates = [open(F.dibaoHouseholds)];
const read = (text: string) => parseReply(text, {
  at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '朱沱镇',
  others: [{ id: 'dahe', name: '大河村', candidates }, { id: 'shuanglong', name: '双龙村', candidates }, { id: 'hongqi', name: '红旗村', candidates }],
});
const values = (text: string) => read(text).values.map((v) => `${v.unit}.${v.field}=${v.value}`).sort();

describe('分别 over units listed with spaces', () => {
  it('gives each unit its figure', () => {
    expect(values('大河村 双龙村 红旗村分别为32、40、56户'))
      .toEqual(['dahe.dibao_households=32', 'hongqi.dibao_households=56', 'shuanglong.dibao_households=40']);
  });
  it('with the label said before the units', () => {
    expect(values('低保户数 大河村、双龙村分别为32、40户')).toEqual(['dahe.dibao_households=32', 'shuanglong.dibao_households=40']);
  });
  it('with fewer figures than units stores nothing', () => {
    expect(values('大河村 双龙村 红旗村分别为32、40户')).toEqual([]);
  });
});
