// A figure said to have been an estimate (8.3万是王支书估的) is the one being replaced; the checked one after it
// (核了是8.26万元 / 实际量了是1,250米) is the figure.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { C, V, W } from './fields-fresh6.js';

describe('an estimate spoken of, then the checked figure', () => {
  it('核了是 after the estimate', () => {
    const r = parseReply('总收入8.3万是王支书估的，会计核了是8.26万元', ctx(open(C.total, '2026-11-30', true)));
    expect(summary(r.values)).toEqual(['inc_total=8.26@2026-11-30']);
  });

  it('实际量了是 after the estimate', () => {
    const r = parseReply('渠道长度更正：1.2公里是估的，实际量了是1,250米', ctx(open(W.canal, '2026-11', true)));
    expect(summary(r.values)).toEqual(['canal=1250@2026-11']);
  });

  it('核了是 alone', () => {
    expect(summary(parseReply('核了是11,700元', ctx(open(V.money, '2026-11', true))).values)).toEqual(['money=11700@2026-11']);
  });
});
