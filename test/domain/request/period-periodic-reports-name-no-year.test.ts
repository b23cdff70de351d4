// 关于布置2031年统计年报和2032年定期报表的通知: 2032年定期报表 are next year's monthly and quarterly rounds, each of its own
// period, not a report for the year 2032; the notice asks now for the 2031 annual report only.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

describe('periodic reports name no year of their own', () => {
  it('the title\'s 定期报表 adds no second period', () => {
    const r = parseRequest('关于布置2031年低保统计年报和2032年定期报表的通知\n各镇人民政府：\n请于2032年3月5日前报送低保户数、低保人数。', member('lead_mz'), ctxAt('2032-01-08T09:00:00+08:00'));
    expect(r?.period).toBe('2031');
    expect(r?.periods).toBeUndefined();
  });

  it('an annual and a half-year report named with their years both count', () => {
    const r = parseRequest('关于做好2031年低保年报和2032年半年报工作的通知\n各镇人民政府：\n请于2032年3月5日前报送低保户数、低保人数。', member('lead_mz'), ctxAt('2032-01-08T09:00:00+08:00'));
    expect(r?.periods?.[0]).toBe('2031');
  });
});
