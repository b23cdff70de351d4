// A period said right after a figure is that figure's (86.9%是11月的), but not after a typed pause, where it starts
// the next statement (…七百五十元 十一月的生存认证现在都做完了).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const amount: FieldDef = { key: 'amount', label: '高龄津贴发放金额', aliases: ['发放金额'], type: 'number', unit: '元', min: 0 };
const verified: FieldDef = { key: 'verified', label: '是否完成年度生存认证', aliases: ['生存认证'], type: 'boolean' };

describe('a period after a pause', () => {
  it('starts the next statement and leaves the figure in the period said before it', () => {
    const c = ctx(open(amount, '2026-11'), open(amount, '2026-10'), open(verified, '2026-11'));
    const r = parseReply('十月份发放金额四万两千七百五十元 十一月的生存认证现在都做完了', c);
    expect(summary(r.values)).toEqual(['amount=42750@2026-10', 'verified=true@2026-11']);
  });

  it('without the pause it is still the figure\'s own', () => {
    const c = ctx(open(amount, '2026-11'), open(amount, '2026-10'));
    expect(summary(parseReply('发放金额42750元是11月的', c).values)).toEqual(['amount=42750@2026-11']);
  });
});
