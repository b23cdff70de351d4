// 每月28日至30日报告当月… / 12月8日至10日报告全年…: a span of days followed by the reporting itself is a window, due at its
// end; the end said without its month is in the month the span starts in.
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/domain/request/deadline.js';
import { formatZoned } from '../../../src/domain/time.js';

const due = (text: string, at: string): string | null => {
  const m = findDeadline(text, new Date(at), 'Asia/Shanghai');
  return m ? formatZoned(m.deadline, 'Asia/Shanghai').slice(0, 16) : null;
};

describe('a window of days followed by the report', () => {
  it('a monthly window is due at its end this month', () => {
    expect(due('每年3月至9月，每月28日至30日报告当月发生、防治统计表。', '2033-04-20T09:00:00+08:00')).toBe('2033-04-30T23:59');
  });

  it('the end of a window takes the month of its start', () => {
    expect(due('每年12月8日至10日报告全年发生、防治统计表。', '2033-11-20T09:00:00+08:00')).toBe('2033-12-10T23:59');
  });

  it('a span of the data followed by other words is no window', () => {
    expect(due('填报2033年1月1日至6月30日发生的数据，请于7月15日前报送。', '2033-06-20T09:00:00+08:00')).toBe('2033-07-15T23:59');
  });
});
