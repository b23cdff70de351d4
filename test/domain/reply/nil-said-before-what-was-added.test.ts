// 没有新增低保户，还是23户: a nil whose object is what was added (新增…) says nothing came on, not that the stock is nil.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const values = (text: string): string[] => summary(parseReply(text, ctx(open(F.dibaoHouseholds), open(F.dibaoPersons))).values);

describe('a nil said before what was added', () => {
  it('is no zero of the stock, and the level said after it is read', () => {
    expect(values('没有新增低保户，还是23户')).toEqual(['dibao_households=23@2026-11']);
    expect(values('没有新增低保户')).toEqual([]);
    expect(values('没有新增低保户，户数23，人数41')).toEqual(['dibao_households=23@2026-11', 'dibao_persons=41@2026-11']);
  });

  it('a nil of the stock itself is still 0', () => {
    expect(values('没有低保户')).toEqual(['dibao_households=0@2026-11']);
  });
});
