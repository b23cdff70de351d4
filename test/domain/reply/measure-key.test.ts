// MEASURE_KEY (read-clause.ts): 已转移 户：9，人：38 / 户：128，人：203 — a key that is only a measure word, set off by a space
// or a pause and followed by a colon, gives the figure after it that measure. Nothing was read (户 named no item, or the
// two counts of the item named before it tied), and 低保 户:128 人:203 stored the figures swapped: 128 took the 人 after the
// space as its measure word (quantities.ts: a measure word a colon follows is the next figure's key).
import { describe, expect, it } from 'vitest';
import type { FieldDef } from '../../../src/domain/types.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const int = (key: string, label: string, aliases: string[], unit: string): FieldDef => ({ key, label, aliases, type: 'integer', unit, min: 0 });
const dibao = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons));

describe('a measure word as the key of a colon', () => {
  it('names the one open item counted in it', () => {
    expect(summary(parseReply('户：128，人：203', dibao).values)).toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11']);
    expect(summary(parseReply('户:128 人:203', dibao).values)).toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11']);
  });

  it('after a space, never the measure of the figure before it', () => {
    expect(summary(parseReply('低保 户:128 人:203', dibao).values)).toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11']);
    expect(summary(parseReply('低保户：128 人：203', dibao).values)).toEqual(['dibao_households=128@2026-11', 'dibao_persons=203@2026-11']);
  });

  it('of the item named before it', () => {
    const moved = [int('mhh', '已转移户数', ['转移户数'], '户'), int('mpp', '已转移人数', ['转移人数'], '人'),
      int('hh', '受威胁户数', ['受威胁户'], '户'), int('pp', '受威胁人数', ['受威胁人口'], '人')];
    const c = ctx(...moved.map((f) => open(f)));
    expect(summary(parseReply('受威胁 户：16，人：71\n已转移 户：9，人：38', c).values))
      .toEqual(['hh=16@2026-11', 'mhh=9@2026-11', 'mpp=38@2026-11', 'pp=71@2026-11']);
  });

  it('asks when two open items count in that measure', () => {
    const r = parseReply('户：128，人：203', ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tekun)));
    expect(summary(r.values)).toEqual(['dibao_households=128@2026-11']);
    expect(r.choices.map((c) => c.raw)).toEqual(['203']);
  });
});
