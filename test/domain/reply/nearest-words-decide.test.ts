// When a label names two items equally (欠薪 for 欠薪金额, 清偿 for 已清偿金额), the words right before the figure decide;
// labels listed together (出生死亡各2人) still name each item.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const amount: FieldDef = { key: 'amount', label: '涉及欠薪金额', aliases: ['欠薪金额'], type: 'number', unit: '万元', min: 0 };
const paid: FieldDef = { key: 'paid', label: '已清偿金额', aliases: ['已清偿'], type: 'number', unit: '万元', min: 0 };
const found: FieldDef = { key: 'found', label: '发现欠薪项目数', aliases: ['欠薪项目'], type: 'integer', unit: '个', min: 0 };

describe('the words nearest the figure', () => {
  it('欠薪已经全部清偿48.6万 is the sum paid, not a question between the items 欠薪 names', () => {
    const r = parseReply('欠薪已经全部清偿48.6万', ctx(open(amount), open(paid), open(found)));
    expect(summary(r.values)).toEqual(['paid=48.6@2026-11']);
    expect(r.choices).toEqual([]);
  });
});
