// RECHECKED_TO: 户数没问题，人数核了一下是95 after 低保60户98人 stored 95 as 特困供养人数 (the one item still open that counts
// people): a wrong value. A figure found on checking again replaces the one given — a correction of the latest 人数.
import { describe, expect, it } from 'vitest';
import { hasCorrectionMarker } from '../../../src/domain/reply/intents.js';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const given = (c: ReturnType<typeof open>) => ({ ...c, latest: true });

describe('a figure found on checking again', () => {
  it('corrects the figure given, never fills another item', () => {
    const r = parseReply('户数没问题，人数核了一下是95',
      ctx(given(open(F.dibaoHouseholds, '2026-11', true)), given(open(F.dibaoPersons, '2026-11', true)), open(F.tekun)));
    expect(summary(r.values)).toEqual(['dibao_persons=95@2026-11']);
    expect(r.correction).toBe(true);
  });

  it('is a correction when a figure follows, not when none does', () => {
    expect(hasCorrectionMarker('人数复核后是160')).toBe(true);
    expect(hasCorrectionMarker('人数核实了一下为95人')).toBe(true);
    expect(hasCorrectionMarker('核过了，没问题')).toBe(false);
    expect(hasCorrectionMarker('还在核对，晚点报')).toBe(false);
  });
});
