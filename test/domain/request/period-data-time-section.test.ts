// 二、数据时间：填报数据截至2029年年底 — a section that says what time the figures are for names the period, ahead of the
// year in a form's name (2030年《…统计表》); 截至2029年年底 is the last day of that year. A heading that also gives the
// due time (报告期别和报送时间) is read for its due time as before.
import { describe, expect, it } from 'vitest';
import { findPeriodMentions } from '../../../src/domain/period.js';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2030-02-13T10:00:00+08:00'));

describe('the data-time section', () => {
  it('截至2029年年底 is the last day of 2029', () => {
    expect(findPeriodMentions('填报数据截至2029年年底', new Date('2030-02-13T10:00:00+08:00'), 'Asia/Shanghai').map((m) => m.period))
      .toEqual(['2029-12-31']);
  });

  it('数据时间 names the period ahead of the form name\'s year', () => {
    const r = parse('关于报送2030年低保统计表的通知\n各镇人民政府：\n一、填报内容：2030年低保户数。\n二、数据时间：填报数据截至2029年年底。\n三、请于3月15日前报区民政局。');
    expect(r?.period).toBe('2029-12-31');
  });

  it('a heading with the due time in it still gives the due time', () => {
    const r = parse('关于开展低保统计的通知\n各镇人民政府：\n报表：低保户数。\n报告期别和报送时间：季报，于3月15日前报送。');
    expect(r?.deadline && formatZoned(r.deadline, 'Asia/Shanghai').slice(0, 10)).toBe('2030-03-15');
  });
});
