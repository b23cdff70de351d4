// 报送时间：每月月末 / 截止时间为每月25日: a monthly round's day said after the label that gives the reporting time is that
// round's due day; 每月 between the label and the day does not cut the lead (as 于每月5日 never did).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const due = (text: string) => {
  const d = parseRequest(text, member('lead_mz'), ctxAt('2042-01-12T09:00:00+08:00'))?.deadline;
  return d ? formatZoned(d, 'Asia/Shanghai') : null;
};

const notice = (when: string) => `关于按月报送低保户数的通知\n各镇人民政府、各街道办事处：\n一、报送内容：低保户数。\n二、报送时间：${when}。当月无变化的实行零报送。`;

describe('a monthly day after the reporting time label', () => {
  it('a month-end window is due on the month\'s last day', () => {
    expect(due(notice('每月月末最后3天'))).toBe('2042-01-31T23:59:59+08:00');
  });

  it('a day of each month is due on that day of the round', () => {
    expect(due(notice('每月25日'))).toBe('2042-01-25T23:59:59+08:00');
  });

  it('after 截止时间为 as well', () => {
    expect(due('关于按月报送低保户数的通知\n各镇人民政府、各街道办事处：\n请按月报送低保户数，截止时间为每个月的月底。')).toBe('2042-01-31T23:59:59+08:00');
  });
});
