import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

// RUNNING_TOTAL_ASKED_BACK: a running total alone, when the month is asked, is asked back for the month's figure.
const parse = (text: string, ...candidates: ReturnType<typeof open>[]) => parseReply(text, ctx(...candidates));

describe('a running total said when the month is asked', () => {
  it('is asked back for the month, for the month open', () => {
    for (const text of ['临时救助今年累计86人次', '临时救助1-11月累计86人次']) {
      const r = parse(text, open(F.tempTimes));
      expect(summary(r.values), text).toEqual([]);
      expect(r.invalid.map((i) => `${i.field}@${i.period}`), text).toEqual(['temp_aid_times@2026-11']);
    }
  });

  it('asks nothing when the month is said too', () => {
    const r = parse('临时救助今年累计86人次，本月9人次', open(F.tempTimes));
    expect(summary(r.values)).toEqual(['temp_aid_times=9@2026-11']);
    expect(r.invalid).toEqual([]);
  });
});
