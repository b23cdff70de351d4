// Reporting periods named in text: 本月, 上月, 11月份, 第四季度, 上半年, 本周, 全年, 1-11月累计, 截至11月20日 …
import { parseChineseInteger, toHalfWidth } from './numbers.js';
import {
  addDays, compareLocalDates, daysInMonth, formatLocalDate, isValidLocalDate, localParts, weekdayInWeek, weekdayOf, type LocalDate,
} from './time.js';

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'week' | 'snapshot';

export interface PeriodMention {
  /** Index of the mention in the text it was found in. */
  index: number;
  /** The matched text. */
  text: string;
  period: string;
  kind: PeriodKind;
}

const NUM = '(\\d{1,4}|[零〇一二两三四五六七八九十]{1,3})';
const num = (s: string): number => (/^\d+$/.test(s) ? Number(s) : parseChineseInteger(s) ?? NaN);
const WEEKDAY_CHARS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, 末: 6 };
const WEEKEND_WORD = /(?:周|星期|礼拜)末$/;

/** Every period form: 2026, 2026-H2, 2026-Q4, 2026-11, 2026-W49, 2026-11-30. */
export const PERIOD_PATTERN = /^\d{4}(?:-H[12]|-Q[1-4]|-W(?:0[1-9]|[1-4]\d|5[0-3])|-\d{2}(?:-\d{2})?)?$/;

