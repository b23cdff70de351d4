import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const c = ctx(open(F.dibaoPersons, '2026-10'), open(F.dibaoPersons));
const values = (text: string): string[] => summary(parseReply(text, c).values);

describe('10月76: a month, then a number no day can be, is that month and a figure', () => {
  it('reads both months', () => {
    expect(values('低保人数：10月76 11月74')).toEqual(['dibao_persons=74@2026-11', 'dibao_persons=76@2026-10']);
  });

  it('still reads 11月26 as a date', () => {
    expect(values('低保人数：11月26')).toEqual([]);
  });
});
