// 1.快报：…数据统计起止时间为2052年1月1日至9月30日。2.年报：…数据统计起止时间为2052年1月1日至12月31日: each report the ask
// lists says the time its own figures count, and each is counted (the spec: a notice that asks for several periods lists them).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('each report with its counting time', () => {
  it('a quick report to September 30th and the annual one both count', () => {
    const r = parse('关于做好低保统计工作的通知\n各镇人民政府：\n统计内容：低保户数、低保人数。\n报送时间：\n1.快报：报送时间为2042年10月10日前，数据统计起止时间为2042年1月1日至9月30日。\n2.年报：报送时间为2042年12月25日前，数据统计起止时间为2042年1月1日至12月31日。', '2042-09-22T10:00:00+08:00');
    expect(r?.period).toBe('2042-09-30');
    expect(r?.periods).toEqual(['2042-09-30', '2042']);
  });
});
