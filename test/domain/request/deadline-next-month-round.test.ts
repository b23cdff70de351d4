// 本报表制度自6月起执行，报送时间为次月5日前: the first round is the schedule's first month, due on the 5th of the next.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parseAt = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));
const due = (text: string, at: string) => {
  const d = parseAt(text, at)?.deadline;
  return d ? formatZoned(d, 'Asia/Shanghai') : null;
};

describe('a round due in the month after it', () => {
  const text = '本报表制度自2036年6月起执行，请各镇街每月报送低保户数，报送时间为次月5日前。';
  const at = '2036-05-20T09:00:00+08:00';

  it('is due the month after the schedule starts', () => {
    expect(due(text, at)).toBe('2036-07-05T23:59:59+08:00');
  });

  it('counts the schedule\'s first month', () => {
    expect(parseAt(text, at)?.period).toBe('2036-06');
  });
});
