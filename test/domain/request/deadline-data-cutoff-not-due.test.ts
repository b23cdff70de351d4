// 统计数据填写的截止时间为12月31日: the cut-off of the data is not when they are due; the reporting's own 截止时间 is.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parseAt = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));
const due = (text: string, at: string) => {
  const d = parseAt(text, at)?.deadline;
  return d ? formatZoned(d, 'Asia/Shanghai') : null;
};

describe('a data cut-off is no due day', () => {
  it('统计数据填写的截止时间 gives way to 上报截止时间', () => {
    const text = '三、统计数据填写的截止时间为2035年12月31日，各镇街上报截止时间为2036年2月27日，请按时将低保户数报区民政局。';
    expect(due(text, '2035-12-20T09:00:00+08:00')).toBe('2036-02-27T23:59:59+08:00');
  });

  it('调查工作截止时间 is the work itself coming due', () => {
    expect(due('三、调查工作截止时间为2035年11月25日，低保户数调查资料应及时上交。', '2035-11-18T09:00:00+08:00')).toBe('2035-11-25T23:59:59+08:00');
  });
});
