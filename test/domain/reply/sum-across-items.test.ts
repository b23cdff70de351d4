// SUM_ACROSS_ITEMS: 低保户30户，特困12户，共42户 — the sum adds up two items; it was stored as 低保户数 (the label in force), a
// wrong figure. A sum with no words of its own after figures of two items named in its sentence is no one item's figure.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const values = (text: string): string[] => summary(parseReply(text, ctx(open(F.dibaoHouseholds), open(F.tekun))).values);

describe('a sum over two items', () => {
  it.each(['低保户30户特困12户共42户', '低保户30户，特困12户，共42户'])('%s: the sum is no figure of 低保户数', (text) => {
    expect(values(text)).toEqual(['dibao_households=30@2026-11']);
  });

  it('a sum over kinds of one item is its figure', () => {
    expect(values('城市低保20户，农村低保110户，共130户')).toEqual(['dibao_households=130@2026-11']);
  });
});
