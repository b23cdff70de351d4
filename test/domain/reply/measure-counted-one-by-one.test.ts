// A field counted in tens of thousands of a measure (万方, 万工日) answered in that measure one by one (21000方,
// 一万二千个工日) is converted into the field's unit (2.1, 1.2), never stored as 21000万方 (fresh15 冬修水利).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const num = (key: string, label: string, aliases: string[], unit: string): FieldDef =>
  ({ key, label, aliases, type: 'number', unit, min: 0 });
const earth = num('dx_earth', '完成土方', ['土方', '土石方'], '万方');
const labor = num('dx_labor', '投入工日', ['工日', '投工'], '万工日');
const fund = num('dx_fund', '投入资金', ['资金'], '万元');

describe('a measure counted one by one for a field in 万 of it', () => {
  it('converts 21000方 into 万方', () => {
    const r = parseReply('谢家铺镇11月完成土方21000方，投入资金三十万', ctx(open(earth), open(fund)));
    expect(summary(r.values)).toEqual(['dx_earth=2.1@2026-11', 'dx_fund=30@2026-11']);
  });

  it('converts 一万二千个工日 (a classifier before the measure) into 万工日', () => {
    const r = parseReply('土方三点二万方投工一万二千个工日资金四十五万', ctx(open(earth), open(labor), open(fund)));
    expect(summary(r.values)).toEqual(['dx_earth=3.2@2026-11', 'dx_fund=45@2026-11', 'dx_labor=1.2@2026-11']);
  });

  it('keeps a figure said in the field\'s own 万 measure', () => {
    const r = parseReply('完成土方15.79万方，投入工日11.5万个', ctx(open(earth), open(labor)));
    expect(summary(r.values)).toEqual(['dx_earth=15.79@2026-11', 'dx_labor=11.5@2026-11']);
  });
});
