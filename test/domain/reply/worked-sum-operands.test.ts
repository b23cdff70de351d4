// A calculation written out in a reply (95加2户的5个人，一共100人 / 642/1286=49.9%): its operands are the reporter's
// working, never figures given; the result is.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const c = ctx(open(F.dibaoHouseholds, '2026-11', true), open(F.dibaoPersons, '2026-11', true), open(F.ratio));
const values = (t: string) => summary(parseReply(t, c).values);

describe('the operands of a worked sum', () => {
  it('95加2户的5个人 gives no 户数 of 2; the total after 一共 is the figure', () => {
    expect(values('低保人数也要改，95加2户的5个人，一共100人')).toEqual(['dibao_persons=100@2026-11']);
  });

  it('642/1286=49.9%: the rate after = is the figure', () => {
    expect(values('覆盖率642/1286=49.9%')).toEqual(['coverage_ratio=49.9@2026-11']);
  });

  it('减少 is a change word, not an operator', () => {
    expect(values('低保户数120户，低保人数208人')).toEqual(['dibao_households=120@2026-11', 'dibao_persons=208@2026-11']);
    expect(parseReply('低保户数比上月减少2户', c).changes.map((x) => x.delta)).toEqual([-2]);
  });
});
