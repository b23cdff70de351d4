// A landline (023-67712345, 023 67712345, 02367712345) is no figure, however its area code is set off: one named
// pattern (LANDLINE_NUMBER, phone-numbers.ts) for every reader that must know one (hide.ts, intents.ts, read-clause.ts),
// as MOBILE_NUMBER is for mobiles.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { LANDLINE_NUMBER } from '../../../src/domain/reply/phone-numbers.js';
import { ctx, F, open, summary } from './fixtures.js';

const whole = (s: string): boolean => new RegExp(`^(?:${LANDLINE_NUMBER})$`).test(s);

describe('a landline', () => {
  it('is an area code of 0 and two or three digits, then seven or eight, set off by a dash, a space or nothing', () => {
    for (const phone of ['023-67712345', '023 67712345', '02367712345', '0851-8612345']) expect(whole(phone)).toBe(true);
    for (const figure of ['12,345', '1500-2000', '2026-11-30', '67712345']) expect(whole(figure)).toBe(false);
  });

  for (const phone of ['023-67712345', '023 67712345', '02367712345']) {
    it(`beside a figure is no figure: ${phone}`, () => {
      const r = parseReply(`燃气隐患3处，联系电话${phone}`, ctx(open(F.gas), open(F.food)));
      expect(summary(r.values)).toEqual(['gas_hazards=3@2026-11']);
      expect(r.invalid).toEqual([]);
    });
  }
});
