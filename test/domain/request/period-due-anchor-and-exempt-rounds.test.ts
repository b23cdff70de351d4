// 一季度后8日、三季度后10日12时前报送，四季度免报: in a year's schedule, a quarter named as the time a due day counts from is
// part of the due time, and a quarter the schedule exempts is not asked; neither is the period of the year's annual report.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('quarters that anchor a due day or are exempt', () => {
  it('the annual report keeps its year when the periodic schedule names quarters only as due-day anchors', () => {
    const r = parse('关于布置2031年低保统计年报的通知\n各镇人民政府：\n一、年报：低保户数、低保人数，于2032年3月5日前报送。\n二、定报：低保户数为季报，一季度后8日、二季度后5日前报送。', '2032-01-08T09:00:00+08:00');
    expect(r?.period).toBe('2031');
  });

  it('a quarter the schedule exempts is no period asked', () => {
    const r = parse('关于布置2031年低保统计年报的通知\n各镇人民政府：\n一、年报：低保户数、低保人数，于2032年3月5日前报送。\n二、定报：低保户数为季报，四季度免报。', '2032-01-08T09:00:00+08:00');
    expect(r?.period).toBe('2031');
  });

  it('a quarter named with its data is still the period asked', () => {
    const r = parse('请各镇于4月10日前报送一季度低保户数', '2032-04-02T09:00:00+08:00');
    expect(r?.period).toBe('2032-Q1');
  });
});
