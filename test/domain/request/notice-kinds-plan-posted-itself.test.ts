// 【县体育局】全县…专项调查实施方案 / 基本单位统计报表制度的主要内容（…）: a message whose first line names it as a plan or a
// system's contents sets how work is done; with no due day and no 请 it asks for nothing. The same plan asking with a due
// day, and a notice that sends a plan (关于印发…方案的通知), are still read as requests.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2033-10-20T10:00:00+08:00'));

describe('a plan posted as itself', () => {
  it('an implementation plan is no request', () => {
    expect(parse('【县民政局】全县低保专项调查实施方案\n为全面反映我县低保情况，制定本方案。\n一、调查任务\n全面、准确掌握2031年、2032年我县低保户数、低保人数等指标和结构数据，完善低保统计指标体系，探索建立低保统计制度。\n二、调查范围与对象\n（一）调查范围。各镇街必须统计的类别：低保对象、特困对象。')).toBeNull();
  });

  it("a system's contents are no request", () => {
    expect(parse('【县统计局】低保统计报表制度的主要内容（2032年统计年报）\n一、调查目的：掌握全县低保户数的变化。\n二、调查内容：低保户数、低保人数。\n三、组织方式：由县统计局组织实施，逐级审核上报。')).toBeNull();
  });

  it('a plan that asks by a due day is still a request', () => {
    const r = parse('【县民政局】全县低保专项调查实施方案\n一、调查任务：掌握2032年低保户数。\n二、请各镇街于11月30日前报送低保户数。');
    expect(r?.fields).toEqual(['dibao_households']);
  });
});
