// 二、填报日期\n2068年5月1日至15日: a reporting-time heading with its span on the next line is a reporting window, due at
// its end; a heading for the data's time (统计时间) makes no window.
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/domain/request/deadline.js';
import { formatZoned } from '../../../src/domain/time.js';

const due = (text: string, at: string): string | null => {
  const m = findDeadline(text, new Date(at), 'Asia/Shanghai');
  return m ? formatZoned(m.deadline, 'Asia/Shanghai').slice(0, 16) : null;
};

describe('a reporting window under its heading', () => {
  it('due at the end of the span on the line after 填报日期', () => {
    expect(due('一、企业范围\n2067年度内持有许可证的企业。\n二、填报日期\n2068年5月1日至15日\n三、工作要求\n请按期填报数据。', '2068-04-25T10:00:00+08:00'))
      .toBe('2068-05-15T23:59');
  });
});
