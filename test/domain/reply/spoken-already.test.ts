// 已经 said where a label writes 已: a spoken verb phrase still names the item (已经缴了两千七百八十人 → 已缴费人数).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[]): FieldDef => ({ key, label, aliases, type: 'integer', unit: '人', min: 0 });
const target = int('target', '应参保人数', ['应参保']);
const paid = int('paid', '已缴费人数', ['已缴费']);
const subsidized = int('subsidized', '特困人员代缴人数', ['代缴人数', '代缴']);

describe('已经 in a voice run', () => {
  it('已经缴了两千七百八十人 is the count already paid, not a second figure for the item before it', () => {
    const c = ctx(open(target), open(paid), open(subsidized));
    expect(summary(parseReply('应参保三千二百人已经缴了两千七百八十人代缴的二十一个人', c).values)).toEqual([
      'paid=2780@2026-11', 'subsidized=21@2026-11', 'target=3200@2026-11',
    ]);
  });
});
