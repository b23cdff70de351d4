// 当日 / 前一日 / 每天的 name days whose date comes from the round they are said in.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-24T09:00:00+08:00';
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));

describe('day words', () => {
  it('报送当日… on a dated round: the due day is the period', () => {
    const r = parse('各镇街于11月28日上午10点前报送当日临时救助人次。');
    expect(r?.period).toBe('2026-11-28');
  });

  it('当日17时前 is a clock, not the day counted', () => {
    expect(parse('请各镇街统计本月低保户数，于当日17时前报送。')?.period).toBe('2026-11');
  });

  it('a daily round of 当日 and 前一日 figures asks for both days, in the order named', () => {
    const r = parse('12月5日至12月14日，各镇街于每日中午11点前报送当日低保户数及前一日临时救助人次。');
    expect(r?.period).toBe('2026-12-05');
    expect(r?.periods).toEqual(['2026-12-05', '2026-12-04']);
  });

  it('a span of days with 每天的 figures lists each of its days', () => {
    const r = parse('请各镇街将12月1日至4日每天的临时救助人次于12月4日16时前报区民政局。');
    expect(r?.period).toBe('2026-12-01');
    expect(r?.periods).toEqual(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']);
  });

  it('a span with 每天17时前 is a round\'s clock: only its first day', () => {
    const r = parse('12月1日至12月4日每天17时前，各镇街报送临时救助人次。');
    expect(r?.period).toBe('2026-12-01');
    expect(r?.periods).toBeUndefined();
  });
});
