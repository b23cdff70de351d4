// RUN_SINCE: 请统计近三个月医疗救助人次 / 请报送今年以来临时救助金额 / 第四季度以来 / 11月1日至今 gave no period and no question: a run
// of time back from now, or from a start to now, has no period form and does not say the day it runs to. The words are
// handed on (periodFormless) so that the lead is asked which period is meant.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const parse = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-11-20T09:00:00+08:00');

describe('a run of time to now', () => {
  it.each([
    ['各镇街：请统计近三个月医疗救助人次，于11月26日前报区民政局。', '近三个月'],
    ['各镇街：请报送今年以来临时救助金额，11月27日前完成。', '今年以来'],
    ['各镇街：请报送第四季度以来医疗救助人次，11月26日前报送。', '第四季度以来'],
    ['各镇街：请报送11月1日至今临时救助人次，11月24日前报。', '11月1日至今'],
  ])('%s names no period and is put to the lead', (text, words) => {
    const r = parse(text);
    expect(r?.period).toBeNull();
    expect(r?.periodFormless).toBe(words);
  });

  it('今年以来 in the background leaves the month asked alone', () => {
    expect(parse('今年以来，我区临时救助工作扎实推进。请各镇街于11月25日前报送10月份临时救助人次。')?.period).toBe('2026-10');
  });
});
