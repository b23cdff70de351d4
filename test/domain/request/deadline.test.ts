import { describe, expect, it } from 'vitest';
import { findDeadline, parseClock, resolveDeadlineDate } from '../../../src/domain/request/deadline.js';
import { formatZoned } from '../../../src/domain/time.js';

const TZ = 'Asia/Shanghai';
const at = new Date('2026-11-24T10:00:00+08:00'); // Tuesday
const read = (text: string, when = at): string | null => {
  const d = findDeadline(text, when, TZ);
  return d ? `${formatZoned(d.deadline, TZ).slice(0, 16)}${d.hasTime ? '' : ' day'}` : null;
};

describe('findDeadline', () => {
  const cases: Array<[string, string | null]> = [
    ['请于11月30日前报送', '2026-11-30T23:59 day'],
    ['27号前报一下', '2026-11-27T23:59 day'],
    ['本周五前报送', '2026-11-27T23:59 day'],
    ['周五前报一下', '2026-11-27T23:59 day'],
    ['周五下班前报', '2026-11-27T23:59 day'],
    ['下周一前报送', '2026-11-30T23:59 day'],
    ['明天中午12点前', '2026-11-25T12:00'],
    ['今天下班前报一下', '2026-11-24T23:59 day'],
    ['月底前报送', '2026-11-30T23:59 day'],
    ['3天内报送', '2026-11-27T23:59 day'],
    ['三个工作日内报送', '2026-11-27T23:59 day'],
    ['12月5日17:00前', '2026-12-05T17:00'],
    ['11月26日17:00前报送', '2026-11-26T17:00'],
    ['明天截止', '2026-11-25T23:59 day'],
    ['请于明天下午3点前报送', '2026-11-25T15:00'],
    ['下午三点前报', '2026-11-24T15:00'],
    ['12月1日上午10点半前', '2026-12-01T10:30'],
    ['11.30前报送', '2026-11-30T23:59 day'],
    ['截止时间：12月3日', '2026-12-03T23:59 day'],
    ['十二月三日前报送', '2026-12-03T23:59 day'],
    ['请于2026年12月10日前报送', '2026-12-10T23:59 day'],
    ['报送截至11月20日的人数', null],
    ['截至上周五辖区百岁老人人数', null],
    ['2月30日前报送', null],
    ['13月5日前', null],
    ['请报送本月低保户数', null],
  ];
  for (const [text, want] of cases) it(text, () => expect(read(text)).toBe(want));

  it('reads a bare weekday already past as next week', () => {
    const saturday = new Date('2026-11-28T10:00:00+08:00');
    expect(read('周三前报送', saturday)).toBe('2026-12-02T23:59 day');
  });

  it('reads a day-of-month already past as next month', () => {
    expect(read('5号前报送')).toBe('2026-12-05T23:59 day');
  });

  it('reads a January date in December as next year', () => {
    expect(read('1月5日前报送', new Date('2026-12-20T10:00:00+08:00'))).toBe('2027-01-05T23:59 day');
  });

  it('takes a clock time alone as today, or tomorrow when it has passed', () => {
    expect(read('17:00前报送')).toBe('2026-11-24T17:00');
    expect(read('9点前报送')).toBe('2026-11-25T09:00');
  });

  it('does not throw on malformed input', () => {
    for (const t of ['0月0日前', '99号前', '周八前', '99:99前', '月底前前前', '🙂'.repeat(1000)]) {
      expect(() => findDeadline(t, at, TZ)).not.toThrow();
    }
  });
});

describe('resolveDeadlineDate and parseClock', () => {
  it('rejects impossible dates', () => {
    expect(resolveDeadlineDate('2月30日', { year: 2026, month: 11, day: 24 })).toBeNull();
    expect(resolveDeadlineDate('31号', { year: 2026, month: 11, day: 24 })).toBeNull(); // November has 30 days
  });
  it('reads clock phrases', () => {
    expect(parseClock('下午', '3点')).toEqual({ hour: 15, minute: 0 });
    expect(parseClock('中午', '12点')).toEqual({ hour: 12, minute: 0 });
    expect(parseClock(undefined, '17:30')).toEqual({ hour: 17, minute: 30 });
    expect(parseClock('晚上', '八点半')).toEqual({ hour: 20, minute: 30 });
    expect(parseClock(undefined, '25点')).toBeNull();
  });
});

describe('findDeadline: month words and asides', () => {
  it('keeps 本月 with the deadline and reads past an aside', () => {
    const d = findDeadline('请于本月28日前报送本季度数据', at, TZ);
    expect(d && formatZoned(d.deadline, TZ).slice(0, 10)).toBe('2026-11-28');
    expect(d?.start).toBe(2);
    expect(read('请于12月4日（周五）前报送')).toBe('2026-12-04T23:59 day');
    expect(read('12月4日下午5点（含）前报送')).toBe('2026-12-04T17:00');
  });
});

describe('findDeadline: within this week / month, month ends', () => {
  it('reads 本周内 as Sunday and 下周内 as next Sunday', () => {
    expect(read('请于本周内报送')).toBe('2026-11-29T23:59 day');
    expect(read('下周内报上来')).toBe('2026-12-06T23:59 day');
  });
  it('reads 本月内 and 今天内', () => {
    expect(read('本月内报送')).toBe('2026-11-30T23:59 day');
    expect(read('今天之内报一下')).toBe('2026-11-24T23:59 day');
  });
  it('reads 12月底前 and 年底前', () => {
    expect(read('请12月底前报送')).toBe('2026-12-31T23:59 day');
    expect(read('年底前报送')).toBe('2026-12-31T23:59 day');
  });
});

describe('findDeadline: 下个月 before a bare day', () => {
  it('reads 下个月10号前 in next month', () => {
    expect(read('下个月10号前报送')).toBe('2026-12-10T23:59 day');
    expect(read('下个月10号前报送', new Date('2026-12-08T10:00:00+08:00'))).toBe('2027-01-10T23:59 day');
  });
});
