// 二、时间安排 1．2052年4月—5月，基层填报 / 2053年4月布置；4月—5月基层填报: an entry of a schedule section that opens with a time
// and says only the step then done is when that step runs — filling included — not what the figures are counted for
// (period-choice.ts, STEP_TIME); a 旬 there (1．5月下旬，布置工作) is no holiday-like time the ask counts either. The year of the
// survey named in the title is read instead. A due limit in the schedule (5月31日前…完成填报) and a data time keep their roles.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('times of the steps in a schedule section', () => {
  it('numbered entries of months and a range leave the year of the survey', () => {
    const text = '【区民政局】关于开展2051年度低保对象统计调查工作的通知\n各镇人民政府：\n按照市民政局的部署，开展2051年度全区低保对象统计调查。\n一、调查内容：低保户数、低保人数。\n二、时间安排\n1．2052年4月，布置工作；\n2．2052年4月—5月，基层填报；\n3．2052年5月31日前，各镇完成填报并审核、汇总、提交；\n4．2052年6月—7月，区里审核汇总。\n请各镇按时完成。';
    const r = parse(text, '2052-04-11T09:00:00+08:00');
    expect(r?.period).toBe('2051');
    expect(r?.deadline?.toISOString()).toBe('2052-05-31T15:59:59.000Z');
  });

  it('entries timed by 旬 leave the year of the survey', () => {
    const text = '【区民政局】关于开展2046年度低保对象统计调查工作的通知\n各镇人民政府：\n按照市民政局的要求，开展2046年度全区低保对象统计调查，有关要求如下：\n一、调查内容：低保户数、低保人数。\n二、时间安排\n1．5月下旬，布置工作、基层填报；\n2．6月上旬，各镇收表审核；\n3．6月中旬，数据审核汇总。\n请各镇如实填报。';
    expect(parse(text, '2047-05-28T10:00:00+08:00')?.period).toBe('2046');
  });

  it('steps said inline after the heading leave the year of the survey', () => {
    const text = '【区民政局】关于组织开展2052年度低保对象统计调查工作的通知\n各镇人民政府：\n按照市民政局关于开展2052年度全市低保统计调查的通知，组织开展2052年度全区低保对象统计调查，调查方案见附件1。\n一、调查内容：全区低保户数、低保人数和低保资金支出情况。\n二、时间安排：2053年4月布置；4月—5月基层填报；5月31日前各镇完成在线填报并审核、汇总、提交；6月—7月区里审核汇总。\n三、工作要求：\n1．保证数据真实、准确、完整。\n2．请各镇于2053年4月4日前确定联络员，把联络员反馈表（附件3）发邮件到区民政局信箱。\n3．请各镇于2053年5月31日前完成在线填报，审核汇总后填写《2052年度低保对象统计调查表》（附件2），盖章后报送区民政局。';
    expect(parse(text, '2053-03-31T16:00:00+08:00')?.period).toBe('2052');
  });

  it('a month the ask itself names outside the schedule is still read', () => {
    const text = '【区民政局】关于报送低保统计数据的通知\n各镇人民政府：\n请报送2052年3月低保户数、低保人数。\n二、时间安排\n1．2052年4月，布置工作；\n2．2052年4月10日前，各镇报送。';
    expect(parse(text, '2052-04-01T09:00:00+08:00')?.period).toBe('2052-03');
  });
});
