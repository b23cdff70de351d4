// 没有群租房，这项填什么: a sentence asking how to fill an item stores nothing from it.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

describe('asking what to fill in', () => {
  it.each(['消防隐患整改进度：没有隐患，这项填什么', '整改进度没有隐患的报啥'])('%s', (t) => {
    const r = parseReply(t, ctx(open(F.rectify)));
    expect(summary(r.values)).toEqual([]);
    expect(r.question).toBe(true);
  });
});
