// 1,826户是对的 / 6场没错: a figure said to be right is that figure; 是对的 names no item.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { H } from './fields-fresh10.js';

describe('a figure said to be right', () => {
  it('is the figure of the item its measure word names', () => {
    const r = parseReply('1,826户是对的，app新增实际是316人', ctx(open(H.visited, '2026-11', true), open(H.app, '2026-11', true)));
    expect(summary(r.values)).toEqual(['fz_app=316@2026-11', 'fz_visited=1826@2026-11']);
  });
});
