// 我镇低保户75户，较上月增加2户（大河村新增1户、双龙村新增1户） from the town clerk — the bracket after a change gives the change
// by village, no village's level: read as the villages' list (UNITS_ASIDE_AFTER_TOTAL), each village was stored with 75.
// 全镇75户（大河村32、双龙村28、红旗村15）, whose total names no item, kept only 红旗村's 15.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { AT, F, open } from './fixtures.js';

const reply = (text: string) => {
  const candidates = [open(F.dibaoHouseholds)];
  return parseReply(text, {
    at: AT, timezone: 'Asia/Shanghai', candidates, unitName: '朱沱镇',
    others: ['大河村', '双龙村', '红旗村'].map((name, i) => ({ id: `v${i}`, name, candidates })),
  }).values.map((v) => `${v.unit ?? 'own'}=${v.value}`).sort();
};

describe('a bracket of units after the town figure', () => {
  it('after a change, sets no unit\'s level', () => {
    expect(reply('我镇低保户75户，较上月增加2户（大河村新增1户、双龙村新增1户）')).toEqual(['own=75']);
  });

  it('after a total that names no item, gives every unit its figure', () => {
    expect(reply('全镇75户（大河村32、双龙村28、红旗村15）')).toEqual(['own=75', 'v0=32', 'v1=28', 'v2=15']);
  });
});
