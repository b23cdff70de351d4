// 火情1起是11月3日的 with the item open for 10月 and 11月: the day the sentence names falls inside one of them, so the
// figure is that period's, whichever of them is already answered.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const c = ctx(open(F.blocked, '2026-10'), open(F.blocked, '2026-11', true));
const values = (t: string) => summary(parseReply(t, c).values);

describe('a day named in the sentence', () => {
  it('places the figure in the period that holds it', () => {
    expect(values('消防通道堵塞1处是11月3日的，已经清理')).toEqual(['blocked_fire_exits=1@2026-11']);
    expect(values('消防通道堵塞1处是10月28号发现的')).toEqual(['blocked_fire_exits=1@2026-10']);
  });

  it('without one, the figure goes to the period still open', () => {
    expect(values('消防通道堵塞1处')).toEqual(['blocked_fire_exits=1@2026-10']);
  });
});
