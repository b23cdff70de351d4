// 长兴农家乐刚核了，其实有1家: 其实 (actually) says the figure is the true one and names no item, so the figure takes
// the label of the clause before.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';
import type { FieldDef } from '../../../src/domain/types.js';

const farmstay: FieldDef = { key: 'vc_farmstay', label: '农家乐（民宿）数量', aliases: ['农家乐', '民宿'], type: 'integer', unit: '家', min: 0 };

describe('其实 before a figure', () => {
  it('leaves the label of the clause before', () => {
    const r = parseReply('长兴农家乐刚核了，其实有1家', ctx(open(farmstay, '2026', true)));
    expect(summary(r.values)).toEqual(['vc_farmstay=1@2026']);
  });

  it('said with 是', () => {
    const r = parseReply('九小场所重新数了，其实是23家', ctx(open(F.jiuxiao), open(F.inspected)));
    expect(summary(r.values)).toEqual(['jiuxiao_venues=23@2026-11']);
  });
});
