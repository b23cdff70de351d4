// SAID_DAY_RELATIVE: 请统计截止到上周末的临时救助人次，11月23日前报 (posted Friday 2026-11-20) was counted to 2026-11-21 and
// 截至昨天 to 2026-11-22: a day named from the day the message is said was counted again from the Monday due day.
// CUT_AT_WEEKEND: figures counted to a weekend are counted to its Sunday.
import { describe, expect, it } from 'vitest';
import { parseWithDictionary } from './helpers.js';

const parse = (text: string) => parseWithDictionary(text, 'lead_mz', '2026-11-20T09:00:00+08:00');

describe('a cut-off day named from the day said, beside a due day next week', () => {
  it('截止到上周末 is the Sunday of last week', () => {
    expect(parse('各镇街：请统计截止到上周末的临时救助人次，11月23日前报。')?.period).toBe('2026-11-15');
  });

  it('截至上周日 and 截至昨天 keep the message day as their anchor', () => {
    expect(parse('各镇街：请统计截至上周日的临时救助人次，11月23日前报。')?.period).toBe('2026-11-15');
    expect(parse('各镇街：请统计截至昨天的临时救助人次，11月23日前报。')?.period).toBe('2026-11-19');
  });

  it('截至目前 is the day the notice is posted, whatever the due day', () => {
    expect(parse('请各镇街截至目前的特困供养人数于11月24日前报区局。')?.period).toBe('2026-11-20');
  });
});
