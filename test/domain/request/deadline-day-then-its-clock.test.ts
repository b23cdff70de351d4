// DAY_THEN_ITS_CLOCK: 具体报送时间为5月5日、6月5日…11月5日当天17:00之前 — 当天 between a day and its clock says the clock is that
// day's: the list of round days shares it, and the first round is due on its day at 17:00. Before, the clock stood alone and
// was read as today's 17:00.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, localDue, member } from './helpers.js';

const due = (text: string): string | undefined => localDue(parseRequest(text, member('lead_mz'), ctxAt('2057-04-27T11:00:00+08:00')));

describe('a day and its clock with 当天 between', () => {
  it('a list of round days closed by 当天17:00之前', () => {
    expect(due('各镇街：\n每月5日报送一次低保户数，具体报送时间为5月5日、6月5日、7月5日当天17:00之前。')).toBe('2057-05-05T17:00');
  });

  it('one day with 当日下午5点前', () => {
    expect(due('各镇街：请于5月8日当日下午5点前报送低保户数。')).toBe('2057-05-08T17:00');
  });
});
