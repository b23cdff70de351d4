// The lead's reading (phase 16): a form or survey named by a year (2033年…核查, 2039年…统计调查, 为做好2033年…入学统计) is
// filled with that year's figures, so its year is the period, unless the notice names another time for them or the year
// is a plan's or a season's horizon. A purpose that rests the notice on something (根据今年灾情、调查摸底情况…) names none.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const period = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2033-02-16T10:30:00+08:00'))?.period;

describe('a survey named by a year', () => {
  it('in the title, as a check, is the period', () => {
    expect(period('关于开展2033年适龄残疾儿童受教育情况核查工作的通知\n各镇街：\n请于2月25日前报送适龄残疾儿童人数。')).toBe('2033');
  });

  it('as the counting a purpose is for, is the period', () => {
    expect(period('关于填报残疾儿童情况统计表的通知\n各镇街：\n为做好2033年残疾儿童少年义务教育入学统计，请各校按以下表格填报：\n一、残疾儿童总数、未入学人数。\n二、请于2月25日前报县教育局。')).toBe('2033');
  });

  it('gives way to a time the ask names', () => {
    expect(period('关于填报残疾儿童情况统计表的通知\n各镇街：\n为做好2033年残疾儿童少年义务教育入学统计，请各校报送截至1月31日的残疾儿童总数，2月25日前报县教育局。')).toBe('2033-01-31');
  });

  it('is no period when the purpose only rests the work on a survey', () => {
    expect(period('关于做好冬春救助工作的通知\n各镇街：\n根据今年灾情、调查摸底情况，请于2月25日前报送需救助人员数量。')).toBeNull();
  });
});
