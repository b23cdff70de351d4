// The moment a reply's relative month words (这个月, 上个月) are measured from, given to the reply reader.
import { monthPeriod } from '../domain/period.js';
import { periodBefore } from '../domain/prefill.js';
import { addDays, endOfLocalDay, localParts } from '../domain/time.js';

/** 这个月 / 本月 / 当月: the month under way, as a reply names it. */
const THIS_MONTH = /这个月|本月|当月/;
/** 上个月 / 上月 naming a month of its own, not the one a figure is compared with (比上月, 和上个月一样). */
const LAST_MONTH = /(?<![比较同和跟与])上一?个?月/;
/**
 * MONTH_TO_DATE: 这个月到今天清了2.1吨 / 本月至今 / 这个月以来: the month under way counted up to the moment of
 * writing is the calendar's month, however early in it (fresh16 联一 on 12-02, about December, not November).
 */
const MONTH_TO_DATE = /(?:这个月|本月|当月)\s*(?:(?:一直)?(?:到|至|截至|截止到?)\s*(?:今天|今日|现在|目前|此刻|当前)|至今|迄今|以来)/;

/**
 * THIS_MONTH_IS_THE_MONTH_REPORTED: 这个月 in a reply sent while its unit is asked for the month just ended and for
 * nothing in the month under way is the month reported (dev 万古 兴隆村 on 12月1日: 这个月低保户数、人数都没变，特困少了1个,
 * about November): a month that has barely begun is no month anyone asked figures of. The reply is then read as if
 * sent on the last day of the month reported, so that 上个月 beside 这个月 is the month before it. Otherwise, and when
 * the reply says no 这个月, or names 上个月 as a month of its own too (上月 keeps its calendar meaning), the moment it
 * was sent.
 * `periods`: the periods of what the unit (and any unit it reports for) can answer; `labels`: the asked items' names,
 * whose own 本月 (本月新增安装反诈APP人数) is no month word.
 */
export function replyAnchor(text: string, at: Date, timezone: string, periods: ReadonlyArray<string | null>, labels: readonly string[]): Date {
  let words = text;
  for (const label of labels) if (THIS_MONTH.test(label)) words = words.split(label).join(' ');
  // 上个月…这个月… on the 1st (fresh11 永平: 上个月劝导了六百多次…这个月劝导员多了一个): the reply speaks by the calendar
  if (!THIS_MONTH.test(words) || LAST_MONTH.test(words) || MONTH_TO_DATE.test(words)) return at;
  const today = localParts(at, timezone);
  const current = monthPeriod(today.year, today.month);
  const reported = periodBefore(current);
  if (!reported || !periods.includes(reported) || periods.some((p) => p !== null && p.startsWith(current))) return at;
  return endOfLocalDay(addDays({ year: today.year, month: today.month, day: 1 }, -1), timezone);
}
