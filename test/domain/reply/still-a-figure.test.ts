// 误食中毒还是0起: 还是 between a label and the figure that ends the sentence means "still", not "or", so the reply is
// no question (算…还是… had made it one) and its figure is read; a choice between two figures stays what it was
// (fresh15 竹溪村).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { isQuestion } from '../../../src/domain/reply/intents.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const poison: FieldDef = { key: 'mh_poison', label: '误食中毒事件', aliases: ['误食中毒', '中毒事件'], type: 'integer', unit: '起', min: 0 };

describe('还是 before the figure that ends a sentence', () => {
  it('reads 还是0起 as the figure, not a question', () => {
    const r = parseReply('问了镇里，狗那个不算，误食中毒还是0起', ctx(open(poison, '2026-11', true)));
    expect(r.question).toBe(false);
    expect(summary(r.values)).toEqual(['mh_poison=0@2026-11']);
  });

  it('leaves a choice between two ways of counting a question', () => {
    expect(isQuestion('按户算还是按人算')).toBe(true);
    expect(isQuestion('是按户报还是按人报')).toBe(true);
  });
});
