// LATE_ROUND: a due day named without its year that closes the period a notice asks for, read after it has passed.
import { periodRange } from '../period.js';

/** 次年3月20日前 / 2026年7月10日前 / 每年7月10日前: a day that names its year, or a standing yearly round, is left as read. */
const OWN_YEAR_OR_ROUND = /\d{4}\s*年|次年|明年|来年|下一?年|每/;

/**
 * 请于7月10日前报送上半年… written on November 20th: the due day, named without its year, was read as next July (it lies more
 * than 60 days back), though the half year asked is this year's and next July's round would count next year's. The spec
 * takes a day named without its year as the nearest such day to the message's day (11月30日 written on December 3rd is three
 * days past, which a live channel questions with the lead): when the period asked has ended before the message, the same
 * day a year earlier closes it (falls after its end) and lies nearer the message than the day read, that is the due day — a
 * late round. `dueClause`: the clause the due day is said in.
 */
export function lateRoundDeadline(due: Date, dueClause: string, period: string | null, at: Date): Date | null {
  if (!period || OWN_YEAR_OR_ROUND.test(dueClause)) return null;
  const range = periodRange(period);
  if (!range || !(range[1] < at.getTime()) || !(due.getTime() > at.getTime())) return null;
  const back = new Date(due.getTime());
  back.setUTCFullYear(back.getUTCFullYear() - 1);
  if (back.getUTCDate() !== due.getUTCDate()) return null;
  if (!(back.getTime() > range[1] && back.getTime() < at.getTime())) return null;
  return at.getTime() - back.getTime() < due.getTime() - at.getTime() ? back : null;
}
