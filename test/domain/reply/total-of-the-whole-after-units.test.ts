// 大河村低保12户20人，双龙村15户27人，红旗村8户11人，全镇合计35户58人 — a total said by the reporter's whole (全镇, 本镇)
// with several figures, after a pause at the end of a unit's line, is the town's own, not lost with the last village's
// words; and 好的，全镇35户58人 — the whole said as a figure's scope labels nothing (35户 was dropped).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const villages = ['大河村', '双龙村', '红旗村'].map((name, k) => ({ id: `v${k}`, name, candidates: [open(F.dibaoHouseholds), open(F.dibaoPersons)] }));
const town = (text: string) => parseReply(text, { ...ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)), unitName: '朱沱镇', others: villages })
  .values.filter((v) => !v.unit).map((v) => `${v.field}=${v.value}`);

describe('the whole total after the units', () => {
  it('several figures, with or without 合计, after a comma or a stop', () => {
    expect(town('大河村低保12户20人，双龙村15户27人，红旗村8户11人，全镇合计35户58人')).toEqual(['dibao_households=35', 'dibao_persons=58']);
    expect(town('大河村低保12户20人，双龙村15户27人，红旗村8户11人。全镇35户58人')).toEqual(['dibao_households=35', 'dibao_persons=58']);
  });

  it('the last village keeps its own figures', () => {
    const r = parseReply('大河村低保12户20人，红旗村8户11人，全镇合计35户58人', { ...ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)), unitName: '朱沱镇', others: villages });
    expect(r.values.filter((v) => v.unit === 'v2').map((v) => v.value)).toEqual([8, 11]);
  });

  it('the whole as a scope', () => {
    expect(summary(parseReply('好的，全镇35户58人', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons))).values))
      .toEqual(['dibao_households=35@2026-11', 'dibao_persons=58@2026-11']);
  });
});
