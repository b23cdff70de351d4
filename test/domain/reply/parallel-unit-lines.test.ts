// A town clerk's villages listed the same way: a later village's line that leaves out the label takes it from the line before.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open } from './fixtures.js';

const candidates = [open(F.jiuxiao), open(F.inspected)];
const read = (text: string): string[] => parseReply(text, {
  at: AT, timezone: 'Asia/Shanghai', candidates: [], unitName: '朱沱镇',
  others: [{ id: 'dahe', name: '大河村', candidates }, { id: 'shuanglong', name: '双龙村', candidates }],
}).values.map((v) => `${v.unit}:${v.field}=${v.value}`).sort();

const BOTH = ['dahe:inspected_venues=12', 'dahe:jiuxiao_venues=12', 'shuanglong:inspected_venues=7', 'shuanglong:jiuxiao_venues=9'];

describe('village lines that leave out the label the first one opened with', () => {
  it('大河村九小场所12家已查12家，双龙村9家已查7家: 9家 is 双龙村’s 九小场所', () => {
    expect(read('大河村九小场所12家已查12家，双龙村9家已查7家')).toEqual(BOTH);
  });

  it('a bare item name heading the villages labels each of them (九小场所：大河村12家…)', () => {
    expect(read('九小场所：大河村12家已查12家，双龙村9家已查7家')).toEqual(BOTH);
  });

  it('a heading that says what follows (检查情况如下) names no item: no guess', () => {
    expect(read('九小场所检查情况如下：\n大河村12家已查12家\n双龙村9家已查7家')).not.toContain('shuanglong:jiuxiao_venues=9');
  });
});
