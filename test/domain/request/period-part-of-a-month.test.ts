// HALF_MONTH: 请于11月24日前报送本月上半月临时救助人次 was asked for the whole of 2026-11, as was 11月上半月 and 本月上旬: half or a
// ten-day part of a month has no period form, and the month in front of it is not the period (the lead is asked which is meant).
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const parse = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-11-20T09:00:00+08:00');

describe('a part of a month', () => {
  it('本月上半月 / 11月下半月 name no period, and say which words were used', () => {
    for (const text of ['各镇街：为掌握月中救助进度，请于11月24日前报送本月上半月临时救助人次。', '各镇街：请于12月5日前报送11月下半月临时救助人次。']) {
      const r = parse(text);
      expect(r?.fields).toEqual(['temp_aid_times']);
      expect(r?.period).toBeNull();
      expect(r?.periodFormless).toMatch(/半月$/);
    }
  });

  it('本月上旬 is no more the month than 11月上旬', () => {
    expect(parse('各镇街：请于11月25日前报送本月上旬临时救助人次。')?.period).toBeNull();
  });

  it('上半年 stays the half year', () => {
    expect(parse('各镇街：请于11月25日前报送上半年临时救助人次。')?.period).toBe('2026-H1');
  });
});
