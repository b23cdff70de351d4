// PARTS_SIDE_BY_SIDE: 集中供养3人，分散供养12人 for 特困供养人数 — with KIND_THE_ITEM_DOES_NOT_SAY, 分散供养 was set aside as a rival
// kind and 集中供养's 3 stored as the whole (a wrong value); 特困供养：集中供养3人… under a heading that opens the item's name
// the same. Parts said side by side are parts: the clerk is asked for the total.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const read = (text: string) => parseReply(text, ctx(open(F.tekun)));

describe('parts said side by side', () => {
  for (const text of ['集中供养3人，分散供养12人', '特困供养：集中供养3人，分散供养12人']) {
    it(`fill no whole: ${text}`, () => {
      const r = read(text);
      expect(summary(r.values)).toEqual([]);
      expect(r.unasked).toEqual([]);
    });
  }
});
