// MEASURE_OF_ANOTHER_THING: a figure whose measure word conflicts with the item's (一期 for 培训 in 人次), said right before
// a figure in the item's own measure (40人次), counts something else: 培训10月搞了一期 40人次 stored 1.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const train: FieldDef = { key: 'jy_train', label: '技能培训', aliases: ['培训', '培训人次'], type: 'integer', unit: '人次', min: 0 };

describe('a figure in another measure right before the item\'s own', () => {
  it('is no figure of the item', () => {
    const c = ctx(open(train, '2026-10'), open(train, '2026-11'));
    expect(summary(parseReply('培训10月搞了一期 40人次', c).values)).toEqual(['jy_train=40@2026-10']);
    expect(summary(parseReply('培训10月搞了两期65人次', c).values)).toEqual(['jy_train=65@2026-10']);
  });

  it('is read when nothing in the item\'s measure follows', () => {
    const c = ctx(open(train));
    expect(summary(parseReply('培训40人次', c).values)).toEqual(['jy_train=40@2026-11']);
  });
});
