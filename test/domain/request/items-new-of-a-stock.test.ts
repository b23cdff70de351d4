// 新增低保户数 is how many households came onto 低保 in the period, not how many are on it (NEW_OF_A_STOCK, dictionary.ts):
// an item that says 新增 of a count of households or people is not that count's field; 新增 of a count of acts stays it.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_mz'), ctxAt('2026-12-02T09:00:00+08:00'));

describe('新增 of a stock is another item', () => {
  it('新增低保户数 is not 低保户数', () => {
    const r = parse('各镇街：明天上午10点前把本月新增低保户数报给我');
    expect(r?.fields).toEqual([]);
    expect(r?.newFields.map((f) => f.label)).toEqual(['新增低保户数']);
  });
  it('新增特困供养人数 is not 特困供养人数', () => {
    const r = parse('各镇街：请于12月10日前报送11月新增低保户数、新增特困供养人数。');
    expect(r?.fields).toEqual([]);
    expect(r?.newFields.map((f) => f.label)).toEqual(['新增低保户数', '新增特困供养人数']);
  });
  it('the stock itself is still read', () => {
    expect(parse('各镇街：请于12月10日前报送11月低保户数。')?.fields).toEqual(['dibao_households']);
  });
  it('新增 of a count of acts is that count (新增临时救助人次)', () => {
    expect(parse('各镇街：请于12月10日前报送11月新增临时救助人次。')?.fields).toEqual(['temp_aid_times']);
  });
});
