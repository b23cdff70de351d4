// 计划在2030—2034年整治的山塘: a span of years (a plan's horizon) has no period form, and neither of its ends is one.
import { describe, expect, it } from 'vitest';
import { findPeriodMentions } from '../../src/domain/period.js';

const periods = (text: string): string[] =>
  findPeriodMentions(text, new Date('2030-01-17T10:00:00+08:00'), 'Asia/Shanghai').map((m) => m.period);

describe('a span of years', () => {
  it('2030—2034年 and 2030年至2034年 name no period', () => {
    expect(periods('计划在2030—2034年整治的山塘填报表1-2')).toEqual([]);
    expect(periods('计划在2030年至2034年整治的山塘')).toEqual([]);
    expect(periods('2030-2034年规划')).toEqual([]);
  });

  it('a single year still does', () => {
    expect(periods('报送2029年农经统计年报')).toEqual(['2029']);
  });
});
