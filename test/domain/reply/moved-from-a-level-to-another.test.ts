// FROM_THEN_TO: 低保户由125户增加到128户 / 从上月的125户变为128户 — the level moved from is no figure now, and a period said with
// it (上月) holds only there; the level moved to is the figure. The clerk was asked for a total of "parts", or told the
// figure was for the wrong month; 低保户125户，增加到128户 kept 125.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const read = (text: string) => parseReply(text, ctx(open(F.dibaoHouseholds)));

describe('a figure moved from one level to another', () => {
  it('is the level it moved to', () => {
    expect(summary(read('低保户由125户增加到128户').values)).toEqual(['dibao_households=128@2026-11']);
    expect(summary(read('低保户数由125户调整为128户').values)).toEqual(['dibao_households=128@2026-11']);
    expect(summary(read('低保户125户，增加到128户').values)).toEqual(['dibao_households=128@2026-11']);
  });

  it('a period said with the level moved from holds only there', () => {
    const r = read('低保户从上月的125户变为128户');
    expect(summary(r.values)).toEqual(['dibao_households=128@2026-11']);
    expect(r.invalid).toEqual([]);
  });

  it('a change alone is still no level', () => {
    expect(read('低保户比上月增加3户').values).toEqual([]);
  });
});
