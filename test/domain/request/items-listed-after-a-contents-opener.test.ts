// 医疗救助情况，内容含：救助人次、救助金额: an opener standing alone before a colon still hands the 情况's object to the
// members it lists (lentObjects, items.ts); 救助金额 alone could be 临时 or 医疗.
import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../../src/domain/request/parse.js';
import { ctxAt, member } from './helpers.js';

const parse = (text: string) => parseRequest(text, member('lead_yb'), ctxAt('2026-12-02T09:00:00+08:00'));

describe('内容含： lists what the 情况 is made of', () => {
  it('医疗救助情况，内容含：救助人次、救助金额', () => {
    const r = parse('各镇街：请于12月20日前报送医疗救助情况，内容含：救助人次、救助金额（万元）。');
    expect(r?.fields).toEqual(['medical_aid_times', 'medical_aid_amount']);
    expect(r?.newFields).toEqual([]);
  });
  it('主要内容包括：', () => {
    const r = parse('各镇街：请于12月20日前报送11月临时救助情况，主要内容包括：救助人次、救助金额。');
    expect(r?.fields).toEqual(['temp_aid_times', 'temp_aid_amount']);
  });
});
