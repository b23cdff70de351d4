// 路是通的没有堵的 井盖松动 (voice): a 没有 in a stretch of speech with words of its own that name no item says those
// words are not so; it is no count's zero, even when another stretch names a count.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G } from './fields-fresh4.js';

describe('a 没有 said of something else', () => {
  it('is no zero for the count named after a pause', () => {
    const r = parseReply('路是通的没有堵的 井盖松动', ctx(open(G.manholes), open(G.broken)));
    expect(summary(r.values)).toEqual([]);
  });

  it('an item, a pause, then 没有 is still that item nil', () => {
    const r = parseReply('破损井盖 没有', ctx(open(G.manholes), open(G.broken)));
    expect(summary(r.values)).toEqual(['mh_broken=0@2026-11']);
  });
});
