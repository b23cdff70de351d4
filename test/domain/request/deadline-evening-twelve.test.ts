// 晚上12点前 / 今晚12点前: twelve in the evening is the day's end (EVENING_TWELVE), never noon; 下午3点 is 15:00.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const due = (text: string): string | null => {
  const d = parseRequest(text, member('lead_mz'), ctxAt('2026-11-23T09:00:00+08:00'))?.deadline;
  return d ? formatZoned(d, 'Asia/Shanghai') : null;
};

describe('twelve in the evening', () => {
  it('is the end of the day', () => {
    expect(due('请各镇今晚12点前报送低保户数')).toBe('2026-11-23T23:59:00+08:00');
    expect(due('请各镇25日晚上12时前报送低保户数')).toBe('2026-11-25T23:59:00+08:00');
  });

  it('other half-day clocks keep their hour', () => {
    expect(due('请各镇明天下午3点前报送低保户数')).toBe('2026-11-24T15:00:00+08:00');
    expect(due('请各镇明天上午10时前报送低保户数')).toBe('2026-11-24T10:00:00+08:00');
    expect(due('请各镇中午12点前报送低保户数')).toBe('2026-11-23T12:00:00+08:00');
  });
});
