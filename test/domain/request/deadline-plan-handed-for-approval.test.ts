// 9月底前由各乡镇报县农业农村局审批 (a project's implementation plan and design) / 于9月25日前制定本乡镇工作计划，报县领导
// 小组办公室审核: a day whose sentence hands in a plan or a design for approval is a document's, not the figures': the notice
// is due on the day its figures are due; it is the due day only when the notice names no other.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const due = (text: string) => {
  const d = parseRequest(text, member('lead_mz'), ctxAt('2045-09-11T10:00:00+08:00'))?.deadline;
  return d ? formatZoned(d, 'Asia/Shanghai') : null;
};

describe('a plan handed in for approval', () => {
  it('is not the due day of the figures asked later in the notice', () => {
    expect(due('关于做好低保提标工作的通知\n各镇人民政府、各街道办事处：\n一、抓紧编制实施方案，9月底前由各镇（街道）报县民政局审批。\n二、请各镇（街道）于12月15日前报送低保户数和低保人数。'))
      .toBe('2045-12-15T23:59:59+08:00');
  });

  it('is not the due day when the work plan comes before the data', () => {
    expect(due('关于开展低保专项调查的通知\n各镇人民政府、各街道办事处：\n（一）各镇（街道）于9月25日前制定本镇（街道）专项调查工作计划，报县领导小组办公室审核。\n（二）10月20日前报送低保户数和低保人数。'))
      .toBe('2045-10-20T23:59:59+08:00');
  });

  it('stays the due day of figures handed in with it', () => {
    expect(due('关于报送低保情况的通知\n各镇人民政府、各街道办事处：\n请于9月25日前将低保户数统计表和工作方案报县民政局审核；12月15日前报送全年低保人数。'))
      .toBe('2045-09-25T23:59:59+08:00');
  });
});
