// DAYS_WITH_NO_FORM / NAMED_WITHOUT_FORM: 请于11月25日前报送11月1日—20日临时救助人次 — a span of days that is no month, quarter,
// week or running total has no period form. Its days stayed in the item's name (no request at all, or 11月1日至20日期间临时救助
// 人次和临时救助金额 kept only the amount), and 10月15日到11月20日 was read as a snapshot of 11月20日. The span is taken whole:
// the items are read, the period is null, and its words are handed on so the lead is asked (periodFormless).
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2026-11-20T10:00:00+08:00';
const parse = (text: string) => parseWithDictionary(text, 'lead_mz', AT);

describe('a span of days with no period form', () => {
  it('11月1日—20日 before the item: the item is read, no period, the words kept', () => {
    const r = parse('各镇街：请于11月25日前报送11月1日—20日临时救助人次。');
    expect(r?.fields).toEqual(['temp_aid_times']);
    expect(r?.period).toBeNull();
    expect(r?.periodFormless).toBe('11月1日—20日');
  });

  it('11月1日至11月20日期间 before two items: both are read', () => {
    const r = parse('各镇街：请统计11月1日至11月20日期间临时救助人次和临时救助金额，于11月25日前报区民政局社会救助科。');
    expect(r?.fields).toEqual(['temp_aid_times', 'temp_aid_amount']);
    expect(r?.period).toBeNull();
  });

  it('10月21日至11月20日 across two months: no snapshot of its last day', () => {
    const r = parse('各镇街：请于本周内报送10月21日至11月20日医疗救助人次。');
    expect(r?.fields).toEqual(['medical_aid_times']);
    expect(r?.period).toBeNull();
    expect(parse('各镇街：请于11月25日前报送10月15日到11月20日临时救助人次。')?.period).toBeNull();
  });

  it('a span that is a period keeps it: 10月1日至10月31日, 2026年1月1日至11月20日', () => {
    expect(parse('各镇街：请于11月25日前报送10月1日至10月31日临时救助人次。')?.period).toBe('2026-10');
    const r = parse('各镇街：请于11月27日前报送2026年1月1日至11月20日临时救助金额。');
    expect(r?.period).toBe('2026-11-20');
    expect(r?.periodFormless).toBeUndefined();
  });
});
