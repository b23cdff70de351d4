// 危房1户 已撤离 重点纠纷 无: the 无 that a text item's label takes as its value is that text, not a zero for the count
// the label's noun looks like (排查矛盾纠纷件数).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G } from './fields-fresh4.js';

describe('无 as a text item\'s value', () => {
  it('is the text, not a zero for a count', () => {
    const r = parseReply('危房1户 已撤离 重点纠纷 无', ctx(open(G.disputes), open(G.keyDispute), open(G.houses), open(G.evacuated)));
    expect(summary(r.values)).toEqual(['dh_count=1@2026-11', 'dh_evacuated=true@2026-11', 'md_key="无"@2026-11']);
  });
});
