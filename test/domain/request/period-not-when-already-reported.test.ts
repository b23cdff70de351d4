// 上周已报送的镇街无需重复报送 says when some units already handed in, not a period counted: 请于本周内报送…老旧小区改造个数，
// 上周已报送的镇街无需重复报送 was asked for last week (2026-W46), a wrong period.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2026-11-20T09:00:00+08:00';

describe('a period of what was already reported', () => {
  it('上周已报送的… names no period', () => {
    const r = parseWithDictionary('各镇街：请于本周内报送辖区老旧小区改造个数，上周已报送的镇街无需重复报送。', 'lead_zj', AT);
    expect(r?.fields).toEqual(['old_community_renovation']);
    expect(r?.period).toBeNull();
  });

  it('the asked period stays', () => {
    const r = parseWithDictionary('请各镇街于11月27日前报送11月低保户数，10月已经报过的不用重复报。', 'lead_mz', AT);
    expect(r?.period).toBe('2026-11');
  });
});
