// 于每年1月、4月、7月、10月的8日之前 / 时间为3月、6月和9月的27日至30日: one due day (or window of days) in each month of a
// list. The round due next is the first of them still ahead; a window is due at its end.
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/domain/request/deadline.js';
import { formatZoned } from '../../../src/domain/time.js';

const due = (text: string, at: string): string | null => {
  const m = findDeadline(text, new Date(at), 'Asia/Shanghai');
  return m ? formatZoned(m.deadline, 'Asia/Shanghai').slice(0, 16) : null;
};

describe('a due day in each month of a list', () => {
  it('the first month of the list still ahead, on its day', () => {
    expect(due('各单位于每年1月、4月、7月、10月的8日之前，将上一季度统计数据报送县政务公开办。', '2032-05-20T10:00:00+08:00'))
      .toBe('2032-07-08T23:59');
  });

  it('a window of days in each month is due at the end of the next one', () => {
    expect(due('全年定期电话报告3次，时间为3月、6月和9月的27日至30日。', '2034-05-22T10:00:00+08:00')).toBe('2034-06-30T23:59');
  });

  it('after the last month of the list, the first one of next year', () => {
    expect(due('请于每年3月、6月、9月的10日前报送。', '2034-09-20T10:00:00+08:00')).toBe('2035-03-10T23:59');
  });
});
