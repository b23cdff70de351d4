// 2月20日报到 / 5月16日报送 — a date followed by 报 is no daily report (日报): a meeting's dates give no period.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2030-01-17T10:00:00+08:00'));

describe('a date followed by 报', () => {
  it('the registration day of a meeting does not make the notice a daily report', () => {
    const text = '关于做好2029年低保年报工作的通知\n各镇人民政府：\n请于2月10日前上报低保户数年报。\n'
      + '县里定于2月21日至22日召开全县低保年报汇总会，届时请带汇总材料参会，2月20日报到。';
    expect(parse(text)?.period).toBe('2029');
  });

  it('a report every day is still a daily report', () => {
    expect(parse('请各镇街自1月20日起，每天上午10点前报送前一日低保户数。')?.period).toBe('2030-01-19');
  });
});
