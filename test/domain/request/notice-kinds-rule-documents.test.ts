// 关于规范森林火灾信息报告的规定 / 乡、镇、村基本情况统计调查制度说明：: a rule document itself says how reporting works; it
// asks for nothing now. A notice that sends one (关于印发…办法的通知) may still ask with it.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2033-10-20T10:00:00+08:00'));

describe('rule documents', () => {
  it('a rule document titled …的规定 is no request', () => {
    expect(parse('关于规范低保信息报告的规定\n一、归口报告：低保户数变化由民政办归口管理。\n二、报告时限：各镇街每月定时核对，核查结果按规定时限反馈。')).toBeNull();
  });

  it('a system description whose title ends with a colon is no request', () => {
    expect(parse('乡镇低保统计调查制度说明：\n一、本制度主要内容为低保户数和低保人数。\n二、乡镇每年统计一次，填报单位以2030年12月31日前设立的乡镇为准。')).toBeNull();
  });

  it('a notice that sends a rule document and asks with it is still a request', () => {
    const r = parse('关于印发低保统计管理办法的通知\n各镇街：\n现将办法印发给你们，请于11月30日前报送低保户数。');
    expect(r?.fields).toEqual(['dibao_households']);
  });
});
