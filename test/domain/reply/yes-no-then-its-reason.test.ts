// ANSWER_THEN_ITS_REASON: 否，还在进行 / 是，已完成 for 是否完成自查 — a bare yes or no, then a short clause saying the same in
// other words, was read as nothing (only a yes or no said alone was).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const read = (text: string) => summary(parseReply(text, ctx(open(F.selfCheck))).values);

describe('a yes or no with its reason after it', () => {
  it('is that yes or no', () => {
    expect(read('否，还在进行')).toEqual(['self_check_done=false@2026-11']);
    expect(read('是，已完成')).toEqual(['self_check_done=true@2026-11']);
  });

  it('a reason that says the opposite leaves it unread', () => {
    expect(read('是，还没完成')).toEqual([]);
  });
});
