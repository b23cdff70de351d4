// A verb of work left alone where the year between it and its task is read off (完成2026年度危房改造任务 → 完成) names no item:
// it was read as 是否完成自查 and every unit was asked a yes/no nobody wanted.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const AT = '2026-11-20T09:00:00+08:00';

describe('a verb of work alone is no item', () => {
  it('完成2026年度…任务 before the ask', () => {
    const r = parseWithDictionary('各镇街：请于11月30日前完成2026年度危房改造任务，并于12月5日前报送危房改造竣工户数。', 'lead_zj', AT);
    expect(r?.fields).toEqual(['dilapidated_completed']);
  });

  it('开展2027年度… before the ask', () => {
    const r = parseWithDictionary('各镇街：请于12月10日前开展2027年度低保对象复核，并于12月15日前报送低保户数。', 'lead_mz', AT);
    expect(r?.fields).toEqual(['dibao_households']);
  });
});
