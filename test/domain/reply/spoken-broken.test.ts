// 井盖一百四十个坏了五个: speech says 坏了 where the label writes 破损 (破损缺失井盖数); the figure after it is that count.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G } from './fields-fresh4.js';

describe('坏了 for 破损', () => {
  it('井盖一百四十个坏了五个 is 140 checked and 5 broken', () => {
    const r = parseReply('井盖一百四十个坏了五个', ctx(open(G.manholes), open(G.broken)));
    expect(summary(r.values)).toEqual(['mh_broken=5@2026-11', 'mh_total=140@2026-11']);
  });
});
