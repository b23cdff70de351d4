// 特困供养人数实行月报，每月8日前报送上月情况。本次请补报10月份数据 (posted November 20th) asked for 2026-11, due December 8th: the
// rule's 上月 was counted from its next round and 10月份 was only offered as a doubt. A period named in a clause that opens on
// this round (本次, 此次, 这次) is the one asked now; the rule's day closes another round, so no due day is stored from it and
// the lead is asked for this round's day. A due day said for this round (本次…延至11月26日, …11月25日前报) is kept.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const read = (text: string, at = '2026-11-20T09:00:00+08:00') => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('a round named for now beside a standing rule', () => {
  it('the month named for this round, and no due day from the rule', () => {
    const r = read('各镇（街道）：特困供养人数实行月报，每月8日前报送上月情况。本次请补报10月份数据。');
    expect(r?.period).toBe('2026-10');
    expect(r?.periodDoubt).toBeUndefined();
    expect(r?.deadline).toBeNull();
    expect(r?.deadlineOfRounds).toBe('每月8日前');
  });

  it('a day said for this round is kept', () => {
    const r = read('各镇街：临时救助人次按月报送，每月5日前报上月数据，本次请报送10月数据，11月25日前报。');
    expect(r?.period).toBe('2026-10');
    expect(r?.deadline?.toISOString()).toBe('2026-11-25T15:59:59.000Z');
  });

  it('the rule\'s day that closes the round named is kept', () => {
    const r = read('各镇街：临时救助人次按月报送，每月5日前报上月数据，本次请报送11月数据。', '2026-12-01T09:00:00+08:00');
    expect(r?.period).toBe('2026-11');
    expect(r?.deadline?.toISOString()).toBe('2026-12-05T15:59:59.000Z');
    expect(r?.deadlineOfRounds).toBeUndefined();
  });
});
