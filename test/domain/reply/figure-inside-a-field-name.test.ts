// 最近一次演练日期 holds 一次, but 搞了一次演练 is a figure (一次) and the noun it counts: numerals with a measure word
// start no piece of a name they sit inside, so they are not blocked as part of it.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { G } from './fields-fresh4.js';

describe('a figure that also sits inside a field name', () => {
  it('搞了一次演练 is one drill while 最近一次演练日期 is open', () => {
    const r = parseReply('搞了一次演练，30个人参加', ctx(open(G.drills), open(G.participants), open(G.lastDrill)));
    expect(summary(r.values)).toEqual(['ff_drills=1@2026-11', 'ff_participants=30@2026-11']);
  });

  it('最近一次 before a date is still the date field, not a figure', () => {
    const r = parseReply('最近一次演练日期11月18日', ctx(open(G.drills), open(G.lastDrill)));
    expect(summary(r.values)).toEqual(['ff_last_drill="2026-11-18"@2026-11']);
  });
});
