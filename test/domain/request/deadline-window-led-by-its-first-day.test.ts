// 于3月10日至20日登录系统填报: a span of days said as when the units hand in is a reporting window, due at its end; 于 before
// the first day of a span says when the span runs, so that day is never due.
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/domain/request/deadline.js';
import { formatZoned } from '../../../src/domain/time.js';

const due = (text: string, at: string): string | null => {
  const m = findDeadline(text, new Date(at), 'Asia/Shanghai');
  return m ? formatZoned(m.deadline, 'Asia/Shanghai').slice(0, 16) : null;
};

describe('a span of days led by 于', () => {
  it('a window in which the units hand in is due at its end', () => {
    expect(due('请各乡镇组织辖区拍卖企业于3月10日至20日登录年度报告在线系统填报，打印附表后送县协会。', '2064-02-27T09:00:00+08:00'))
      .toBe('2064-03-20T23:59');
  });
});
