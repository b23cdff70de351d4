// The reporter reads a period in words (2026年第三季度, 截至2026年10月31日), never as its code (2026-Q3, 2026-10-31), in the
// bot's refusal of a figure for another period and in its question about which period a figure is for.
import { describe, expect, it } from 'vitest';
import { choosePeriod } from '../../../src/domain/reply/period-choice.js';

const reason = (c: ReturnType<typeof choosePeriod>): string => (c.ok ? '' : c.reason ?? '');

describe('a period named to the reporter', () => {
  it('a figure for another period is refused in words', () => {
    const c = choosePeriod([{ period: '2026-Q3', answered: false }], { period: '2026-10-31', sameSentence: true }, false, '2026-11-25');
    expect(reason(c)).toBe('所报时期（截至2026年10月31日）不是所需时期，请报2026年第三季度的数据');
  });

  it('the question which period lists the open ones in words', () => {
    const c = choosePeriod([{ period: '2026-10', answered: false }, { period: '2026-11', answered: false }], null, false, '2026-11-25');
    expect(reason(c)).toMatch(/2026年10月、2026年11月/);
  });
});
