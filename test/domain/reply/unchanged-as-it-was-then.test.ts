// AS_IT_WAS_THEN: 低保的还是上个月那样 / 沿用上月 / 照上月报 / 跟上月一个样 — the figures are last period's, said by the manner or
// the source; they were "no data found". 还是上个月的 alone may say which month a figure is, and claims nothing.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open } from './fixtures.js';

const read = (text: string) => parseReply(text, ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)));

describe('figures said to be as they were last period', () => {
  it.each(['低保的还是上个月那样', '低保沿用上月', '低保照上月报', '低保跟上月一个样'])('%s claims both 低保 items unchanged', (text) => {
    expect(read(text).unchanged.map((u) => u.fields)).toEqual([['dibao_households', 'dibao_persons']]);
  });

  it('还是上个月的 claims nothing', () => {
    expect(read('还是上个月的，这个月的还没出来').unchanged).toEqual([]);
  });
});
