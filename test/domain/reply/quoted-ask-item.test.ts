// A bare figure sent with a quote of the bot's ask for one item answers that item, even when other items of the same
// kind are open; a quote that lists several items settles nothing.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const c = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons), open(F.tempTimes));

describe('a bare figure above a quoted ask', () => {
  it('answers the one item the quote asks for', () => {
    const r = parseReply('41\n「报数助手：【报数】请报送以下 1 项数据：■ 民政办 2026年11月（请于12月4日前回复）：1. 低保人数（人）」', c);
    expect(summary(r.values)).toEqual(['dibao_persons=41@2026-11']);
  });

  it('is not settled by a quote of several items', () => {
    const r = parseReply('41\n「报数助手：请报送以下 2 项数据：1. 低保户数（户） 2. 低保人数（人）」', c);
    expect(r.values).toEqual([]);
  });
});
