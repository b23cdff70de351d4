// 将《登记表》，简要事迹3份，荣誉基础证书，以及特殊身份证明等材料报县总工会: what 将 / 把 sends may run over commas before
// its verb comes; the member that stands before the verb is the list's last, and the office after the verb is where the
// list goes, not an item (fresh-items19 huaxi 0 lost its last member 特殊身份证明).
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-02T09:00:00+08:00'));

describe('a 将 list that runs over commas', () => {
  it('keeps the member before the verb', () => {
    const r = parse('各镇街：\n请于12月10日前，将低保户数，特困供养人数报县民政局。');
    expect(r?.fields).toEqual(['dibao_households', 'tekun_persons']);
  });
  it('keeps every member of a longer list, 以及 before the last', () => {
    const r = parse('各镇街：\n请于12月10日前，将低保户数，临时救助人次，以及特困供养人数报区民政局审核。');
    expect(r?.fields).toEqual(['dibao_households', 'temp_aid_times', 'tekun_persons']);
  });
  it('reads no recipient as an item', () => {
    const r = parse('各镇街：\n请于12月10日前，将低保户数，特困供养人数报县民政局社会救助股。');
    expect(r?.newFields ?? []).toEqual([]);
  });
  it('a list with its verb in the same clause reads as before', () => {
    const r = parse('各镇街：\n请于12月10日前将低保户数、特困供养人数报县民政局。');
    expect(r?.fields).toEqual(['dibao_households', 'tekun_persons']);
  });
});
