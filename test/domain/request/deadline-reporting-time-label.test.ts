// 报送时间：12月5日 / 报表交报时间：2042年3月31日: a time label whose subject is the reporting leads in the due day; the first day
// of a reporting window (填报时间：2月1日至4月15日) is not due, its end is.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const due = (text: string) => {
  const d = parseRequest(text, member('lead_mz'), ctxAt('2042-01-20T09:00:00+08:00'))?.deadline;
  return d ? formatZoned(d, 'Asia/Shanghai') : null;
};

describe('a reporting time label', () => {
  it('leads in the due day on the next line', () => {
    expect(due('关于报送低保户数的通知\n各镇人民政府、各街道办事处：\n一、报送内容：低保户数。\n二、报表交报时间：\n2042年3月31日。')).toBe('2042-03-31T23:59:59+08:00');
  });

  it('before a window leads in its end', () => {
    expect(due('关于报送低保户数的通知\n各镇人民政府、各街道办事处：\n一、报送内容：低保户数。\n二、填报时间：2042年2月1日至4月15日，请各镇街报送低保户数。')).toBe('2042-04-15T23:59:59+08:00');
  });
});
