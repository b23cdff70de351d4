// 低保户数128户，低保人数203人，以上数据已经镇领导审核: 以上数据已经镇 was taken for a unit off the roster (a clause opening on a run
// that ends in 镇), and the clerk was told figures for another unit had been left aside. A run of six words or more before
// the place word, naming no unit known, is words.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const read = (text: string) => parseReply(text, { ...ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)), unitName: '朱沱镇' });

describe('a long run of words before 镇', () => {
  it('names no other unit', () => {
    const r = read('低保户数128户，低保人数203人，以上数据已经镇领导审核');
    expect(summary(r.values)).toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11']);
    expect(r.otherUnits).toEqual([]);
  });

  it('a short name of a unit off the roster is still noted', () => {
    expect(read('低保户数128户，松溉镇低保户数90户').otherUnits).toEqual(['松溉镇']);
  });
});
