// ITEMS_BY_A_DAY: 各镇街：低保户数，下周一前。 / 高龄津贴人数、百岁老人数，今天下班前，务必！ — a lead's message naming only items the
// dictionary knows and the day they are due asks for them, though it says no verb; it was no request at all.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const read = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-11-20T09:00:00+08:00');

describe('items and a due day, with no verb', () => {
  it('ask for the items by that day', () => {
    const r = read('各镇街：低保户数，下周一前。');
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.deadline?.toISOString()).toBe('2026-11-23T15:59:59.000Z');
    expect(read('各镇街：高龄津贴人数、百岁老人数，今天下班前，务必！')?.fields).toEqual(['elderly_allowance_persons', 'centenarians']);
    expect(read('各镇街：低保户数 特困供养人数 12月5日前')?.fields).toEqual(['dibao_households', 'tekun_persons']);
  });

  it('a figure, a word the dictionary does not know or a done report is no ask', () => {
    expect(read('各镇街：低保户数128户，下周一前。')).toBeNull();
    expect(read('各镇街：低保工作，下周一前。')).toBeNull();
    expect(read('各镇街：低保户数，下周一前已经报过了，谢谢大家。')).toBeNull();
  });
});
