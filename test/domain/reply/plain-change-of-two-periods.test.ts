import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open } from './fixtures.js';

// PLAIN_CHANGE_OF_TWO_PERIODS (reply-state.ts): 低保人数多了3个 with 10月 answered and 11月 open — a correction of 10月 or
// 11月's change from it; the words do not say, so no period is picked (it corrected 10月). Said against the figure given
// (比刚才报的, 又), it is 10月's.
const parse = (text: string) => parseReply(text, ctx(open(F.dibaoPersons, '2026-10', true), open(F.dibaoPersons, '2026-11')));
const periodOf = (text: string) => parse(text).changes.map((c) => c.period);

describe('a plain change with one period answered and one open', () => {
  it('picks no period', () => {
    expect(periodOf('低保人数多了3个')).toEqual([null]);
  });

  it('is the answered period\'s when said against the figure given', () => {
    expect(periodOf('低保人数比刚才报的多了3个')).toEqual(['2026-10']);
    expect(periodOf('低保人数又多了3个')).toEqual(['2026-10']);
  });

  it('is the period it names', () => {
    expect(periodOf('11月低保人数多了3个')).toEqual(['2026-11']);
  });
});
