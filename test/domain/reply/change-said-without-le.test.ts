// A figure right after 减 / 要减 / 增加 / 减少 with nothing else measured is a change of the figure held, never the
// level itself (楼栋数要减2栋 stored 2 where 7 was meant).
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { ctx, F, open, summary } from './fixtures.js';

const c = ctx(open(F.dibaoHouseholds, '2026-11', true), open(F.tempAmount, '2026-11', true));
const read = (t: string) => parseReply(t, c);
const changes = (t: string) => read(t).changes.map((x) => `${x.field}${x.delta > 0 ? '+' : ''}${x.delta}:${x.against}`);

describe('a change said without 了', () => {
  it('要减2户 / 核减2户 is a change of the figure held', () => {
    for (const t of ['低保户数要减2户，有2户是重复的', '低保户核减2户']) {
      expect(summary(read(t).values)).toEqual([]);
      expect(changes(t)).toEqual(['dibao_households-2:held']);
    }
  });

  it('相应增加 / 减少 before the figure is a change too', () => {
    expect(changes('临时救助金额相应增加2000元')).toEqual(['temp_aid_amount+2000:held']);
    expect(changes('低保户数减少3户')).toEqual(['dibao_households-3:held']);
  });

  it('a figure with no change word stays a level', () => {
    expect(summary(read('低保户数是12户').values)).toEqual(['dibao_households=12@2026-11']);
  });
});
