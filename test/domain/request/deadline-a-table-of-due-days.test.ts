// DATE_TABLE: 请按下表的时间把调查表报县民政局：\n低保户数：4月5日；\n特困供养人数：7月1日… — a notice that hands in by a table of
// its own times: the day after a row's label is that row's due day, with no 前 of its own; the first still ahead is due.
// Before, such rows were no due days and the notice had none.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, localDue, member } from './helpers.js';

const due = (text: string): string | undefined => localDue(parseRequest(text, member('lead_mz'), ctxAt('2057-03-12T09:00:00+08:00')));

describe('a table of due days', () => {
  it('rows of label：day after 按下表的时间…报', () => {
    expect(due('各镇街：\n请各镇街按下表的时间把调查表报县民政局：\n低保户数：12月30日；\n特困供养人数：4月5日；\n临时救助人次：7月1日。')).toBe('2057-04-05T23:59');
  });

  it('a label and a day with no table lead-in is no due day', () => {
    expect(due('各镇街：\n请报送低保户数。\n统计时间：4月5日。')).toBeUndefined();
  });
});
