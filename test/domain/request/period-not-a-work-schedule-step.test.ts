// 二、时间安排 （一）9月正式启动，县体育局召开启动会，组织业务培训: a step of the work in a schedule section runs in that
// month; the month is not what the figures count.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('a work schedule section', () => {
  it('names no period with the month a step starts in', () => {
    const r = parse('关于开展低保专项调查的通知\n各镇人民政府：\n一、调查内容：低保户数、低保人数。\n二、时间安排\n（一）9月正式启动，区民政局召开专项调查启动会，组织业务培训。\n（二）2043年1月底前完成各镇数据汇总上报工作。', '2042-08-20T10:00:00+08:00');
    expect(r?.period).toBeNull();
  });
});
