// 在册132户，208人 with 低保户数 and 低保人数 asked: the figure whose own short words name no item is held and asked about.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open } from './fixtures.js';

const c = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons));
const read = (text: string) => parseReply(text, c).values.map((v) => [v.field, v.value, v.confirm ?? null]);

describe('a figure in an awaited item\'s measure, said with words that name nothing (ASKED_WHAT_IT_IS)', () => {
  it('is held with one question when the reply gives that item nothing else', () => {
    expect(read('在册132户，208人')).toEqual([
      ['dibao_persons', 208, null],
      ['dibao_households', 132, '“在册132户”是指低保户数吗？'],
    ]);
    expect(read('走访132户')).toEqual([['dibao_households', 132, '“走访132户”是指低保户数吗？']]);
  });

  it('asks nothing when the item got its figure in the reply, or the words say a change', () => {
    expect(read('低保户数120户，核查30户')).toEqual([['dibao_households', 120, null]]);
    expect(read('核查30户，低保户数120户')).toEqual([['dibao_households', 120, null]]);
    expect(read('本月新增3户')).toEqual([]);
  });

  it('asks nothing about an item answered before', () => {
    const answered = ctx(open(F.dibaoHouseholds, '2026-11', true), open(F.dibaoPersons));
    expect(parseReply('走访132户', answered).values).toEqual([]);
  });
});
