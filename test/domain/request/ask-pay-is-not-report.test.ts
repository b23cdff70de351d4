// 报酬 (pay) is a word of its own, not the ask verb 报: a notice that allocates funds and forbids spending them on 干部报酬
// asks the units to report nothing.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2027-11-16T10:00:00+08:00'));

describe('报酬 is not 报', () => {
  it('funds allocated, not to be spent on 报酬: not a request', () => {
    expect(parse('【县民政局】关于下达2027年度临时救助资金的通知\n各镇：\n现下达我县2027年第一批临时救助资金，合计244万元（详见附表）。该资金不得用于支付工作人员报酬，主要用于临时救助金额的发放。请遵照执行。')).toBeNull();
  });

});
