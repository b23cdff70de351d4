// QUARTER_MONTH_WITHIN: 各镇街在每季度的第一个月内，把上一季度…报… — a quarterly round due within a month of the quarter, said
// without a day, is due at the end of that month (the first month's, when the notice is read in it; else the next quarter's),
// and 上一季度 is the quarter before the due month. Before, no due day was read and the round went unasked for a date.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, localDue, member } from './helpers.js';

const read = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));
const ASK = '各镇街：\n各镇街在每季度的第一个月内，把上一季度的低保户数、低保人数报县民政局。';

describe('a quarterly round due within the first month of the quarter', () => {
  it('read in January: due January 31st, for the fourth quarter before', () => {
    const r = read(ASK, '2057-01-12T15:00:00+08:00');
    expect(localDue(r)).toBe('2057-01-31T23:59');
    expect(r?.period).toBe('2056-Q4');
  });

  it('read in the second month of a quarter: the next quarter first month', () => {
    const r = read(ASK, '2057-05-10T15:00:00+08:00');
    expect(localDue(r)).toBe('2057-07-31T23:59');
    expect(r?.period).toBe('2057-Q2');
  });

  it('the last month of the quarter closes the quarter itself', () => {
    expect(localDue(read('各镇街：\n请各镇街每季度最后一个月内报送本季度低保户数。', '2057-05-10T15:00:00+08:00'))).toBe('2057-06-30T23:59');
  });
});
