// 低保132户，城市低保0户 / 我镇现有农村低保132户208人，城市低保无: a figure or a nil said of one kind of an item is a part of
// it — it never replaces the item's figure, and a nil of one kind is never the item's 0.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const dibao = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons));
const read = (text: string) => parseReply(text, dibao);

describe('one kind of an item after the item itself (KIND_NEVER_REPLACES_THE_WHOLE)', () => {
  it('keeps the whole', () => {
    expect(summary(read('低保132户，城市低保0户').values)).toEqual(['dibao_households=132@2026-11']);
    expect(summary(read('低保户数132户，其中城市低保无').values)).toEqual(['dibao_households=132@2026-11']);
  });
});

describe('none of one kind (NIL_OF_ONE_KIND)', () => {
  it('stores no 0 and asks for the total', () => {
    for (const text of ['城市低保无', '我镇现有农村低保132户208人，城市低保无', '农村低保132户，城市低保无']) {
      const reply = read(text);
      expect(reply.values, text).toEqual([]);
      expect(reply.invalid.map((i) => i.field).sort(), text).toEqual(['dibao_households', 'dibao_persons']);
    }
  });

  it('a nil of the item itself is still its 0', () => {
    expect(summary(read('低保没有').values)).toEqual(['dibao_households=0@2026-11', 'dibao_persons=0@2026-11']);
  });
});

describe('a sum run straight on in another measure word', () => {
  it('is the sum of that measure too, not the last kind\'s', () => {
    const medical = ctx(open(F.medicalTimes), open(F.medicalAmount));
    expect(summary(parseReply('医疗救助：门诊12人次0.8万元，住院20人次9.6万元，合计32人次10.4万元', medical).values))
      .toEqual(['medical_aid_amount=104000@2026-11', 'medical_aid_times=32@2026-11']);
  });
});
