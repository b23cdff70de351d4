// 不好意思，户数报错了，应该是123 after 低保户数：132 — the clause that says which item was wrong names it (here by its measure
// alone, 户数), and the figure in the clause after corrects it. It was read as a figure of no item: "no data found", and the
// wrong 132 stayed.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const answered = ctx(open(F.dibaoHouseholds, '2026-11', true), open(F.dibaoPersons, '2026-11', true));
const values = (text: string): string[] => summary(parseReply(text, answered).values);

describe('the item said to be wrong, then its figure', () => {
  it('in the clause before', () => {
    expect(values('不好意思，户数报错了，应该是123')).toEqual(['dibao_households=123@2026-11']);
    expect(values('人数填错了，是218')).toEqual(['dibao_persons=218@2026-11']);
  });

  it('with the words that say it was wrong between the label and the figure', () => {
    expect(values('户数报错了应该是123')).toEqual(['dibao_households=123@2026-11']);
  });

  it('pointed back at (那个 / 这个)', () => {
    expect(values('人数那个是218不是208')).toEqual(['dibao_persons=218@2026-11']);
  });

  it('a clause that names no item leaves a bare figure a question', () => {
    expect(values('不好意思，报错了，应该是123')).toEqual([]);
  });
});
