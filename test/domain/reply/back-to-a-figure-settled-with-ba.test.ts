import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

// SETTLED_AFTER: 吧 after the figure a correction goes back to (不对，还是20户吧) settles the choice; the reason after the pause
// is another's words. 吧 with a checking verb after it (还是20户吧我再核一下) still doubts the figure.
const latest = (field: typeof F.dibaoHouseholds) => ({ ...open(field, '2026-11', true), latest: true });
const read = (text: string, ...candidates: ReturnType<typeof open>[]) => parseReply(text, ctx(...candidates));

describe('a correction back to a figure settled with 吧', () => {
  it('reads the figure before 吧 as the one that stands', () => {
    expect(summary(read('不对，还是20户吧，有3户是下个月才换', latest(F.dibaoHouseholds), open(F.dibaoPersons)).values)).toEqual(['dibao_households=20@2026-11']);
    expect(summary(read('不对，还是15吧', latest(F.tekun)).values)).toEqual(['tekun_persons=15@2026-11']);
  });

  it('stores nothing when 吧 is followed by a checking verb', () => {
    expect(summary(read('不对，还是20户吧我再核一下', latest(F.dibaoHouseholds)).values)).toEqual([]);
  });
});
