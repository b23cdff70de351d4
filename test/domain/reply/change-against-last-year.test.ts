// 较去年同期多购了200吨 / 比去年同期多购了200吨: a change measured against last year's same period is no figure of the
// period asked — neither the level (200) nor a change applied to last month's figure.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G } from './fields-fresh12.js';

describe('a change against last year', () => {
  it('said with 较 stores nothing', () => {
    const r = parseReply('兴国11月中晚籼稻较去年同期多购了200吨', ctx(open(G.indica)));
    expect(summary(r.values)).toEqual([]);
    expect(r.changes).toEqual([]);
  });

  it('said with 比 is no change of the month before either', () => {
    const r = parseReply('中晚籼稻比去年同期多购了200吨', ctx(open(G.indica)));
    expect(summary(r.values)).toEqual([]);
    expect(r.changes).toEqual([]);
  });

  it('leaves a change against last month a change', () => {
    const r = parseReply('中晚籼稻较上月多购了200吨', ctx(open(G.indica)));
    expect(r.changes.map((c) => [c.field, c.delta, c.against])).toEqual([['gr_indica', 200, 'previous-period']]);
  });
});
