// 填报截至目前的实际数据: 截至目前 in a notice is the moment each unit fills the form in, which the notice does not fix; it
// names no day, and the message's own day is not the period.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));

describe('截至目前 in an ask', () => {
  it('names no period', () => {
    const r = parse('关于开展社会救助对象情况摸底的通知\n各镇人民政府：\n为掌握全县社会救助对象情况，现将有关事项通知如下：\n一、摸底内容\n各镇组织填报本镇低保户数、低保人数，填报截至目前的实际数据。\n二、报送时间\n2042年3月25日前报县民政局。', '2042-03-10T10:00:00+08:00');
    expect(r).not.toBeNull();
    expect(r?.period).toBeNull();
  });
  it('keeps a day it names (数据截至2042年3月1日)', () => {
    const r = parse('关于开展社会救助对象情况摸底的通知\n各镇人民政府：\n为掌握全县社会救助对象情况，现将有关事项通知如下：\n一、摸底内容\n各镇组织填报本镇低保户数、低保人数，数据截至2042年3月1日。\n二、报送时间\n2042年3月25日前报县民政局。', '2042-03-10T10:00:00+08:00');
    expect(r?.period).toBe('2042-03-01');
  });
});
