// 第一周检查12家 with November asked: a part of the month said before a figure makes it that part's, never the month's.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const month = ctx(open(F.inspected));
const read = (text: string) => parseReply(text, month);

describe('a part of the month asked (SUB_PERIOD_BEFORE)', () => {
  it('weeks of the month given one by one store nothing and ask for the whole', () => {
    const reply = read('第一周检查12家，第二周15家，第三周20家');
    expect(reply.values).toEqual([]);
    expect(reply.invalid.map((i) => i.field)).toEqual(['inspected_venues']);
    expect(reply.invalid[0]!.reason).toContain('合计');
  });

  it('the first weeks, part of a month, and a run of days store nothing', () => {
    for (const text of ['前两周检查12家', '下半月检查了9家', '8日至14日检查15家']) {
      expect(summary(read(text).values), text).toEqual([]);
    }
  });

  it('counted up to a day, or from the first day to about today, is the month so far', () => {
    // AT is November 25th
    expect(summary(read('截至11月25日检查15家').values)).toEqual(['inspected_venues=15@2026-11']);
    expect(summary(read('11月1日至23日共检查15家').values)).toEqual(['inspected_venues=15@2026-11']);
    expect(summary(read('1日至7日检查12家').values)).toEqual([]);
  });

  it('this week is what was done so far, and a week asked is answered by it', () => {
    expect(summary(read('本周检查了15家').values)).toEqual(['inspected_venues=15@2026-11']);
    const week = ctx(open(F.inspected, '2026-W48'));
    expect(summary(parseReply('第一周检查了15家', week).values)).toEqual(['inspected_venues=15@2026-W48']);
  });
});
