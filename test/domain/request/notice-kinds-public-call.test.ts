// A 启事 is a public call (…申报启事: 欢迎社会各界提供线索, 符合条件的可向所在地主管部门申请): it speaks to the public, not to the
// units below, and asks them for nothing, like a 通告 or a 公告, also when its first line is no 关于…的 title. A 启事 that lists
// items and gives a due day still asks.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-11-16T10:00:00+08:00'));

describe('a public call titled 启事', () => {
  it('a call to 社会各界 to put forward cases is not a request', () => {
    const text = '【区民政局】第三批困难群众关爱项目申报启事\n第三批关爱项目的申报工作现已开始，欢迎社会各界提供困难群众的线索。'
      + '申报对象为低保户、特困供养人员，条件是：（一）生活确有困难；（二）在本区居住满一年。符合条件的可向所在地民政部门提出申请，填表、拍照后逐级申报。\n咨询电话：0000-6522440';
    expect(parse(text)).toBeNull();
  });

  it('a 启事 that lists items and gives a due day still asks', () => {
    const text = '关于低保对象复核的启事\n各镇人民政府：\n报送内容：\n1. 低保户数\n请于11月30日前报区民政局。';
    expect(parse(text)?.fields).toEqual(['dibao_households']);
  });
});
