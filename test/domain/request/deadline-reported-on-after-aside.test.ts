// 每月8日（逢节假日顺延至节后第一个工作日）报送: an aside in brackets between a day and 报送 leaves it the due day.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parseAt = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));
const due = (text: string, at: string) => {
  const d = parseAt(text, at)?.deadline;
  return d ? formatZoned(d, 'Asia/Shanghai') : null;
};

describe('a due day with an aside before 报送', () => {
  it('is still the due day', () => {
    expect(due('请各镇街每月8日（逢节假日顺延至节后第一个工作日）报送低保户数。', '2035-04-02T09:00:00+08:00')).toBe('2035-04-08T23:59:59+08:00');
  });
});
