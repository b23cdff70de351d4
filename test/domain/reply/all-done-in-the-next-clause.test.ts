// ALL_DONE_NEXT_CLAUSE: 九小场所86家，都检查了 — all of what a figure counted, said done in the clause right after a comma,
// gives the count done the same figure, as 86家都检查了 does. Only 九小场所 86 was read. Not when that clause has a figure.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

describe('all of it done, said in the next clause', () => {
  const c = ctx(open(F.jiuxiao), open(F.inspected));
  it('is the count done', () => {
    expect(summary(parseReply('九小场所86家，都检查了', c).values)).toEqual(['inspected_venues=86@2026-11', 'jiuxiao_venues=86@2026-11']);
    expect(summary(parseReply('九小场所86家，全部检查完了', c).values)).toEqual(['inspected_venues=86@2026-11', 'jiuxiao_venues=86@2026-11']);
  });

  it('leaves a figure of its own to that clause', () => {
    expect(summary(parseReply('九小场所86家，都检查了80家', c).values)).not.toContain('inspected_venues=86@2026-11');
  });
});
