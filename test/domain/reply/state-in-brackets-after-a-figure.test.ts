// 漏了1户（已撤离）: a state in brackets after a figure is said of what that figure counts, not an answer to the
// yes/no question (危房人员是否全部撤离).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G } from './fields-fresh4.js';

describe('a state in brackets after a figure', () => {
  it('answers no yes/no', () => {
    const r = parseReply('危房是3户不是2户，漏了1户（已撤离）', ctx(open(G.houses, '2026-11', true), open(G.evacuated)));
    expect(summary(r.values)).toEqual(['dh_count=3@2026-11']);
  });

  it('the same state as a clause of its own does', () => {
    const r = parseReply('危房3户，已撤离', ctx(open(G.houses), open(G.evacuated)));
    expect(summary(r.values)).toEqual(['dh_count=3@2026-11', 'dh_evacuated=true@2026-11']);
  });
});
