// THIS_ROUND_OVER_THE_RULE: 请于每月5日前报送上月…。本月请于12月7日前报送 — a clause that opens on this round (本月 / 本次 / 本期) and
// gives its own day says when this round is due. The rule's next day (12-05, the earlier) was taken; this round's (12-07) is due,
// and the round's word is no period (上月 stays the one counted).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, localDue, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-02T10:00:00+08:00'));

describe('this round’s own day over the recurring rule', () => {
  it('本月请于12月7日前报送 after 每月5日前', () => {
    const r = parse('各镇街：请于每月5日前报送上月临时救助人次、临时救助金额，遇节假日顺延。本月请于12月7日前报送。');
    expect(localDue(r)).toBe('2026-12-07T23:59');
    expect(r?.period).toBe('2026-11');
  });

  it('本次报送时间为12月15日前 after 每月10日前', () => {
    expect(localDue(parse('各镇街：低保户数每月10日前报送，本次报送时间为12月15日前。'))).toBe('2026-12-15T23:59');
  });

  it('the rule alone is due on its next day', () => {
    expect(localDue(parse('各镇街：请于每月5日前报送上月低保户数。'))).toBe('2026-12-05T23:59');
  });
});
