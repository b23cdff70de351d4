// 大河12户 / 双龙8户 / 红旗无 from the town clerk: a village's short name right before a nil is that village's 0, as
// before a figure (红旗 was left as still owing).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open } from './fixtures.js';

const village = (id: string, name: string) => ({ id, name, candidates: [open(F.dibaoHouseholds)] });
const town = { ...ctx(), unitName: '朱沱镇', others: [village('dahe', '大河村'), village('shuanglong', '双龙村'), village('hongqi', '红旗村')] };
const read = (text: string) => parseReply(text, town).values.map((v) => `${v.unit}=${v.value}`).sort();

describe('a short name then a nil (SHORT_NAME_THEN_FIGURE)', () => {
  it('gives that unit 0, on a line or in a clause of its own', () => {
    expect(read('大河12户\n双龙8户\n红旗无')).toEqual(['dahe=12', 'hongqi=0', 'shuanglong=8']);
    expect(read('大河12户，双龙8户，红旗没有')).toEqual(['dahe=12', 'hongqi=0', 'shuanglong=8']);
  });
});
