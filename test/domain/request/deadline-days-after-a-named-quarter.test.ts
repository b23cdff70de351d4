// 一季度后8日、三季度后10日12时前: days counted from the end of the quarter the schedule names, this year's or, when
// already past, next year's; a count of days after a round may carry a clock before its 前.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));
const day = (d: Date | null | undefined): string | null => (d ? formatZoned(d, 'Asia/Shanghai').slice(0, 10) : null);

describe('days after a named quarter', () => {
  it('三季度后10日12时前 read in January is next October\'s, so an earlier annual due day is the one due now', () => {
    const r = parse('关于布置2031年低保统计年报的通知\n各镇人民政府：\n一、年报：低保户数、低保人数，于2032年3月5日前报送。\n二、定报：低保户数为季报，三季度后10日12时前报送。', '2032-01-08T09:00:00+08:00');
    expect(day(r?.deadline)).toBe('2032-03-05');
  });

  it('一季度后8日前 read in February is due April 8th', () => {
    const r = parse('请各镇于一季度后8日前报送低保户数', '2032-02-20T09:00:00+08:00');
    expect(day(r?.deadline)).toBe('2032-04-08');
  });
});
