// 风险消除户数是1户，刚才说错了 with the field held for 10月 from an earlier reply and still open for 11月: it may
// correct 10月's figure or give 11月's, so the bot asks which period; a figure held from the reporter's latest reply is
// what 刚才 points at.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const text = '低保户数是12户，刚才说错了';

describe('a correction that names no period while another period is open', () => {
  it('is asked back over both periods', () => {
    const r = parseReply(text, ctx(open(F.dibaoHouseholds, '2026-10', true), open(F.dibaoHouseholds, '2026-11')));
    expect(summary(r.values)).toEqual([]);
    expect(r.choices.flatMap((x) => x.options.map((o) => o.period)).sort()).toEqual(['2026-10', '2026-11']);
  });

  it('corrects the figure the reporter just gave', () => {
    const latest = { ...open(F.dibaoHouseholds, '2026-10', true), latest: true };
    expect(summary(parseReply(text, ctx(latest, open(F.dibaoHouseholds, '2026-11'))).values)).toEqual(['dibao_households=12@2026-10']);
  });
});