export function monthPeriod(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function periodKind(period: string): PeriodKind {
  if (/^\d{4}$/.test(period)) return 'year';
  if (/^\d{4}-H[12]$/.test(period)) return 'half';
  if (/^\d{4}-W\d{2}$/.test(period)) return 'week';
  if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  return 'snapshot';
}

/** ISO 8601 week of a local date: 2026-11-26 (a Thursday) is 2026-W48; 2027-01-01 is 2026-W53. */
export function isoWeek(d: LocalDate): string {
  const day = new Date(Date.UTC(d.year, d.month - 1, d.day));
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of that week decides its year
  const year = day.getUTCFullYear();
  const week = Math.ceil(((day.getTime() - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** First and last day of a period as UTC midnights (a snapshot is one day); null for a malformed period. */
export function periodRange(period: string): [number, number] | null {
  const y = Number(period.slice(0, 4));
  if (!PERIOD_PATTERN.test(period) || !Number.isFinite(y)) return null;
  const DAY = 86_400_000;
  const months = (from: number, count: number): [number, number] => [Date.UTC(y, from - 1, 1), Date.UTC(y, from - 1 + count, 1) - DAY];
  switch (periodKind(period)) {
    case 'year': return months(1, 12);
    case 'half': return months(period.endsWith('1') ? 1 : 7, 6);
    case 'quarter': return months(Number(period.slice(6)) * 3 - 2, 3);
    case 'month': return months(Number(period.slice(5, 7)), 1);
    case 'week': {
      // ISO week 1 holds 4 January; weeks start on Monday
      const jan4 = Date.UTC(y, 0, 4);
      const monday = jan4 - (((new Date(jan4).getUTCDay() || 7) - 1) * DAY) + (Number(period.slice(6)) - 1) * 7 * DAY;
      return [monday, monday + 6 * DAY];
    }
    default: {
      const d = Date.UTC(y, Number(period.slice(5, 7)) - 1, Number(period.slice(8, 10)));
      return [d, d];
    }
  }
}

/** A month, quarter or half named without its year is the latest such one that has begun (四季度 in January is last year's). */
function yearForPart(today: LocalDate, firstMonth: number): number {
  return firstMonth > today.month ? today.year - 1 : today.year;
}

/** A month named without a year means the most recent such month that is not far in the future. */
function yearForMonth(today: LocalDate, month: number): number {
  return month - today.month > 2 ? today.year - 1 : today.year;
}

/** A day named without a month (截至25日) means this month's, or last month's when that day is still ahead. */
function dateForDay(today: LocalDate, day: number): LocalDate {
  const candidate = { year: today.year, month: today.month, day };
  if (day <= today.day) return candidate;
  const prev = today.month === 1 ? { year: today.year - 1, month: 12 } : { year: today.year, month: today.month - 1 };
  return { ...prev, day };
}

/**
 * Resolves a date expression (11月20日, 2026年11月20日, 25日, 25号, 今天, 昨天, 上周五, 本周一, 月底) to a local date.
 * Returns null for anything else, including impossible dates (2月30日).
 */
export function resolveDateExpression(expr: string, today: LocalDate): LocalDate | null {
  const t = toHalfWidth(expr).trim();
  let m = new RegExp(`^(?:(\\d{4})年)?${NUM}月${NUM}[日号]?$`).exec(t);
  if (m) {
    const month = num(m[2]!);
    const day = num(m[3]!);
    const year = m[1] ? Number(m[1]) : yearForMonth(today, month);
    const d = { year, month, day };
    return isValidLocalDate(d) ? d : null;
  }
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t) ?? /^(\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) {
    const d = m.length === 4 && m[3] !== undefined
      ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
      : { year: yearForMonth(today, Number(m[1])), month: Number(m[1]), day: Number(m[2]) };
    return isValidLocalDate(d) ? d : null;
  }
  m = new RegExp(`^(本月|这个月|上个?月)${NUM}[日号]$`).exec(t);
  if (m) {
    // 截至本月15日 / 上月20号
    const prev = m[1]!.startsWith('上');
    const y = prev && today.month === 1 ? today.year - 1 : today.year;
    const mo = prev ? (today.month === 1 ? 12 : today.month - 1) : today.month;
    const d = { year: y, month: mo, day: num(m[2]!) };
    return isValidLocalDate(d) ? d : null;
  }
  m = new RegExp(`^${NUM}[日号]$`).exec(t);
  if (m) {
    const d = dateForDay(today, num(m[1]!));
    return isValidLocalDate(d) ? d : null;
  }
  if (/^(今天|今日|当天|目前|现在|当前|本日)$/.test(t)) return today;
  if (/^(昨天|昨日)$/.test(t)) return addDays(today, -1);
  if (/^前天$/.test(t)) return addDays(today, -2);
  if (/^(明天|明日)$/.test(t)) return addDays(today, 1);
  if (/^后天$/.test(t)) return addDays(today, 2);
  m = /^(上上|上|本|这|下)?(?:个)?(?:周|星期|礼拜)([一二三四五六日天末])$/.exec(t);
  if (m) {
    const week = m[1] === '上' ? -1 : m[1] === '上上' ? -2 : m[1] === '下' ? 1 : 0;
    return weekdayInWeek(today, WEEKDAY_CHARS[m[2]!]!, week);
  }
  m = new RegExp(`^(?:(\\d{4})年)?${NUM}月份?(?:底|末)$`).exec(t);
  if (m) {
    const month = num(m[2]!);
    if (!(month >= 1 && month <= 12)) return null;
    const year = m[1] ? Number(m[1]) : yearForMonth(today, month);
    return { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() };
  }
  m = /^(去年|上年|今年|本年)?(?:年底|年末)$/.exec(t) ?? /^(去年|上年|今年|本年)(?:底|末)$/.exec(t);
  if (m) return { year: today.year - (m[1] && /去|上/.test(m[1]) ? 1 : 0), month: 12, day: 31 };
  // 2029年年底 / 2029年末: the last day of that year
  m = /^(\d{4})年(?:年底|年末|底|末)$/.exec(t);
  if (m) return { year: Number(m[1]), month: 12, day: 31 };
  m = /^(本月|这个月|上个?月)(?:底|末)$/.exec(t);
  if (m) {
    const prev = m[1]!.startsWith('上');
    const y = prev && today.month === 1 ? today.year - 1 : today.year;
    const mo = prev ? (today.month === 1 ? 12 : today.month - 1) : today.month;
    return { year: y, month: mo, day: new Date(Date.UTC(y, mo, 0)).getUTCDate() };
  }
  if (/^(本月|这个月)?(月底|月末)$/.test(t)) {
    const last = new Date(Date.UTC(today.year, today.month, 0)).getUTCDate();
    return { year: today.year, month: today.month, day: last };
  }
  if (/^上月(月底|月末)$/.test(t)) {
    const last = new Date(Date.UTC(today.year, today.month - 1, 0));
    return { year: last.getUTCFullYear(), month: last.getUTCMonth() + 1, day: last.getUTCDate() };
  }
  return null;
}

const DATE_EXPR =
  `(?:\\d{4}年)?${NUM}月份?(?:底|末)|(?:去年|上年|今年|本年)?(?:年底|年末)|(?:去年|上年|今年|本年)(?:底|末)|\\d{4}年(?:年底|年末|底|末)|(?:本月|这个月|上个?月)(?:底|末)|(?:\\d{4}年)?${NUM}月${NUM}[日号]?|(?:本月|这个月|上个?月)${NUM}[日号]|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|${NUM}[日号]|今天|今日|当天|目前|现在|当前|昨天|昨日|前天|` +
  `(?:上上|上|本|这|下)?(?:个)?(?:周|星期|礼拜)[一二三四五六日天末]|(?:本月|上月)?(?:月底|月末)`;

interface Rule {
  re: RegExp;
  /**
   * The period the match names; null when the match is not what the rule reads (the text stays free for later rules);
   * NO_SINGLE_PERIOD when it is, but names no single period: the text is taken, so that no later rule reads a part of
   * it (the last month of 10-11月) as the period.
   */
  resolve(m: RegExpExecArray, today: LocalDate): { period: string; kind: PeriodKind } | typeof NO_SINGLE_PERIOD | null;
}

const NO_SINGLE_PERIOD = 'no single period';

const quarterOf = (month: number): number => Math.ceil(month / 3);

/** After 10月: a figure and a measure word (10月4人次), which makes the month a period rather than a date's. */
const FIGURE_WITH_MEASURE = '\\d*(?:\\.\\d+)?[万千]?(?:人|户|家|个|处|件|次|元|亩|名|位|起|座|辆|台|所|项|只|吨|头|例|条|间|栋|场|公里|米)';

const RULES: Rule[] = [
  {
    // 统计时段：11月1日至11月30日 / 10月1日-12月31日 / 2026年1月1日至12月31日: a span of whole months is that month,
    // quarter or year; from 1 January it is a running total (a day). Any other span (11月1日至20日) names no single period.
    // DAYS_WITH_NO_FORM: 10月15日到11月20日 / 11月1日—20日 — such a span is still taken whole (NO_SINGLE_PERIOD): its end day
    // was read as 到11月20日, a snapshot the notice never asked for, and its days stayed in the item's name (no item read).
    re: new RegExp(
      `(?:(\\d{4})年)?${NUM}月${NUM}[日号]?\\s*(?:至|到|-|—|~)\\s*(?:(\\d{4})年)?(?:${NUM}月)?${NUM}[日号]`, 'g'),
    resolve(m, today) {
      const m1 = num(m[2]!);
      const m2 = m[5] ? num(m[5]) : m1;
      // WEEK_OF_DAYS: 上周（11月23日—11月29日） / 11月23日至29日: a span from a Monday to the Sunday after it is that ISO week (the
      // week of its Thursday); read as no period, its days stayed in the item's name and nothing was asked
      const first = { year: m[1] ? Number(m[1]) : yearForMonth(today, m1), month: m1, day: num(m[3]!) };
      if (m1 >= 1 && m1 <= 12 && isValidLocalDate(first) && weekdayOf(first) === 1) {
        const last = addDays(first, 6);
        if (last.month === m2 && last.day === num(m[6]!) && (!m[4] || Number(m[4]) === last.year)) return { period: isoWeek(first), kind: 'week' };
      }
      if (!(m1 >= 1 && m1 <= 12 && m2 >= 1 && m2 <= 12)) return null;
      if (m2 < m1 || num(m[3]!) !== 1) return NO_SINGLE_PERIOD;
      const year = m[1] ? Number(m[1]) : m[4] ? Number(m[4]) : yearForMonth(today, m2);
      if (m[1] && m[4] && m[1] !== m[4]) return NO_SINGLE_PERIOD;
      // 2031年1月1日至7月30日: a running total from the start of the year to a day is counted as of that day
      if (m1 === 1 && num(m[6]!) !== new Date(Date.UTC(year, m2, 0)).getUTCDate()) {
        const d = { year, month: m2, day: num(m[6]!) };
        return isValidLocalDate(d) ? { period: formatLocalDate(d), kind: 'snapshot' } : null;
      }
      if (num(m[6]!) !== new Date(Date.UTC(year, m2, 0)).getUTCDate()) return NO_SINGLE_PERIOD;
      if (m1 === m2) return { period: monthPeriod(year, m1), kind: 'month' };
      if (m2 - m1 === 5 && (m1 === 1 || m1 === 7)) return { period: `${year}-H${m1 === 1 ? 1 : 2}`, kind: 'half' };
      // 1月1日至11月30日: a running total from the start of the year, counted as of its last day
      if (m1 === 1 && m2 < 12 && m2 !== 3 && m2 !== 6) return { period: formatLocalDate({ year, month: m2, day: daysInMonth(year, m2) }), kind: 'snapshot' };
      if (m1 === 1 && m2 === 12) return { period: String(year), kind: 'year' };
      if (m2 - m1 === 2 && m1 % 3 === 1) return { period: `${year}-Q${quarterOf(m1)}`, kind: 'quarter' };
      return NO_SINGLE_PERIOD;
    },
  },
  {
    // 1-11月累计 / 2026年1至11月 / 1月—11月: a running total from the start of the year is the last day it counts.
    re: new RegExp(`(?:(\\d{4})年|(今年|本年|去年|上年))?(?<![\\d一二三四五六七八九十])(?:1|一)(?:月份?)?\\s*(?:-|—|–|~|～|至|到)\\s*${NUM}月(?:份|末|底)?(?!\\s*(?:\\d|[零〇一二两三四五六七八九十]{1,3}[日号]))`, 'g'),
    resolve(m, today) {
      const month = num(m[3]!);
      if (!(month >= 2 && month <= 12)) return null;
      const year = m[1] ? Number(m[1]) : m[2] ? today.year - (/去|上/.test(m[2]) ? 1 : 0) : yearForMonth(today, month);
      // 1—12月 is the whole year
      if (month === 12) return { period: String(year), kind: 'year' };
      return { period: formatLocalDate({ year, month, day: daysInMonth(year, month) }), kind: 'snapshot' };
    },
  },
  {
    // MONTHS_OF_A_PART: 7—9月 / 2026年7至12月 / 10-12月份: a span of whole months from a later month is the quarter or the
    // half year it covers (never its last month alone); any other span (10-11月) names no single period, and no part of it
    // is read as one.
    re: new RegExp(`(?:(\\d{4})年|(今年|本年|去年|上年))?(?<![\\d一二三四五六七八九十])${NUM}(?:月份?)?\\s*(?:-|—|–|~|～|至|到)\\s*${NUM}月(?:份|末|底)?(?!\\s*(?:\\d|[零〇一二两三四五六七八九十]{1,3}[日号]))`, 'g'),
    resolve(m, today) {
      const from = num(m[3]!), to = num(m[4]!);
      if (!(from >= 2 && to <= 12 && to > from)) return null;
      const year = m[1] ? Number(m[1]) : m[2] ? today.year - (/去|上/.test(m[2]) ? 1 : 0) : yearForPart(today, from);
      if (from === 7 && to === 12) return { period: `${year}-H2`, kind: 'half' };
      if (to - from === 2 && from % 3 === 1) return { period: `${year}-Q${quarterOf(from)}`, kind: 'quarter' };
      // 10-11月 / 11—12月份: two or more months together, which is no month, quarter or half year: neither its last month
      // (10-11月 read as November) nor, written in November, last year's December (11-12月 read as 2025-12)
      return NO_SINGLE_PERIOD;
    },
  },
  {
    // 2057年前三季度 / 今年前两个季度: the quarters from the start of the year, a running total like 1—9月 counted as of
    // its last day (never the third quarter alone); 前一季度 is the first quarter
    re: /(?:(\d{4})年(?:度)?|(今年|本年|去年|上年))?前\s*([一二两三123])\s*个?季度/g,
    resolve(m, today) {
      const n = num(m[3]!.replace('两', '二'));
      if (!(n >= 1 && n <= 3)) return null;
      const month = n * 3;
      const year = m[1] ? Number(m[1]) : m[2] ? today.year - (/去|上/.test(m[2]) ? 1 : 0) : yearForMonth(today, month);
      if (n === 1) return { period: `${year}-Q1`, kind: 'quarter' };
      return { period: formatLocalDate({ year, month, day: daysInMonth(year, month) }), kind: 'snapshot' };
    },
  },
  {
    // 上半年 / 2026年下半年 / 今年上半年
    re: /(?:(\d{4})年|(今年|本年|去年|上年))?(上|下)半年/g,
    resolve(m, today) {
      const half = m[3] === '上' ? 1 : 2;
      const year = m[1] ? Number(m[1]) : m[2] ? today.year - (/去|上/.test(m[2]) ? 1 : 0) : yearForPart(today, half === 1 ? 1 : 7);
      return { period: `${year}-H${half}`, kind: 'half' };
    },
  },
  {
    // 本周 / 上周 / 上一周 / 前一周 / 这周 (not 上周五, a day; not 下周, which is when something is due) / 2026年第49周
    re: /(本|这|上一?|前一)(?:个)?(?:周|星期)(?![一二三四五六日天末内])|(?:(\d{4})年)?第(\d{1,2})周/g,
    resolve(m, today) {
      if (m[3]) {
        const week = Number(m[3]);
        if (!(week >= 1 && week <= 53)) return null;
        return { period: `${m[2] ?? isoWeek(today).slice(0, 4)}-W${String(week).padStart(2, '0')}`, kind: 'week' };
      }
      return { period: isoWeek(/^[上前]/.test(m[1]!) ? addDays(today, -7) : today), kind: 'week' };
    },
  },
  {
    // 截至11月20日 / 截止到上周五 / 截至今天 / 截至目前 → snapshot
    re: new RegExp(`(截至到|截至|截止到|截止至|截止|到)\\s*(${DATE_EXPR})(?![前止])`, 'g'),
    resolve(m, today) {
      const said = resolveDateExpression(m[2]!, today);
      // CUT_AT_WEEKEND: 截止到上周末 — figures counted to a weekend are counted to its end, the Sunday (a due day 周末前 stays
      // the Saturday, see resolveDateExpression)
      const d = said && WEEKEND_WORD.test(m[2]!) ? addDays(said, 1) : said;
      if (!d) return null;
      // 截至 means "as of" even a few days ahead (a count as of the 25th asked on the 23rd); 截止/到 ahead of
      // tomorrow is far more often a deadline.
      const horizon = m[1]!.startsWith('截至') ? 31 : 1;
      if (compareLocalDates(d, addDays(today, horizon)) > 0) return null;
      return { period: formatLocalDate(d), kind: 'snapshot' };
    },
  },
  {
    // 11月底生猪存栏 / 2026年11月末: the end of a named month, said without 截至, is still a point in time.
    re: new RegExp(`(?:(?:(\\d{4})年)?${NUM}月份?|(本月|这个月|上个?月))(?:底|末)(?!\\s*(?:之前|以前|前|截止|为止))`, 'g'),
    resolve(m, today) {
      if (m[3]) {
        const d = resolveDateExpression(m[0], today);
        return d ? { period: formatLocalDate(d), kind: 'snapshot' } : null;
      }
      const month = num(m[2]!);
      if (!(month >= 1 && month <= 12)) return null;
      const year = m[1] ? Number(m[1]) : yearForMonth(today, month);
      const d = { year, month, day: new Date(Date.UTC(year, month, 0)).getUTCDate() };
      if (compareLocalDates(d, addDays(today, 31)) > 0) return null;
      return { period: formatLocalDate(d), kind: 'snapshot' };
    },
  },
  {
    // 一、二季度 / 第一、第二季度: each quarter of a list that names 季度 once, the ones before its last word.
    // The members are written alike (all with 第 or none), so a numbered line 一、第四季度… is no list of quarters.
    re: new RegExp(
      `(?:(\\d{4})年(?:度)?)?(?:第([一二三四1-4])(?=\\s*[、和及与]\\s*第[一二三四1-4](?:\\s*[、和及与]\\s*第[一二三四1-4])*\\s*季度)` +
        `|(?<![第\\d])([一二三四1-4])(?=\\s*[、和及与]\\s*[一二三四1-4](?:\\s*[、和及与]\\s*[一二三四1-4])*\\s*季度))`,
      'g',
    ),
    resolve(m, today) {
      const q = num((m[2] ?? m[3])!);
      if (!(q >= 1 && q <= 4)) return null;
      return { period: `${m[1] ? Number(m[1]) : yearForPart(today, q * 3 - 2)}-Q${q}`, kind: 'quarter' };
    },
  },
  {
    // 2026年第四季度 / 第四季度 / 四季度 / 本季度 / 上季度 / Q4
    re: new RegExp(`(?:(\\d{4})年(?:度)?)?(?:第?${NUM}季度|(本|上一?个?|这个?)季度|Q([1-4]))`, 'gi'),
    resolve(m, today) {
      let q: number;
      if (m[2]) q = num(m[2]);
      else if (m[4]) q = Number(m[4]);
      else {
        q = quarterOf(today.month) - (m[3]!.startsWith('上') ? 1 : 0);
        if (q === 0) return { period: `${(m[1] ? Number(m[1]) : today.year) - 1}-Q4`, kind: 'quarter' };
        return { period: `${m[1] ? Number(m[1]) : today.year}-Q${q}`, kind: 'quarter' };
      }
      if (!(q >= 1 && q <= 4)) return null;
      const year = m[1] ? Number(m[1]) : yearForPart(today, q * 3 - 2);
      return { period: `${year}-Q${q}`, kind: 'quarter' };
    },
  },
  {
    // 2026年11月 / 今年11月 / 去年12月 / 11月份 / 11月 (but not 11月26日, nor 12月中旬 / 5月中下旬 / 12月初 / 12月第一周: a time, no period);
    // 10月4人次: a figure with its measure word right after the month is that month's figure, not a day; so is a
    // number no day can be (10月76, 11月1,205).
    re: new RegExp(`(?:(\\d{4})年|(今年|本年|去年|上年))?${NUM}月(?:份)?(?!\\s*(?:(?=(?:3[01]|[12]\\d|0?[1-9])(?!\\d|[.,，]\\d))\\d(?!${FIGURE_WITH_MEASURE})|[零〇一二两三四五六七八九十]{1,3}[日号])|底|末|[上中下]{1,3}旬|初|第\\s*[一二三四五1-5]\\s*(?:周|个星期))`, 'g'),
    resolve(m, today) {
      const month = num(m[3]!);
      if (!(month >= 1 && month <= 12)) return null;
      const year = m[1] ? Number(m[1]) : m[2] ? today.year - (/去|上/.test(m[2]) ? 1 : 0) : yearForPart(today, month);
      return { period: monthPeriod(year, month), kind: 'month' };
    },
  },
  {
    re: /本月|当月|这个月|本月份/g,
    resolve: (_m, today) => ({ period: monthPeriod(today.year, today.month), kind: 'month' }),
  },
  {
    re: /上一?个?月份?/g,
    resolve: (_m, today) => {
      const prev = today.month === 1 ? { y: today.year - 1, m: 12 } : { y: today.year, m: today.month - 1 };
      return { period: monthPeriod(prev.y, prev.m), kind: 'month' };
    },
  },
  {
    // 2026年度 / 本年度 / 全年 / 今年 / 年度 / 2026年 (a year with nothing after it that makes it a date)
    // 2025年全年 / 去年全年: one mention of that year (全年 alone would say this year).
    // 2030—2034年 / 2030年至2034年: a span of years (a plan's horizon) has no period form; neither end is a period.
    // 2048学年度 / 上学年度: a school year (September to August, or July to June) is not a calendar year and has no period form;
    // its 年度 is not this year's.
    // WORD_TAIL_全: 食品安全年终考核 / 健全年报制度: 全 closing a word (安全, 健全, 完全, 齐全, 保全, 周全) with 年 after it is no 全年.
    re: /(\d{4})年(?:年?度|全年)|(?<!\d{4}年?\s*[-—–~～至到]\s*)(\d{4})年(?![\d一二三四五六七八九十零〇]{1,3}月|第|度|\s*[-—–~～至到]\s*\d{4}年)|(?:本年度|本年|今年|去年|上一?年度?)(?:全年)?|(?<![安健完齐保周])全年|(?<!学)年度/g,
    resolve(m, today) {
      if (m[1]) return { period: m[1], kind: 'year' };
      if (m[2]) return { period: m[2], kind: 'year' };
      if (/去年|上一?年/.test(m[0])) return { period: String(today.year - 1), kind: 'year' };
      return { period: String(today.year), kind: 'year' };
    },
  },
];

/**
 * Every period named in the text, in order of appearance. Overlapping matches keep the earlier rule's
 * (a snapshot wins over the month inside it).
 */
export function findPeriodMentions(text: string, at: Date, timezone: string): PeriodMention[] {
  return scanPeriods(text, at, timezone).found;
}

/**
 * NAMED_WITHOUT_FORM: 11月1日至20日 / 10-11月 — the spans a rule reads as a time the figures count but that names no single
 * period (NO_SINGLE_PERIOD), in order: the notice says its time, the contract has no form for it.
 */
export function formlessPeriodSpans(text: string, at: Date, timezone: string): Array<[number, number]> {
  return scanPeriods(text, at, timezone).formless;
}

function scanPeriods(text: string, at: Date, timezone: string): { found: PeriodMention[]; formless: Array<[number, number]> } {
  const today = localParts(at, timezone);
  const formless: Array<[number, number]> = [];
  const source = toHalfWidth(text);
  // which characters a mention already covers: overlap checks stay linear however many mentions a text holds
  const taken = new Uint8Array(source.length);
  const found: PeriodMention[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(source); m; m = rule.re.exec(source)) {
      if (m[0].length === 0) { rule.re.lastIndex++; continue; }
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).includes(1)) continue;
      const r = rule.resolve(m, today);
      if (!r) continue;
      taken.fill(1, start, end);
      if (r === NO_SINGLE_PERIOD) { formless.push([start, end]); continue; }
      found.push({ index: start, text: m[0], period: r.period, kind: r.kind });
    }
  }
  return { found: found.sort((a, b) => a.index - b.index), formless: formless.sort((a, b) => a[0] - b[0]) };
}

/** Human wording of a period: 2026年11月, 2026年第四季度, 2026年上半年, 2026年第49周, 截至2026年11月20日, 2026年度. */
export function describePeriod(period: string | null): string {
  if (!period) return '不限期';
  const kind = periodKind(period);
  if (kind === 'year') return `${period}年度`;
  if (kind === 'half') return `${period.slice(0, 4)}年${period.endsWith('1') ? '上' : '下'}半年`;
  if (kind === 'week') return `${period.slice(0, 4)}年第${Number(period.slice(6))}周`;
  if (kind === 'quarter') return `${period.slice(0, 4)}年第${'一二三四'[Number(period.slice(6)) - 1]}季度`;
  if (kind === 'month') return `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月`;
  return `截至${period.slice(0, 4)}年${Number(period.slice(5, 7))}月${Number(period.slice(8, 10))}日`;
}
