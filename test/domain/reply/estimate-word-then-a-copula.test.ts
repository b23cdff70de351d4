// 低保户数约为23户 / 大约有23户: an estimate word may stand before a copula or 有; the figure is still an estimate, never
// stored as the exact one.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open } from './fixtures.js';

const read = (text: string) => parseReply(text, ctx(open(F.dibaoHouseholds))).values.map((v) => `${v.value}${v.approximate ? '~' : ''}`);

describe('an estimate word before a copula', () => {
  it('keeps the figure an estimate', () => {
    expect(read('低保户数约为23户（初步统计）')).toEqual(['23~']);
    expect(read('低保户大约有23户')).toEqual(['23~']);
  });

  it('a plain figure stays exact', () => {
    expect(read('低保户数为23户')).toEqual(['23']);
  });
});
