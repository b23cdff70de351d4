import { describe, expect, it } from 'vitest';
import { lastFigureEnd } from '../../../src/domain/reply/values.js';

/** The first form: right, but it backtracks over a long run of numerals from every position (quadratic). */
const BACKTRACKING = /^[^]*(?:\d[\d.,]*%?|[零一二两三四五六七八九十百千万]+(?=[处个件户人次家条起项座台]))(?:人次|户次|[处个件户人次家条起项座台])?/;
const reference = (clause: string): number => BACKTRACKING.exec(clause)?.[0].length ?? -1;

describe('the last figure of a clause with its measure word', () => {
  it('ends where the backtracking form ends, on every clause built from figures, numerals, measure words and words', () => {
    const pieces = ['1', '28', '0', '.', ',', '%', '一', '两', '十', '万', '处', '户', '人次', '户次', '次', '个', '整改', '还在改', ' ', '了'];
    let seed = 7;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let k = 0; k < 3000; k++) {
      let clause = '';
      for (let n = next(9); n > 0; n--) clause += pieces[next(pieces.length)];
      expect([clause, lastFigureEnd(clause)]).toEqual([clause, reference(clause)]);
    }
  });

  it('reads 4处 / 两处 / 1,280户 and finds none in 一下 or a run of 一 with no measure word', () => {
    expect(lastFigureEnd('已经整治完4处 其他还在整治')).toBe(7);
    expect(lastFigureEnd('还有两处在改')).toBe(4);
    expect(lastFigureEnd('共1,280户已完成')).toBe(7);
    expect(lastFigureEnd('问一下')).toBe(-1);
    expect(lastFigureEnd('一'.repeat(200))).toBe(-1);
  });
});
