// 棉被领了一百四十床坏了五床退回去了实际发了一百三十五床: 实际 with the item's verb (实际发了) says the level the sentence
// ends on; it replaces the figure given before it in the same reply.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G } from './fields-fresh4.js';

describe('the level said with 实际', () => {
  it('实际发了 replaces the figure received before it', () => {
    const r = parseReply('棉被领了一百四十床坏了五床退回去了实际发了一百三十五床', ctx(open(G.quilts), open(G.visited)));
    expect(summary(r.values)).toEqual(['wa_quilts=135@2026-11']);
  });
});
