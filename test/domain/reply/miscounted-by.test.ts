// 人数少算了两个 / 户数多算了1户: the figure given was off by this much — a change against it, up for 少算/漏报, down for 多算.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open } from './fixtures.js';

const given = ctx({ ...open(F.dibaoHouseholds, '2026-11', true), latest: true }, { ...open(F.dibaoPersons, '2026-11', true), latest: true });
const changes = (text: string) => parseReply(text, given).changes.map((c) => [c.field, c.delta, c.against]);

describe('a count said to be short or over (MISCOUNTED_BY)', () => {
  it('counted short raises the figure given', () => {
    expect(changes('人数少算了两个')).toEqual([['dibao_persons', 2, 'held']]);
    expect(changes('人数漏报了2人')).toEqual([['dibao_persons', 2, 'held']]);
  });

  it('counted over lowers it', () => {
    expect(changes('户数多算了1户')).toEqual([['dibao_households', -1, 'held']]);
  });

  it('explains a correction beside it when its words name no item (no change by the measure word alone)', () => {
    expect(changes('之前少报了一个')).toEqual([]);
    expect(changes('低保人数应为210人，之前少报了两个')).toEqual([]);
  });

  it('stores no level', () => {
    expect(parseReply('人数少算了两个', given).values).toEqual([]);
  });
});
