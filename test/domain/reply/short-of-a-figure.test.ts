// 没有达到100%的原因是… : a figure something falls short of is a bound, never the figure.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open } from './fixtures.js';
import { L } from './fields-fresh6.js';

describe('short of a figure', () => {
  it('is not stored', () => {
    const r = parseReply('免疫密度没有达到100%的原因是有3个村的散养户还没打完', ctx(open(L.immune, '2026-11', true)));
    expect(r.values).toEqual([]);
  });

  it('the figure itself is', () => {
    expect(parseReply('免疫密度达到100%', ctx(open(L.immune))).values.map((v) => v.value)).toEqual([100]);
  });
});
