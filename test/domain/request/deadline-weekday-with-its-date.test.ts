// WEEKDAY_WITH_ITS_DATE: 请于周五（11月27日）前报送 — a day named by its weekday with the date in brackets is that date. Said on
// a Friday, 周五 alone fell on today and the bracket was read as an aside.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, localDue, member } from './helpers.js';

// 2049-11-19 is a Friday
const due = (text: string): string | undefined => localDue(parseRequest(text, member('lead_mz'), ctxAt('2049-11-19T09:00:00+08:00')))?.slice(0, 10);

describe('a weekday with its date in brackets', () => {
  it('is that date', () => {
    expect(due('请各镇街于周五（11月26日）前报送低保户数。')).toBe('2049-11-26');
  });

  it('a weekday alone said on that day is still today', () => {
    expect(due('请各镇街于周五下班前报送低保户数。')).toBe('2049-11-19');
  });
});
