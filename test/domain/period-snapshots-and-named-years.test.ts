// Snapshots of a day of this or last month (截至本月15日), a named whole year (2025年全年), and times that are no
// period (12月中旬, 11月初).
import { describe, expect, it } from 'vitest';
import { findPeriodMentions } from '../../src/domain/period.js';

const TZ = 'Asia/Shanghai';
const periods = (text: string, at = '2026-11-30T10:20:00+08:00'): string[] =>
  findPeriodMentions(text, new Date(at), TZ).map((m) => m.period);

describe('periods: 本月15日, 2025年全年, 12月中旬', () => {
  it('截至本月15日 / 截至上月20号 are snapshots of this or last month', () => {
    expect(periods('请明天晚上8点前报送截至本月15日的信访件数')).toEqual(['2026-11-15']);
    expect(periods('截至上月20号的百岁老人人数', '2026-12-01T09:00:00+08:00')).toEqual(['2026-11-20']);
    expect(periods('截至上月20号', '2026-01-05T09:00:00+08:00')).toEqual(['2025-12-20']);
  });

  it('2025年全年 / 去年全年 is that year, not this one', () => {
    expect(periods('2025年全年新增违法占地5宗')).toEqual(['2025']);
    expect(periods('去年全年乡村旅游接待人次')).toEqual(['2025']);
    expect(periods('全年粮食播种面积')).toEqual(['2026']);
  });

  it('12月中旬 / 11月初 are no periods', () => {
    expect(periods('我局将于12月中旬迎接检查')).toEqual([]);
    expect(periods('11月初开展了排查')).toEqual([]);
    expect(periods('11月份低保户数')).toEqual(['2026-11']);
  });
});
