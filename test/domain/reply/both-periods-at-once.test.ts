// BOTH_PERIODS: a figure said of both open periods at once (两个月都是5个人, 10月11月都是43户, 两个月都没有) is each
// period's figure, where it was asked back or stored for one period only.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const twoMonths = ctx(
  open(F.dibaoHouseholds, '2026-10'), open(F.dibaoHouseholds, '2026-11'),
  open(F.dibaoPersons, '2026-10'), open(F.dibaoPersons, '2026-11'),
);
const read = (text: string) => summary(parseReply(text, twoMonths).values);

describe('a figure said of both open periods at once', () => {
  it.each([
    ['低保户两个月都是43户'],
    ['低保户10月11月都是43户'],
    ['低保户数10月和11月都是43户'],
    ['低保户数10月、11月均为43户'],
  ])('%s', (text) => {
    expect(read(text)).toEqual(['dibao_households=43@2026-10', 'dibao_households=43@2026-11']);
  });

  it('两个月都没有 is a zero for both', () => {
    expect(read('低保户两个月都没有')).toEqual(['dibao_households=0@2026-10', 'dibao_households=0@2026-11']);
  });

  it('the other figures of the reply keep their own months', () => {
    expect(read('低保户数10月和11月都是43户 低保人数10月96人 11月95人')).toEqual([
      'dibao_households=43@2026-10', 'dibao_households=43@2026-11', 'dibao_persons=95@2026-11', 'dibao_persons=96@2026-10',
    ]);
  });

  it('one month said with 都 is that month only; a bare figure is still asked', () => {
    expect(read('低保户数11月都是43户')).toEqual(['dibao_households=43@2026-11']);
    expect(read('低保户43户')).toEqual([]);
  });
});
