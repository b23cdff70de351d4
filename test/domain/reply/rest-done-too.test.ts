// 剩下两家也检查了: what was left, said to be done too, adds to the figure held (15 checked + 2 = 17).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open } from './fixtures.js';

describe('the rest done too', () => {
  it('is a change of +2 against the figure held', () => {
    const r = parseReply('剩下两家也检查了', ctx(open(F.inspected, '2026-11', true)));
    expect(r.values).toEqual([]);
    expect(r.changes.map((c) => [c.field, c.delta, c.against])).toEqual([['inspected_venues', 2, 'held']]);
  });

  it('what is left and not done is no figure', () => {
    const r = parseReply('剩下两家老板不在', ctx(open(F.inspected, '2026-11', true)));
    expect(r.values).toEqual([]);
    expect(r.changes).toEqual([]);
  });
});
