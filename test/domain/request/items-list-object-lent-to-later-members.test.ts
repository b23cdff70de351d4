// 临时救助情况，包括救助人次、救助金额 / 农村危房改造开工户数、竣工户数 / 冬季取暖补贴发放户数和金额: members after the first
// of a list that name no object of their own (a bare measure, or a measure with a verb or the object's tail) are counts of
// the object the list opens with; a member that names its own object keeps it.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-02T09:00:00+08:00'));

describe('a list lends its object to later members', () => {
  it('情况，包括救助人次、救助金额', () => {
    const r = parse('各镇街：\n请各镇街于12月10日前报送11月临时救助情况，包括救助人次、救助金额。');
    expect(r?.fields).toEqual(['temp_aid_times', 'temp_aid_amount']);
    expect(r?.newFields ?? []).toEqual([]);
  });
  it('开工户数、竣工户数、补助资金到位金额', () => {
    const r = parse('各镇街：\n请在12月18日前报送今年农村危房改造开工户数、竣工户数、补助资金到位金额。');
    expect(r?.newFields.map((f) => f.label)).toEqual(['农村危房改造开工户数', '农村危房改造竣工户数', '补助资金到位金额']);
  });
  it('发放户数和金额', () => {
    const r = parse('各镇街：\n需统计各镇街2026年冬季取暖补贴发放户数和金额，请于12月15日前报送。');
    expect(r?.newFields.map((f) => f.label)).toEqual(['冬季取暖补贴发放户数', '冬季取暖补贴发放金额']);
  });
  it('人 that ends a noun (高龄老人) stays with the object lent', () => {
    const r = parse('各镇街：\n请于12月20日前报送高龄老人数和金额。');
    expect(r?.newFields.map((f) => f.label)).toEqual(['高龄老人数', '高龄老人金额']);
  });
  it('a member that names its own object keeps it', () => {
    const r = parse('各镇街：\n请于12月10日前报送低保户数、特困供养人数。');
    expect(r?.fields).toEqual(['dibao_households', 'tekun_persons']);
  });
});
