// 请于11月26日前报送低保户数，报送格式：镇街名称+户数 — the pattern of how to write the answer was offered to the lead as a new
// item (镇街名称+户数).
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

describe('the format an answer is to be written in', () => {
  it('is no item', () => {
    const r = parseWithDictionary('各镇街：请于11月26日前报送低保户数，报送格式：镇街名称+户数。', 'lead_mz', '2049-11-19T09:00:00+08:00');
    expect(r?.fields).toEqual(['dibao_households']);
    expect(r?.newFields).toEqual([]);
  });
});
