// 累计纠正违法215起 when only the month is asked: a running total is not the month's figure, unless the item counts one.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, open, summary } from './fixtures.js';
import { K } from './fields-fresh11.js';

describe('a running total when a month is asked', () => {
  it('累计 before the label keeps it out of the month', () => {
    const r = parseReply('11月劝导432次，累计纠正违法215起', ctx(open(K.persuaded), open(K.violations)));
    expect(summary(r.values)).toEqual(['ts_persuade=432@2026-11']);
  });

  it('a field that counts a running total takes it', () => {
    const r = parseReply('累计劝导3,860次', ctx(open(K.runningTotal)));
    expect(summary(r.values)).toEqual(['ts_total=3860@2026-11']);
  });

  it('a running total for a day asked (截至) is the figure', () => {
    const r = parseReply('累计纠正违法215起', ctx(open(K.violations, '2026-11-30')));
    expect(summary(r.values)).toEqual(['ts_violations=215@2026-11-30']);
  });
});
