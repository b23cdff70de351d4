// 结合住宿单位、旅行社…发展状况，测算直接就业人数: what a figure is worked out from or checked against names no item.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const fields = (text: string): string[] | undefined =>
  parseRequest(text, member('lead_mz'), ctxAt('2026-11-24T09:00:00+08:00'))?.fields;

describe('a basis is no item', () => {
  it('in an entry of the item list', () => {
    expect(fields('请各镇街于11月30日前报送以下数据：\n一、结合低保户数、特困供养人数变化情况，测算临时救助人次；\n二、医疗救助金额。'))
      .toEqual(['temp_aid_times', 'medical_aid_amount']);
  });

  it('in an ask, a clause of what the figures are checked against', () => {
    expect(fields('对照低保户数台账，请各镇街于11月30日前报送临时救助人次。')).toEqual(['temp_aid_times']);
  });

  it('针对… names what is counted, and stays', () => {
    expect(fields('请各镇街于11月30日前报送以下数据：\n一、针对特困供养人数的核查情况；\n二、临时救助人次。')).toContain('temp_aid_times');
  });
});
