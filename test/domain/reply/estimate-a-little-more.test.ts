// 低保户128户多一点: a little more than 128 is an estimate; it was stored as the exact 128.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open } from './fixtures.js';

const read = (text: string) => parseReply(text, ctx(open(F.dibaoHouseholds))).values;

describe('a figure said with 多一点 after its measure', () => {
  it('is kept as an estimate', () => {
    expect(read('低保户128户多一点')).toMatchObject([{ field: 'dibao_households', value: 128, approximate: true }]);
    expect(read('低保户128户多一些吧')).toMatchObject([{ field: 'dibao_households', value: 128, approximate: true }]);
  });

  it('a clause that goes on is no estimate word', () => {
    expect(read('低保户128户，多一点的是新增的')[0]?.approximate).toBeUndefined();
  });
});
