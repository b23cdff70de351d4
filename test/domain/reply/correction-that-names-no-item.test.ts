// A correction that names no item (刚才报错了是118, 还是5户吧): the figure is of the one item the reporter last gave a
// figure for — in the figure's measure word when it has one — and of none when several fit: then the reporter is asked.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import type { ReplyCandidate } from '../../../src/domain/reply/parse.js';
import type { FieldDef } from '../../../src/domain/types.js';
import { F, ctx, open, summary } from './fixtures.js';

/** A field this reporter gave a figure for in its reply number `given` (`latest`: that reply is their latest). */
const given = (field: FieldDef, order: number, latest = false): ReplyCandidate => ({ ...open(field, '2026-11', true), given: order, ...(latest ? { latest } : {}) });
const read = (text: string, ...candidates: ReplyCandidate[]) => parseReply(text, ctx(...candidates));

describe('a correction that names no item', () => {
  it('said with only the words of the mistake before the figure corrects the one figure of the last reply', () => {
    expect(summary(read('刚才报错了是118', given(F.dibaoHouseholds, 1, true), open(F.dibaoPersons)).values)).toEqual(['dibao_households=118@2026-11']);
    expect(summary(read('刚才那个报错了应该是47', given(F.dibaoHouseholds, 1, true), open(F.dibaoPersons)).values)).toEqual(['dibao_households=47@2026-11']);
  });

  it('in a measure word is of the item last given in that measure, not one still awaited in it', () => {
    const r = read('还是5户吧', given(F.dibaoHouseholds, 3), open(F.dilapidated), given(F.tempAmount, 5, true));
    expect(summary(r.values)).toEqual(['dibao_households=5@2026-11']);
    expect(r.correction).toBe(true);
    expect(summary(read('刚才报错了是31户', given(F.dibaoHouseholds, 3), given(F.dilapidated, 2), given(F.dibaoPersons, 5, true)).values))
      .toEqual(['dibao_households=31@2026-11']);
  });

  it('is asked about when the last reply gave several figures it could be', () => {
    const two = read('还是5户吧', given(F.dibaoHouseholds, 3), given(F.dilapidated, 3), given(F.tempAmount, 5, true));
    expect(two.values).toEqual([]);
    expect(two.choices[0]?.options.map((o) => o.field)).toEqual(['dibao_households', 'dilapidated_households']);
    const three = read('刚才报错了是47', given(F.dibaoHouseholds, 3, true), given(F.dilapidated, 3, true), given(F.dibaoPersons, 3, true), open(F.tempTimes));
    expect(three.values).toEqual([]);
    expect(three.choices[0]?.options.map((o) => o.field)).toEqual(['dibao_households', 'dilapidated_households', 'dibao_persons']);
  });

  it('keeps an item named before the words of the mistake', () => {
    expect(summary(read('刚才低保人数报错了是208', given(F.dibaoHouseholds, 1, true), given(F.dibaoPersons, 1, true)).values)).toEqual(['dibao_persons=208@2026-11']);
  });
});
