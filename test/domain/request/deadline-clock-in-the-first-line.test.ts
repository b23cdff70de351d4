// HEAD_LABEL (anatomy.ts): 请各镇街11月23日17:00前报送本月低保户数 — the colon of a clock time ends no head label. The first line
// up to 17: was read as the message's title, its due time with it, and the request had no deadline; a repost moving the due
// time was then answered as a plain repeat (found by ak26 driving the engine).
import { describe, expect, it } from 'vitest';
import { parserFor } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const ctx = ctxAt('2026-11-20T09:00:00+08:00');
const parse = (text: string) => parserFor(ctx).parse(text, member('lead_mz'), ctx.at);

describe('a clock time in a chat ask\'s first line', () => {
  it('is the due time, not the end of a label', () => {
    expect(parse('请各镇街11月23日17:00前报送本月低保户数')?.deadline?.toISOString()).toBe('2026-11-23T09:00:00.000Z');
  });
  it('a head label still is one', () => {
    expect(parse('低保数据：请各镇街11月23日17:00前报送本月低保户数')?.deadline?.toISOString()).toBe('2026-11-23T09:00:00.000Z');
  });
});
