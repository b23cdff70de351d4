// 完成率两项都是100%: the number of the items a statement is about, then 都/均 (两项都, 三项均), quantifies them: it is no
// figure (it was stored as a rate of 2), and the figure after it is each item's that the label names.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const rate = (key: string, label: string, aliases: string[]): FieldDef => ({ key, label, aliases, type: 'number', unit: '%', min: 0 });
const cervical = rate('cervical_rate', '宫颈癌筛查完成率', ['宫颈癌完成率']);
const breast = rate('breast_rate', '乳腺癌筛查完成率', ['乳腺癌完成率']);

describe('the items counted, then 都', () => {
  it('两项都是100% gives each rate 100, and no rate of 2', () => {
    const r = parseReply('完成率两项都是100%', ctx(open(cervical), open(breast)));
    expect(summary(r.values)).toEqual(['breast_rate=100@2026-11', 'cervical_rate=100@2026-11']);
  });
});
