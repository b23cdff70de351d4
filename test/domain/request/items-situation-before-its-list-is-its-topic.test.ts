// A 情况 that an ask names before the opener of its list (…情况统计，请于…报送，内容：… / …情况，请…报送，具体内容：…) is the
// list's topic (LIST_TOPIC): it is lent to entries that leave their object out (救助人次 → 临时救助人次) and is no item of its
// own (城乡医疗救助资金发放情况 is not 医疗救助金额). The ask's words between them (请于…前报送) hand nothing on.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const parse = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-11-20T09:00:00+08:00');

describe('the 情况 before a list is its topic', () => {
  it('the topic is no item of its own', () => {
    const r = parse('各镇街：2026年城乡医疗救助资金发放情况统计，请于12月15日前报送，内容：资助参保人数、住院救助人次。');
    expect(r?.fields).not.toContain('medical_aid_amount');
  });

  it('the topic is lent past the ask to entries numbered on one line', () => {
    const r = parse('现需统计2026年1-10月临时救助情况，请于11月30日前报送，具体内容：1.救助人次 2.救助金额');
    expect(r?.fields).toEqual(['temp_aid_times', 'temp_aid_amount']);
  });
});
