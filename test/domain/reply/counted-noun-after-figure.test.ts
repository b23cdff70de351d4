// A figure, its measure word, then the noun it counts, then the next item's label, all without a pause:
// 涉及二十三个农民工金额十二万五. The noun belongs to the figure before; only the words after it label the next one.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, open, summary } from './fixtures.js';

const workers: FieldDef = { key: 'workers', label: '涉及农民工人数', aliases: ['涉及农民工'], type: 'integer', unit: '人', min: 0 };
const amount: FieldDef = { key: 'amount', label: '涉及欠薪金额', aliases: ['欠薪金额', '涉及金额'], type: 'number', unit: '万元', min: 0 };

describe('the noun a figure counts', () => {
  it('农民工 is the 23\'s, and 十二万五 is the amount, not 125,000 workers', () => {
    const r = parseReply('涉及二十三个农民工金额十二万五', ctx(open(workers), open(amount)));
    expect(summary(r.values)).toEqual(['amount=12.5@2026-11', 'workers=23@2026-11']);
  });
});
