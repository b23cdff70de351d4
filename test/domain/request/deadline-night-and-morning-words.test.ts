// 夜里11点前 / 晚11点前 / 25日晚8点前 / 25日早8点前: night and morning words, and 晚 or 早 right before a clock, are times of day
// (NIGHT_AND_MORNING_WORDS); read as no word they gave 11 in the morning and the next 8 a.m. 早一点 (sooner) is no clock.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const due = (text: string): string | null => {
  const d = parseRequest(text, member('lead_mz'), ctxAt('2026-11-23T09:00:00+08:00'))?.deadline;
  return d ? formatZoned(d, 'Asia/Shanghai') : null;
};

describe('night and morning words before a clock', () => {
  it('give the evening hour', () => {
    expect(due('请各镇夜里11点前报送低保户数')).toBe('2026-11-23T23:00:00+08:00');
    expect(due('请各镇晚11点前报送低保户数')).toBe('2026-11-23T23:00:00+08:00');
    expect(due('请各镇夜间12时前报送低保户数')).toBe('2026-11-23T23:59:00+08:00');
  });

  it('keep the day they follow', () => {
    expect(due('请各镇25日晚8点前报送低保户数')).toBe('2026-11-25T20:00:00+08:00');
    expect(due('请各镇25日早8点前报送低保户数')).toBe('2026-11-25T08:00:00+08:00');
  });
});
