// The deadline is the units' own: never a higher body's date quoted in the background, nor a plan's end in the purpose.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const AT = '2026-11-24T09:00:00+08:00';
const deadline = (text: string): string | null | undefined => {
  const r = parseRequest(text, member('lead_mz'), ctxAt(AT));
  return r === null ? undefined : r.deadline ? formatZoned(r.deadline, 'Asia/Shanghai').slice(0, 10) : null;
};

describe('deadline of the units, not of a quoted body', () => {
  it('市局…要求各区县于11月28日前上报 is the city\'s deadline; the units\' comes after it', () => {
    expect(deadline('市民政局《关于开展底数核查的通知》要求各区县于11月28日前上报核查结果。经研究，请各镇街于11月26日下班前报送百岁老人人数。'))
      .toBe('2026-11-26');
  });

  it('市里要求月底前汇总 in the lead-in of the ask is not the units\' deadline', () => {
    expect(deadline('市里要求月底前汇总，请各镇街27日前报一下低保户数。')).toBe('2026-11-27');
    expect(deadline('市里要求月底前汇总，请各镇街尽快报一下低保户数。')).toBeNull();
  });

  it('a plan\'s 年底前 in the purpose is not the deadline', () => {
    expect(deadline('为确保年底前完成危房改造任务，请各镇街报送本月低保户数。')).toBeNull();
  });
});
