// A survey of what a season ahead needs: the year it names is the season's, not a time the figures are counted for.
import type { PeriodMention } from '../period.js';
import { localParts } from '../time.js';

/**
 * 统计报送2043年《联合收割机跨区收获作业证》的需求量 / 预测今年的需要量 / 对2051年辖区内的跨区作业意向进行调查摸底 /
 * 对今年辖区内…的作业供求情况进行一次摸底: demand, need, intent, supply and demand are what the units expect for the
 * work of a year not yet over, forecast now. That year is the horizon of the need (the lead's reading of a season's
 * permits, phase 16), never a period whose figures are counted.
 */
const NEED = /需求|需要量|意向|供求/;
const CLAUSE_END = /[，,。；;\n]/;

/**
 * The years (this year or a later one) that an asked clause names a need for. Every bare mention of such a year in the
 * notice (the title's 2043年跨区机收作业市场信息, 今年信息统计) names the same season.
 */
export function seasonNeedYears(text: string, asked: PeriodMention[], at: Date, timezone: string): Set<string> {
  const thisYear = localParts(at, timezone).year;
  const out = new Set<string>();
  for (const m of asked) {
    if (m.kind !== 'year' || Number(m.period) < thisYear) continue;
    const after = text.slice(m.index + m.text.length, m.index + m.text.length + 60);
    const end = after.search(CLAUSE_END);
    if (NEED.test(end < 0 ? after : after.slice(0, end))) out.add(m.period);
  }
  return out;
}
