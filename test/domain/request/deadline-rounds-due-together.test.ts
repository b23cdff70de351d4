// 每季度结束后15日内报送（一、二季度数据均在7月15日前上报）: a due day said for named rounds together sets their due day
// over the rule's, and those rounds are the periods asked for.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2028-03-10T10:00:00+08:00'));

describe('rounds due together', () => {
  const r = parse('三、上报时间：每季度结束后15日内将低保户数报区民政局（一、二季度数据均在7月15日前上报）。');

  it('is due on the day named for them', () => {
    expect(r?.deadline?.toISOString()).toBe('2028-07-15T15:59:59.000Z');
  });

  it('asks for each round named, in order', () => {
    expect(r).toMatchObject({ period: '2028-Q1', periods: ['2028-Q1', '2028-Q2'] });
  });
});
