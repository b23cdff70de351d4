// NONE_OF_THE_WORK: 特困供养人数56人；本月未开展临时救助 — the work named after the negated verb did not happen, so each count
// of it is 0; the clause was read as no zero (未开展 said last is work still to do) and 临时救助 stayed owed.
import { describe, expect, it } from 'vitest';
import { parseReply } from '../../../src/domain/reply/parse.js';
import { F, ctx, open, summary } from './fixtures.js';

const c = ctx(open(F.tekun), open(F.tempTimes), open(F.tempAmount));
const values = (text: string): string[] => summary(parseReply(text, c).values);

describe('the work did not happen', () => {
  it.each(['特困供养人数56人；本月未开展临时救助', '特困56人，本月没发生临时救助', '特困56人，本月未实施临时救助工作'])('%s: every count of it is 0', (text) => {
    expect(values(text)).toEqual(['tekun_persons=56@2026-11', 'temp_aid_amount=0@2026-11', 'temp_aid_times=0@2026-11']);
  });

  it('not yet done is no zero', () => {
    expect(values('临时救助还未开展')).toEqual([]);
    expect(values('本月尚未开展临时救助')).toEqual([]);
  });
});
