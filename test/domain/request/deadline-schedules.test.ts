// A notice often names several due days: one per part, one per round of a schedule, or days that are not due days at
// all (an inspection's date, a task to finish). The request is due on the earliest report still ahead.
import { describe, expect, it } from 'vitest';
import { findDeadline } from '../../../src/domain/request/deadline.js';
import { formatZoned } from '../../../src/domain/time.js';

const AT = new Date('2026-11-24T09:00:00+08:00'); // a Tuesday
const due = (text: string, at = AT): string | null => {
  const m = findDeadline(text, at, 'Asia/Shanghai');
  return m ? formatZoned(m.deadline, 'Asia/Shanghai').slice(0, 16) : null;
};

describe('several due days', () => {
  it('two parts with two days: the earlier one, whatever the order', () => {
    expect(due('二、汇总表于12月10日前报送。一、低保户数于11月30日前报送。')).toBe('2026-11-30T23:59');
  });

  it('a schedule of rounds: the first one still ahead, not one already past', () => {
    expect(due('第一季度11月5日前；第二季度12月5日前；第三季度次年3月5日前报送。')).toBe('2026-12-05T23:59');
  });

  it('a list of days shares the mark and clock of its last day', () => {
    expect(due('请于11月26日（周四）、27日和30日上午10点前报送当日监测情况。')).toBe('2026-11-26T10:00');
  });

  it('a day followed by the reporting itself is a due day (一、11月28日报送：…)', () => {
    expect(due('一、11月28日报送：播栽进度。二、灾害统计于12月9日报送。')).toBe('2026-11-28T23:59');
  });

  it('每周三 with a report is the coming Wednesday', () => {
    expect(due('各乡镇于每周三通过邮件报县植保站。')).toBe('2026-11-25T23:59');
  });

  it('自…开始，每周报送: the first round is the start day', () => {
    expect(due('自11月30日开始，每周向县退耕办报送置换进度表。')).toBe('2026-11-30T23:59');
  });

  it('月后N天内 counts from the end of the round’s month, 季度结束后N日内 from the quarter’s', () => {
    expect(due('请于报告月后的3天内报送月报。')).toBe('2026-12-03T23:59');
    expect(due('每季度结束后15日内报送季度用水量。')).toBe('2027-01-15T23:59');
  });
});

describe('days that are not due days', () => {
  it('a task to finish (完成系统测试) gives way to the report', () => {
    expect(due('请于11月26日前完成系统测试；数据于11月30日16时前报区文旅局。')).toBe('2026-11-30T16:00');
  });

  it('an inspection’s date with a time of day is no due day; the report after it is', () => {
    expect(due('1. 检查时间：11月26日上午；2. 各镇于12月5日前将检查情况上报。')).toBe('2026-12-05T23:59');
  });

  it('a clock of a round whose day is not known (每十天的下午4点前) is not today', () => {
    expect(due('每十天的下午4点前报送返乡统计表；汇总表于11月30日前报送。')).toBe('2026-11-30T23:59');
  });

  it('a weekly day in a clause that describes an old arrangement (原每周二上报的报表) is no due day', () => {
    expect(due('原每周二上报的报表改为每日上报。')).toBeNull();
  });
});
