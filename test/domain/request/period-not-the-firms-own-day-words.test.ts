// 样本企业每日上午10点前通过系统报送前一日数据 … 要于2月10日上午10点前报送总体情况: the enterprises' own daily rounds say
// 前一日 of their rounds; the units' due day is another day, and its figures are not the day before it. A round put to the
// units (请各镇街督促辖区样本企业每日…报送前一日数据) keeps its day words.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-01-20T10:00:00+08:00'));

describe('the day words of the enterprises\' own rounds', () => {
  it('do not date the units\' due day', () => {
    const r = parse('关于做好春节期间临时救助监测工作的通知\n各镇人民政府：\n一、监测样本企业每日上午10点前通过系统报送前一日数据。\n二、各镇要于2月10日上午10点前报送临时救助人次。');
    expect(r?.period).toBeNull();
  });

  it('of a round put to the units are kept', () => {
    const r = parse('各镇人民政府：\n请各镇督促辖区样本企业自2月1日起每日上午10点前报送前一日临时救助人次。');
    expect(r?.period).toBe('2026-01-31');
  });
});
