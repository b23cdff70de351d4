// 如遇周末则相应提前到星期五 / 逢双休日顺延: a notice's own rule for a due day that falls on a weekend moves it (WEEKEND_MOVE,
// deadline.ts); a holiday rule (遇节假日顺延) does not move a Saturday, and a weekday due day stays.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

// 2037-07-13 is a Monday; 2037-07-19 a Sunday, 2037-07-18 a Saturday
const parse = (text: string, at = '2037-07-13T09:00:00+08:00') => parseRequest(text, member('lead_mz'), ctxAt(at));
const due = (text: string, at?: string) => {
  const r = parse(text, at);
  return r?.deadline ? formatZoned(r.deadline, 'Asia/Shanghai').slice(0, 16) : null;
};

describe('a weekend rule the notice states', () => {
  it('提前到星期五: a Sunday due day is the Friday before', () => {
    expect(due('请各镇于7月19日前报送本月低保户数，报送日碰上周末的，相应提前到星期五报。')).toBe('2037-07-17T23:59');
    expect(due('请各镇于7月19日前报送本月低保户数（如遇周末则相应提前到星期五）。')).toBe('2037-07-17T23:59');
  });

  it('提前 with no weekday named is the Friday before; a clock stays', () => {
    expect(due('请各镇于7月18日10时前报送本月低保户数，遇双休日提前报送。')).toBe('2037-07-17T10:00');
  });

  it('顺延 is the Monday after', () => {
    expect(due('请各镇于7月18日前报送本月低保户数，逢周六、周日顺延。')).toBe('2037-07-20T23:59');
  });

  it('leaves a weekday due day alone', () => {
    expect(due('请各镇于7月16日前报送本月低保户数，如遇周末则相应提前到星期五。')).toBe('2037-07-16T23:59');
  });

  it('a holiday rule does not move a Saturday', () => {
    expect(due('请各镇于7月18日前报送本月低保户数，遇节假日顺延。')).toBe('2037-07-18T23:59');
  });
});
