// SUBSET_SAID_WITH_DE (read-clause.ts): 特困供养人员集中供养的2个 — a kind of the item said with 的 right before the figure counts
// those of the item that are of that kind: a part, never the whole. Before, 2 was stored as 特困供养人数 (a wrong value). It is
// asked about; the parts said together are asked for their total as before, and a heading still answers the item.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const read = (text: string) => parseReply(text, ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tekun)));

describe('a kind of the item said with 的', () => {
  it('is a part: nothing stored, the total asked for', () => {
    const r = read('特困供养人员集中供养的2个');
    expect(r.values).toEqual([]);
    expect(r.invalid.map((v) => v.reason)).toEqual(['“集中的2个”只是特困供养人数的一部分，请回复特困供养人数的合计数']);
    expect(read('城市低保的30户').values).toEqual([]);
  });

  it('parts together, a heading, or the item itself with 的 read as before', () => {
    expect(read('特困供养人员集中供养的2个，分散的3个').invalid.map((v) => v.reason)).toEqual(['“集中2个”“分散3个”是分项，请回复特困供养人数的合计数']);
    expect(summary(read('特困供养人数：集中供养12人').values)).toEqual(['tekun_persons=12@2026-11']);
    expect(summary(read('特困供养的4个人').values)).toEqual(['tekun_persons=4@2026-11']);
  });
});
