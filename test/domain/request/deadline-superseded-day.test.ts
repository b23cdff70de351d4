// SUPERSEDED_DUE_DAY: the old due day of a sentence that moves it (原定于11月30日截止…延长至12月5日) is no due day; the new one is.
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/domain/request/deadline.js';

const at = new Date('2026-11-26T09:00:00+08:00');

describe('a due day the same sentence moves', () => {
  it('原定于11月30日截止的…，截止时间延长至12月5日 is due on December 5th', () => {
    const d = findDeadline('原定于11月30日截止的低保户数报送工作，经研究，截止时间延长至12月5日，请按时报送。', at, 'Asia/Shanghai');
    expect(d?.deadline.toISOString()).toBe(new Date('2026-12-05T23:59:59+08:00').toISOString());
  });

  it('原定周五前报送的…调整为下周二: the days said by their weekdays, the new one is due', () => {
    const d = findDeadline('原定周五前报送的低保户数调整为下周二。', at, 'Asia/Shanghai');
    expect(d?.deadline.toISOString()).toBe(new Date('2026-12-01T23:59:59+08:00').toISOString());
  });

  it('a plain due day is still read', () => {
    const d = findDeadline('请于11月30日前报送低保户数。', at, 'Asia/Shanghai');
    expect(d?.deadline.toISOString()).toBe(new Date('2026-11-30T23:59:59+08:00').toISOString());
  });
});
