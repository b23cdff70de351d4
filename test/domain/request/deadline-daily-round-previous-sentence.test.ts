// 2月4日至16日，启动日报制度。各镇街于每日12时前报送…: the first day of a daily round may be named in the sentence before its clock.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parseAt = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));
const due = (text: string, at: string) => {
  const d = parseAt(text, at)?.deadline;
  return d ? formatZoned(d, 'Asia/Shanghai') : null;
};

describe('a daily round started in the sentence before', () => {
  const text = '2036年2月4日至16日，启动低保户数日报制度。各镇街于每日12时前报送当日低保户数、前一日临时救助人次。';
  const at = '2036-01-30T09:00:00+08:00';

  it('is first due on its first day', () => {
    expect(due(text, at)).toBe('2036-02-04T12:00:00+08:00');
  });

  it('asks for that day and the day before, as the next sentence says', () => {
    expect(parseAt(text, at)).toMatchObject({ period: '2036-02-04', periods: ['2036-02-04', '2036-02-03'] });
  });
});
