// 临时救助5人次，人均1700元: a figure per head or per household is no total (PER_HEAD_BEFORE, read-clause.ts); it was
// stored as 临时救助金额 = 1700. An item that is itself such an average (人均可支配收入) still takes it.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { F, ctx, open, summary } from './fixtures.js';

const read = (text: string, ...fields: FieldDef[]) => parseReply(text, ctx(...fields.map((f) => open(f))));
const income: FieldDef = { key: 'income_per_head', label: '农村居民人均可支配收入', aliases: ['人均可支配收入'], type: 'number', unit: '元', min: 0 };

describe('an average per head is no total', () => {
  it('人均1700元 is not the amount', () => {
    expect(summary(read('临时救助5人次，人均1700元', F.tempTimes, F.tempAmount).values)).toEqual(['temp_aid_times=5@2026-11']);
  });
  it('the total beside it is read', () => {
    expect(summary(read('临时救助5人次，金额8500元，人均1700元', F.tempTimes, F.tempAmount).values))
      .toEqual(['temp_aid_amount=8500@2026-11', 'temp_aid_times=5@2026-11']);
  });
  it('an item that is an average per head takes it', () => {
    expect(summary(read('人均可支配收入18600元', income).values)).toEqual(['income_per_head=18600@2026-11']);
  });
});
