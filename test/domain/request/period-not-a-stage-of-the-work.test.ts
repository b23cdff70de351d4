// 第一阶段动员部署（2月底）；第二阶段具体实施（3月1日—3月31日）: a time said in the clause of a stage of the work is when the
// stage runs, not what the figures are counted for.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2038-02-26T09:00:00+08:00'));
const HEAD = '关于开展低保对象摸底调查的通知\n各镇人民政府、各街道办事处：\n';

describe('a stage of the work', () => {
  it('its dates are not the period', () => {
    expect(parse(`${HEAD}一、调查方法：第一阶段动员部署（2月底），召开会议；第二阶段具体实施（3月1日—3月31日），入户调查。\n二、请于3月31日前上报低保户数。`)?.period).toBeNull();
  });

  it('a period the ask names still counts', () => {
    expect(parse(`${HEAD}一、调查方法：第一阶段动员部署（2月底），召开会议。\n二、请于3月31日前上报截至2月28日的低保户数。`)?.period).toBe('2038-02-28');
  });
});
