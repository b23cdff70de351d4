// A town clerk's total line after the villages' lines is the town's own, not the last village's.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open } from './fixtures.js';

const candidates = [open(F.jiuxiao), open(F.inspected)];
const read = (text: string): string[] => parseReply(text, {
  at: AT, timezone: 'Asia/Shanghai', candidates, unitName: '朱沱镇',
  others: [{ id: 'dahe', name: '大河村', candidates }, { id: 'shuanglong', name: '双龙村', candidates }],
}).values.map((v) => `${v.unit ?? 'own'}:${v.field}=${v.value}`).sort();

describe('the whole after its parts', () => {
  it('全镇合计 on a line of its own after the villages is the town’s, and the last village keeps its own figure', () => {
    expect(read('大河村：九小场所12家，已查12家\n双龙村：九小场所9家，已查7家\n全镇合计：九小场所21家，已查19家')).toEqual([
      'dahe:inspected_venues=12', 'dahe:jiuxiao_venues=12', 'own:inspected_venues=19', 'own:jiuxiao_venues=21',
      'shuanglong:inspected_venues=7', 'shuanglong:jiuxiao_venues=9',
    ]);
    expect(read('大河村：九小场所12家，已查12家\n双龙村：九小场所9家，已查7家\n全镇合计：21家，已查19家')).toContain('shuanglong:inspected_venues=7');
  });
});
