// OTHER_LEVELS_DUTIES: 县级部门…10月15日前报上一级部门；地级部门…10月20日前上报；省级部门照此办理，10月25日前上报 — rules that set the
// days of the levels of government (县级, 地级, 省级 as the subject, or 报上一级 as the hand-in) set no day for the towns; forwarded
// to the towns, they ask them for nothing (read as an ask, relief rules in notices/fresh-when28 became a request due 10-15).
import { describe, expect, it } from 'vitest';
import { readAnatomy } from '../../../src/domain/request/anatomy.js';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { findUnitsDeadline } from '../../../src/domain/request/units-deadline.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-09-20T09:00:00+08:00';
const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt(AT));

describe('days set for the levels of government', () => {
  it('forwarded rules of the levels ask the towns for nothing', () => {
    expect(parse('【区民政局】转发《临时救助资金管理规程》（节选）\n（一）县级民政部门每季度汇总本级临时救助人次和临时救助金额，填写《临时救助情况统计表》，季后10日前报上一级民政部门。\n（二）市级民政部门审核汇总后，季后15日前上报；省级民政部门照此办理，季后20日前上报。')).toBeNull();
  });

  it('the towns\' own day beside the levels\' days is theirs', () => {
    const text = '各镇人民政府：\n请各镇于10月10日前将临时救助人次报区民政局；区级民政部门汇总后，10月15日前报上一级部门。';
    const found = findUnitsDeadline(readAnatomy(text), new Date(AT), 'Asia/Shanghai');
    expect(formatZoned(found!.deadline, 'Asia/Shanghai').slice(0, 10)).toBe('2026-10-10');
  });
});
