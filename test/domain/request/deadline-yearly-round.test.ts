// 于每年9月10日前报送: a yearly round. Read after this year's day has passed, the round due is next year's; before it,
// this year's.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const due = (text: string, at: string) => {
  const d = parseRequest(text, member('lead_mz'), ctxAt(at))?.deadline;
  return d ? formatZoned(d, 'Asia/Shanghai') : null;
};
const text = '各镇人民政府、各街道办事处：请于每年9月10日前将低保户数报送区民政局。';

describe('a yearly due day', () => {
  it('already past this year is next year\'s', () => {
    expect(due(text, '2049-09-12T11:50:00+08:00')).toBe('2050-09-10T23:59:59+08:00');
  });

  it('still ahead this year is this year\'s', () => {
    expect(due(text, '2049-09-01T09:00:00+08:00')).toBe('2049-09-10T23:59:59+08:00');
  });

  it('a day two days past without 每年 stays the day named (a live channel questions it)', () => {
    expect(due('各镇人民政府、各街道办事处：请于9月10日前将低保户数报送区民政局。', '2049-09-12T11:50:00+08:00')).toBe('2049-09-10T23:59:59+08:00');
  });
});
