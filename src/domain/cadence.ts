// The cadence a report's name says it has (年报, 季度报表, 月报, 半年报): shared by the dictionary (a field named for a
// report keeps its cadence) and the request reader (reports of different cadences each count their own period).
import type { PeriodKind } from './period.js';

/** The cadence a report's name says it has: 年报 / 年度统计报表, 季报 / 季度报表, 月报 / 月度报表, 半年报. */
export function cadenceOf(label: string): PeriodKind | null {
  if (/半年报|半年度/.test(label)) return 'half';
  if (/年报|年度(?:统计)?报表|年度(?:工作)?总结/.test(label)) return 'year';
  if (/季报|季度(?:统计)?报表|季度/.test(label)) return 'quarter';
  if (/月报|月度(?:统计)?报表/.test(label)) return 'month';
  return null;
}
