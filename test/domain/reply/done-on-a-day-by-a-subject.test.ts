// 我们是11月15号搞的: the day something was done, said with who did it first, answers the one open date field.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G } from './fields-fresh4.js';

describe('a day something was done, said by its subject', () => {
  it('我们是11月15号搞的 is the date', () => {
    const r = parseReply('我们是11月15号搞的', ctx(open(G.lastDrill), open(G.drills)));
    expect(summary(r.values)).toEqual(['ff_last_drill="2026-11-15"@2026-11']);
  });
});
