// TEN_AND_SOME: 十几户 / 十多处 / 10来个 leave the ones unknown, as large as the ten said — asked about like a bound, never stored
// as 约10. A count with its tens said (六十几个人, 二十来个) stays an estimate.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const read = (text: string) => parseReply(text, ctx(open(F.dibaoHouseholds), open(F.tekun), open(F.blocked)));

describe('ten and some', () => {
  it('十几户 / 十多处 / 10来户 are asked about, not stored as 10', () => {
    for (const text of ['低保十几户', '消防通道堵塞十多处', '低保户10来户']) {
      const r = read(text);
      expect(r.values, text).toEqual([]);
      expect(r.invalid.length, text).toBe(1);
    }
  });

  it('leaves the exact figures beside it', () => {
    expect(summary(read('低保户45户，特困十几个人').values)).toEqual(['dibao_households=45@2026-11']);
  });

  it('六十几个人 and 二十来户 keep their tens as estimates', () => {
    expect(read('特困六十几个人').values).toEqual([expect.objectContaining({ field: 'tekun_persons', value: 60, approximate: true })]);
    expect(read('低保二十来户').values).toEqual([expect.objectContaining({ field: 'dibao_households', value: 20, approximate: true })]);
  });
});
