// Last year's figure said beside this period's (去年同期是38万 / 去年同期7.1万): no figure of the reply, and no period
// for what follows it.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { C, W } from './fields-fresh6.js';

describe('last year\'s figure beside this period\'s', () => {
  it('is not stored, and the figure after it keeps the period asked', () => {
    const r = parseReply('完成投资46.5万元，去年同期是38万，完成率85%', ctx(open(W.invest), open(W.rate)));
    expect(summary(r.values)).toEqual(['invest=46.5@2026-11', 'wrate=85@2026-11']);
    expect(r.invalid).toEqual([]);
  });

  it('said in a voice run between two figures', () => {
    const r = parseReply('收入8.3万元 去年同期7.1万 经营性的3万多', ctx(open(C.total, '2026-11-30'), open(C.op, '2026-11-30'), open(C.yoy, '2026-11-30')));
    expect(summary(r.values)).toEqual(['inc_op=3@2026-11-30', 'inc_total=8.3@2026-11-30']);
  });

  it('is read when last year is what was asked', () => {
    const r = parseReply('投资去年38万', ctx(open(W.invest, '2025')));
    expect(summary(r.values)).toEqual(['invest=38@2025']);
  });
});
