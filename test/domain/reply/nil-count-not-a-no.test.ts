// 危房没有 with C/D级危房户数 open beside 危房人员是否全部撤离: the words name the count at least as well as the
// yes/no, so 没有 is the count's zero, not a no to the question.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G } from './fields-fresh4.js';

describe('a nil said of a counted thing', () => {
  it('is the count 0 and no answer to the yes/no sharing its noun', () => {
    const r = parseReply('危房没有', ctx(open(G.houses), open(G.evacuated)));
    expect(summary(r.values)).toEqual(['dh_count=0@2026-11']);
  });

  it('a yes/no said by its own words is still read', () => {
    const r = parseReply('危房人员还没有全部撤离', ctx(open(G.houses), open(G.evacuated)));
    expect(summary(r.values)).toEqual(['dh_evacuated=false@2026-11']);
  });
});
