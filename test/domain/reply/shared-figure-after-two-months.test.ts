// SHARED_AFTER_MONTHS (shared-periods.ts): 10月巡查14次11月16次 养护里程都是9.3公里 — a sentence that gave two months a figure
// each, then another item with 都 and one figure and no month of its own: each month's. Only November's was read (or,
// with both months open, neither). And months after the figures said respectively (…分别是5.8公里、1人，10月11月一样) are no
// figures of the run: it was counted four, and the reporter was told the figures did not match the labels. Said to be the
// same for both (SAME_FOR_TWO_MONTHS_AFTER), the figures are each month's; they were asked back.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const km: FieldDef = { key: 'km', label: '养护里程', aliases: ['里程'], type: 'number', unit: '公里', min: 0 };
const patrols: FieldDef = { key: 'patrols', label: '巡查次数', aliases: ['巡查'], type: 'integer', unit: '次', min: 0 };
const staff: FieldDef = { key: 'staff', label: '专职养护人员', aliases: ['养护员', '专职养护员'], type: 'integer', unit: '人', min: 0 };
const both = ctx(...['2026-10', '2026-11'].flatMap((p) => [open(km, p), open(patrols, p), open(staff, p)]));

describe('one figure with 都 after two months each given one', () => {
  it('is each month\'s', () => {
    expect(summary(parseReply('10月巡查14次11月16次 养护里程都是9.3公里', both).values))
      .toEqual(['km=9.3@2026-10', 'km=9.3@2026-11', 'patrols=14@2026-10', 'patrols=16@2026-11']);
  });
  it('a remark with 都 and no figure changes nothing', () => {
    expect(summary(parseReply('10月巡查14次 11月16次 都是镇里安排的', both).values)).toEqual(['patrols=14@2026-10', 'patrols=16@2026-11']);
  });
});

describe('months after figures said respectively', () => {
  it('are no figures of the run: the pairs are read, then their month is asked', () => {
    const r = parseReply('养护里程、专职养护员分别是5.8公里、1人，10月11月差不多', both);
    expect(r.invalid).toEqual([]);
    expect(r.values).toEqual([]);
    expect(r.choices.length).toBeGreaterThan(0);
  });
  it('said to be the same for both, they are each month\'s (SAME_FOR_TWO_MONTHS_AFTER)', () => {
    expect(summary(parseReply('陈家湾村养护里程、专职养护员分别是5.8公里、1人，10月11月一样', both).values))
      .toEqual(['km=5.8@2026-10', 'km=5.8@2026-11', 'staff=1@2026-10', 'staff=1@2026-11']);
    expect(summary(parseReply('养护里程5.8公里，10月和11月一样', both).values)).toEqual(['km=5.8@2026-10', 'km=5.8@2026-11']);
  });
});
