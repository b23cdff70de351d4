// Whose day a clause sets: 样本企业每日上午10点前通过系统报送前一日数据 / 企业须于每月月后20天内登录平台填报上月数据 are the
// enterprises' own standing rounds, and 企业…交所在镇审核汇总 hands their forms to the town they are in (a step below the
// units). The units' due day is the other day the notice names. A round the notice puts to the units (请各镇督促辖区样本
// 企业每日…报送) is theirs to see to, and its first round is due.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { formatZoned } from '../../../src/domain/time.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string, at: string) => parseRequest(text, member('lead_mz'), ctxAt(at));
const due = (text: string, at: string): string | null => {
  const r = parse(text, at);
  return r?.deadline ? formatZoned(r.deadline, 'Asia/Shanghai').slice(0, 16) : null;
};

describe('the enterprises\' own rounds and hand-ins', () => {
  it('a daily round the enterprises file into a system is theirs; the one-off day is due', () => {
    const text = '关于做好春节期间救助监测日报工作的通知\n各镇人民政府、各街道办事处：\n一、日报时间为1月30日至2月18日，辖区监测样本企业每日上午10点前通过监测系统报送前一日数据。\n'
      + '二、要于2月10日上午10点前报送低保户数和低保人数。\n请各镇街认真安排、督办。';
    expect(due(text, '2027-01-20T10:00:00+08:00')).toBe('2027-02-10T10:00');
  });

  it('a monthly round and a hand-in to the town are the enterprises\'; the towns\' day is due', () => {
    const text = '关于做好2026年救助统计年报报送工作的通知\n各镇人民政府、街道办事处：\n（一）相关企业须于2027年3月30日前在线填报年报数据，打印报表后交所在镇（街道）审核汇总。\n'
      + '（二）各镇（街道）应于2027年4月10日前审核汇总本辖区数据，并报送低保户数。\n（三）相关企业须于每月月后20天内登录统计平台填报上月数据。';
    expect(due(text, '2027-03-08T10:00:00+08:00')).toBe('2027-04-10T23:59');
  });

  it('a daily round put to the units (请各镇督促…) keeps its first round', () => {
    const text = '关于做好春节期间救助监测工作的通知\n各镇人民政府：\n一、1月28日至2月6日启动日报监测，请各镇督促辖区样本企业每日中午12点前通过监测系统报送当日低保户数。\n'
      + '二、重点企业于2月6日上午11点前报送低保人数。';
    expect(due(text, '2027-01-24T10:00:00+08:00')).toBe('2027-01-28T12:00');
  });
});
