// 低保户数跟上个月一样，人数少了2个: the unchanged claim named 低保人数 too (it shares 低保 with 低保户数), beside the reply's
// own change for it (ONLY_THE_ITEM_NAMED, unchanged.ts). A piece that says the measure of an item it names names only the
// items whose measure it says.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open } from './fixtures.js';

const read = (text: string) => parseReply(text, ctx(open(F.dibaoHouseholds), open(F.dibaoPersons)));

describe('an unchanged claim names only the item it says', () => {
  it('低保户数跟上个月一样 is not said of 低保人数', () => {
    const r = read('低保户数跟上个月一样，人数少了2个');
    expect(r.unchanged.map((u) => u.fields)).toEqual([['dibao_households']]);
    expect(r.changes.map((c) => [c.field, c.delta])).toEqual([['dibao_persons', -2]]);
  });
  it('低保户数没变，人数203', () => {
    expect(read('低保户数没变，人数203').unchanged.map((u) => u.fields)).toEqual([['dibao_households']]);
  });
  it('both measures said: both items', () => {
    expect(read('低保户数、人数都没变').unchanged.map((u) => u.fields)).toEqual([['dibao_households', 'dibao_persons']]);
  });
  it('no measure said (低保没变): both items', () => {
    expect(read('低保没变').unchanged.map((u) => u.fields)).toEqual([['dibao_households', 'dibao_persons']]);
  });
});
