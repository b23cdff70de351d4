// AFTER_HALF: 每半年结束后10日内报送 — days counted from the end of the half year, as from a quarter's: the round due next is the
// half year just ended while its days run, else the current one (was counted from the day the notice was sent, with no period).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const read = (text: string, at: string) => {
  const r = parseRequest(text, member('lead_mz'), ctxAt(at));
  return r ? { period: r.period, deadline: r.deadline ? formatZoned(r.deadline, 'Asia/Shanghai').slice(0, 10) : null } : null;
};
const NOTICE = '关于报送低保情况的通知\n各镇人民政府：\n请各镇每半年结束后10日内报送低保户数、低保人数。';

describe('days after a half year', () => {
  it('written in November: the second half, due ten days after it ends', () => {
    expect(read(NOTICE, '2026-11-20T09:00:00+08:00')).toEqual({ period: '2026-H2', deadline: '2027-01-10' });
  });

  it('written in early July: the first half just ended', () => {
    expect(read(NOTICE, '2026-07-02T09:00:00+08:00')).toEqual({ period: '2026-H1', deadline: '2026-07-10' });
  });

  it('said with 前', () => {
    expect(read(NOTICE.replace('10日内', '10日前'), '2026-07-02T09:00:00+08:00')).toEqual({ period: '2026-H1', deadline: '2026-07-10' });
  });
});
