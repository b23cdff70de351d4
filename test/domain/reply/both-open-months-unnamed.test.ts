// BOTH_OPEN_MONTHS: 人数两个月都是67 / 这两个月低保户数均为58 — the months are not named, but two are open: the figure is each
// month's. It was "no data found". With one month open, or three, nothing is spread.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const twoMonths = () => ctx(open(F.dibaoHouseholds, '2026-10'), open(F.dibaoPersons, '2026-10'), open(F.dibaoHouseholds, '2026-11'), open(F.dibaoPersons, '2026-11'));

describe('a figure for both open months, the months unnamed', () => {
  it('人数两个月都是67 is each month’s 低保人数', () => {
    expect(summary(parseReply('人数两个月都是67', twoMonths()).values)).toEqual(['dibao_persons=67@2026-10', 'dibao_persons=67@2026-11']);
  });

  it('这两个月低保户数均为58，人数都是96 gives both items for both months', () => {
    expect(summary(parseReply('这两个月低保户数均为58，人数都是96', twoMonths()).values)).toEqual([
      'dibao_households=58@2026-10', 'dibao_households=58@2026-11', 'dibao_persons=96@2026-10', 'dibao_persons=96@2026-11',
    ]);
  });

  it('with three months open, 两个月 names none of them', () => {
    const three = ctx(open(F.dibaoPersons, '2026-09'), open(F.dibaoPersons, '2026-10'), open(F.dibaoPersons, '2026-11'));
    expect(parseReply('人数两个月都是67', three).values.filter((v) => v.value === 67).length).toBeLessThan(2);
  });

  it('items listed before keep their own reading (低保户数和人数两个月都是0: each item, each month)', () => {
    expect(summary(parseReply('低保户数和人数两个月都是0', twoMonths()).values)).toEqual([
      'dibao_households=0@2026-10', 'dibao_households=0@2026-11', 'dibao_persons=0@2026-10', 'dibao_persons=0@2026-11',
    ]);
  });
});
