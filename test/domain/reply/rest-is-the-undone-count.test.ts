// REST_IS_THE_UNDONE_COUNT (read-clause.ts): 整改基本完成，还剩1处 / 已整改3处 还有1处没整改 with 未整改（处）open — the figure
// after 还剩 / 还有 counts what is not done of the work the sentence speaks of: the item named 未整改. Nothing was stored.
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const found = int('found', '排查隐患', ['隐患'], '处');
const fixed = int('fixed', '已整改', ['整改完成'], '处');
const left = int('left', '未整改', ['尚未整改'], '处');
const visits = int('visits', '走访户数', ['走访户'], '户');
const c = ctx(open(found), open(fixed), open(left), open(visits));

describe('the rest of the work, with a count of what is not done open', () => {
  it('is that count', () => {
    expect(summary(parseReply('整改基本完成，还剩1处', c).values)).toEqual(['left=1@2026-11']);
    expect(summary(parseReply('隐患4处 已整改3处 还有1处没整改', c).values)).toEqual(['fixed=3@2026-11', 'found=4@2026-11', 'left=1@2026-11']);
  });
  it('not when the sentence speaks of other work, or the measure differs', () => {
    expect(summary(parseReply('走访了96户 还剩20户没走', c).values)).toEqual(['visits=96@2026-11']);
    expect(summary(parseReply('还剩1处', c).values)).toEqual([]);
  });
});
