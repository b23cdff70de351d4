// 人数：208 then a note of this month's changes: the level given stays; a change is never a level.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const c = ctx(open(F.dibaoHouseholds), open(F.dibaoPersons));
const read = (text: string) => summary(parseReply(text, c).values);

describe('a note of changes after the figures given', () => {
  it('a remark line of who came and left keeps the labelled figures (SAID_ELSE_RUNS_ON)', () => {
    const given = ['dibao_households=132@2026-11', 'dibao_persons=208@2026-11'];
    expect(read('户数：132\n人数：208\n备注：本月新增纳入3户7人，退出1户2人')).toEqual(given);
    expect(read('户数：132\n人数：208\n说明：本月纳入3户7人')).toEqual(given);
  });

  it('the persons run on from a change in households are the same change (CHANGE_RUNS_ON)', () => {
    expect(read('本月新增3户7人')).toEqual([]);
  });
});
