// 关于印发…实施方案的通知: a notice that sends a plan. With no due day anywhere, it asks for figures only when its covering
// letter (before the issuer's dated signature) asks something handed in; a letter that only sends the plan to be carried out
// (请结合实际认真组织实施) asks for nothing now, however the plan's own sections say who fills in which form. The same plan
// with 并按附表填报 in the letter, or with a due day, is still a request.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2033-01-21T10:00:00+08:00'));

const plan = '低保统计工作实施方案\n为做好全县低保统计工作，结合我县实际，制定本方案。\n一、职责分工\n县民政局负责部署统计工作、审核汇总统计数据。\n二、填报主体\n基础表包括低保户数、低保人数，由各镇街填报，统计数据直接报县民政局。';

describe('a notice that sends a plan', () => {
  it('is no request when its letter only sends the plan to be carried out', () => {
    expect(parse(`【县民政局】关于印发低保统计工作实施方案的通知\n各镇街：\n经县政府同意，现将《低保统计工作实施方案》印发给你们，请结合实际认真组织实施。\n县民政局\n2033年1月21日\n${plan}`)).toBeNull();
  });

  it('is a request when its letter asks something handed in', () => {
    const r = parse(`【县民政局】关于印发低保统计工作实施方案的通知\n各镇街：\n现将《低保统计工作实施方案》印发给你们，请结合实际认真组织实施，并按附表填报低保户数、低保人数。\n县民政局\n2033年1月21日\n${plan}`);
    expect(r?.fields).toEqual(['dibao_households', 'dibao_persons']);
  });

  it('is a request when the plan sets a due day', () => {
    const r = parse(`【县民政局】关于印发低保统计工作实施方案的通知\n各镇街：\n现将《低保统计工作实施方案》印发给你们，请结合实际认真组织实施。\n县民政局\n2033年1月21日\n${plan}\n三、报送时间\n请各镇街于2月10日前报送。`);
    expect(r?.deadline).not.toBeNull();
  });
});
