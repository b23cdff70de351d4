// 筛查那两个是11月的 / 这3户: a figure right after 这 or 那 points back at figures already given; it is no figure of its own.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { K } from './fields-fresh11.js';

describe('a figure after a demonstrative', () => {
  it('那两个 is no count of the item it speaks of', () => {
    const r = parseReply('筛查那两个是11月的，10月筛查了138人，阳性0例',
      ctx(open(K.screened, '2026-10'), open(K.screened, '2026-11', true), open(K.positive, '2026-10'), open(K.positive, '2026-11', true)));
    expect(summary(r.values)).toEqual(['sc_positive=0@2026-10', 'sc_screened=138@2026-10']);
  });

  it('a figure with no demonstrative before it is read', () => {
    const r = parseReply('筛查两个人', ctx(open(K.screened)));
    expect(summary(r.values)).toEqual(['sc_screened=2@2026-11']);
  });
});
