// 剩下两家也检查了: what was left, said to be done too, adds to the figure held (15 checked + 2 = 17). The item's name and
// words of time may come before 也 (剩下5户光荣牌今天也挂上了: 115 hung + 5).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { ctx, F, open } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const due = int('gr_due', '应悬挂光荣牌户数', ['应挂户数', '应悬挂户数', '应挂'], '户');
const hung = int('gr_done', '已悬挂光荣牌户数', ['已挂户数', '已悬挂户数', '已挂'], '户');

describe('the rest done too', () => {
  it('is a change of +2 against the figure held', () => {
    const r = parseReply('剩下两家也检查了', ctx(open(F.inspected, '2026-11', true)));
    expect(r.values).toEqual([]);
    expect(r.changes.map((c) => [c.field, c.delta, c.against])).toEqual([['inspected_venues', 2, 'held']]);
  });

  it('the item named and a time said before 也 (剩下5户光荣牌今天也挂上了)', () => {
    const r = parseReply('回龙村剩下5户光荣牌今天也挂上了', ctx(open(due, '2027-01', true), open(hung, '2027-01', true)));
    expect(r.values).toEqual([]);
    expect(r.changes.map((c) => [c.field, c.delta, c.against])).toEqual([['gr_done', 5, 'held']]);
    // not when it is said not done (剩下5户光荣牌今天也还没挂好)
    expect(parseReply('回龙村剩下5户光荣牌今天也还没挂好', ctx(open(due, '2027-01', true), open(hung, '2027-01', true))).changes).toEqual([]);
  });

  it('what is left and not done is no figure', () => {
    const r = parseReply('剩下两家老板不在', ctx(open(F.inspected, '2026-11', true)));
    expect(r.values).toEqual([]);
    expect(r.changes).toEqual([]);
  });
});
