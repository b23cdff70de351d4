// 报告时段：自2月16日起至3月31日止 in a notice that asks each day: the span is the stretch its rounds run through. Its end
// is no due day; a daily round with no clock is due at the end of its first day, and with no first day named, never.
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/domain/request/deadline.js';
import { formatZoned } from '../../../src/domain/time.js';

const due = (text: string, at: string): string | null => {
  const m = findDeadline(text, new Date(at), 'Asia/Shanghai');
  return m ? formatZoned(m.deadline, 'Asia/Shanghai').slice(0, 16) : null;
};

describe('the span a schedule of rounds runs through', () => {
  it('the end of the span is no due day; the first day is', () => {
    expect(due('一、报告时段：自2月16日起至3月31日止。\n二、报告内容：各乡镇每天将当日火警起数报县森防指。', '2033-02-15T16:00:00+08:00'))
      .toBe('2033-02-16T23:59');
  });

  it('a daily round with no first day named has no due day', () => {
    expect(due('各乡镇每天将当日火警起数报县森防指，直至防火期结束。', '2033-02-15T16:00:00+08:00')).toBeNull();
  });

  it('a span that is a reporting window stays due at its end', () => {
    expect(due('填报时间：2033年2月1日至4月15日。各镇街每月汇总一次报送。', '2033-01-20T10:00:00+08:00')).toBe('2033-04-15T23:59');
  });
});
