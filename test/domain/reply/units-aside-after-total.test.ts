// UNITS_ASIDE_AFTER_TOTAL: 各村宣传资料共发1379份（共兴320、乔坡296） / 全镇已整改隐患共6处（同春2、永正1） from a town clerk — the
// villages' own figures in a bracket after the town's total are listed as after 其中: each village gets its figure for the item
// of the total. Read as an aside, no village's figure was stored (and a figure the clerk had just changed stayed old).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open } from './fixtures.js';

const town = (text: string, ...fields: Array<typeof F.dibaoHouseholds>) => parseReply(text, {
  at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '朱沱镇',
  others: [{ id: 'dahe', name: '大河村', candidates: fields.map((f) => open(f)) }, { id: 'shuanglong', name: '双龙村', candidates: fields.map((f) => open(f)) }],
});
const read = (text: string, ...fields: Array<typeof F.dibaoHouseholds>) =>
  town(text, ...fields).values.map((v) => `${v.unit}.${v.field}=${v.value}`).sort();

describe('villages in a bracket after the total', () => {
  it('each village gets its figure', () => {
    expect(read('低保户数共45户（大河村12、双龙村33）', F.dibaoHouseholds, F.tekun)).toEqual(['dahe.dibao_households=12', 'shuanglong.dibao_households=33']);
  });

  it('short names, a half-width bracket, 全镇 before the item', () => {
    expect(read('全镇低保户数共45户(大河12，双龙33)', F.dibaoHouseholds, F.tekun)).toEqual(['dahe.dibao_households=12', 'shuanglong.dibao_households=33']);
  });

  it('a bracket that names no unit is no list', () => {
    expect(read('大河村低保户数12户（其中残疾人家庭3户）', F.dibaoHouseholds)).toEqual(['dahe.dibao_households=12']);
  });
});
