// 年报——次年3月20日前；半年报——本年7月15日前: the report paired with the due day read for names the period counted.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parseAt = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('a report kind paired with its due day', () => {
  it('the half-year report due on July 15th counts the first half', () => {
    const r = parseAt('请各镇街按时报送低保户数：年报——次年3月20日前；半年报——本年7月15日前。', '2035-06-10T09:00:00+08:00');
    expect(r?.period).toBe('2035-H1');
    expect(r?.deadline && formatZoned(r.deadline, 'Asia/Shanghai')).toBe('2035-07-15T23:59:59+08:00');
  });
});
