// A daily report (自1月12日起，每天下午4点前报… / 2月5日至2月14日每日11点前报…) asks, this round, for its first day:
// that day is the period and its clock time the deadline.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-24T09:00:00+08:00';
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));
const local = (d: Date | null | undefined): string | null => (d ? formatZoned(d, 'Asia/Shanghai').slice(0, 16) : null);

describe('daily report rounds', () => {
  it('自12月1日起，每天下午4点前报 → period and deadline on 12月1日', () => {
    const r = parse('各镇街从12月1日起，每天下午4点前将当日低保户数报区民政局。');
    expect(r?.period).toBe('2026-12-01');
    expect(local(r?.deadline)).toBe('2026-12-01T16:00');
  });

  it('a span with 每日 takes its first day, even with a weekday aside; 前一日 makes the period the day before', () => {
    const r = parse('12月5日（星期六）至12月14日，各镇街于每日中午11点前报送前一日临时救助人次。');
    expect(r?.period).toBe('2026-12-04');
    expect(local(r?.deadline)).toBe('2026-12-05T11:00');
  });

  it('a clock alone, with no round start, is still today or tomorrow', () => {
    expect(local(parse('请各镇街今天下午4点前报送本月低保户数')?.deadline)).toBe('2026-11-24T16:00');
  });
});
