// ACTUALLY_DONE_IS: 实际 with the item's verb of one or two characters (实际结算是, 实际完成是, 实际量了是) says the level as 实际是
// does. 金星村6月收入报的是31.6万 实际结算是316,800元 kept 31.6: 结算 was read as words of something else.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const income: FieldDef = { key: 'cocoon_income', label: '蚕茧收入', aliases: ['收入', '售茧收入'], type: 'number', unit: '万元', min: 0 };

describe('实际 with the item\'s verb before the figure', () => {
  const c = ctx(open(income, '2026-06', true), open(income, '2026-07', true));

  it('replaces the figure said before it', () => {
    expect(summary(parseReply('金星村6月收入报的是31.6万 实际结算是316,800元', c).values)).toEqual(['cocoon_income=31.68@2026-06']);
    expect(summary(parseReply('6月收入31.6万，实际完成是31.7万', c).values)).toEqual(['cocoon_income=31.7@2026-06']);
  });

  it('as 实际是 does', () => {
    expect(summary(parseReply('6月收入31.6万，实际是31.7万', c).values)).toEqual(['cocoon_income=31.7@2026-06']);
  });
});
