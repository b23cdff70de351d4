// A schedule split under headings (一、年报 … 二、定报 …) posted early in January, first due on a line of the 年报 section:
// REPORT_SECTION_HEADING gives that day the heading's report (the year just ended), and ANOTHER_ROUNDS_DUE sets aside the
// quarters of the 定报 line (一季度季后7日、二季度季后6日…), which name their own rounds, not the period of the day read.
// Before, 一季度 of the later line was read as this round's period (2057-Q1).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../src/domain/request/parse.js';
import { ctxAt, localDue, member } from './request/helpers.js';

const AT = '2057-01-04T09:30:00+08:00';
const read = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));

describe('a schedule whose sections name their cadence', () => {
  it('the 年报 line due first counts the year just ended', () => {
    const r = read('各镇街：\n现将社会救助报表的报送时间通知如下，请遵照执行。\n一、年报\n1.低保户数：1月8日前报送；\n2.特困供养人数：2月28日以前报送。\n二、定报\n1.低保人数（季报）：一季度季后7日、二季度季后6日、三季度季后10日12:00前报送，四季度免报。');
    expect(localDue(r)).toBe('2057-01-08T23:59');
    expect(r?.period).toBe('2056');
  });

  it('a quarter in the clause of the due day read stays its period', () => {
    const r = read('各镇街：\n请于第四季度季后10日前报送低保户数。');
    expect(r?.period).toBe('2056-Q4');
  });
});
