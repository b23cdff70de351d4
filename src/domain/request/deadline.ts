// When a notice's data is due: 11月30日前, 27号前, 周五下班前, 明天中午12点前, 月底前, 3天内, 12月5日17:00前, 明天截止.
import * as chrono from 'chrono-node';
import { parseChineseInteger } from '../numbers.js';
import { monthPeriod } from '../period.js';
import {
  addDays, compareLocalDates, daysInMonth, endOfLocalDay, isValidLocalDate, localParts, offsetMinutes,
  weekdayInWeek, weekdayOf, zonedDate, type LocalDate,
} from '../time.js';
import { ASK_VERB, BARE_HAND_OVER } from './detect.js';
import { spanEnd, spanStart, stopsOf } from '../text/stops.js';

export interface DeadlineMatch {
  deadline: Date;
  /** True when a clock time was stated (中午12点, 17:00); false for a day-only deadline (end of that day). */
  hasTime: boolean;
  /** Span of the phrase in the text, so the period finder can ignore it. */
  start: number;
  end: number;
  /** 报告月后的3天内 / 每季度结束后15日内: the month or quarter whose round this deadline closes. */
  round?: string;
  /**
   * ROUNDS_DUE_SAME_DAY: 年报次年1月20日前…月报次月20日前 — every round a schedule makes due on this same day, in the order
   * named (set only when there are several: each is counted, see choosePeriod).
   */
  rounds?: string[];
  /**
   * TASK_DAY_ONLY: every day the text gives is said of work to finish (确保7月30日前完成恢复任务), none of a hand-in; the
   * first of them is still returned, marked, so that a story's work day does not pass for a units' due day (kind.ts).
   */
  task?: boolean;
}

const CN = '[零〇一二两三四五六七八九十]{1,3}';
const N = `(?:\\d{1,2}|${CN})`;
/** A day named by its month and day (2026年12月14日 / 12月14日 / 2026-12-14). */
const DAY_OF_MONTH = `(?:\\d{4}年)?${N}月${N}[日号]?|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}`;
const DATE =
  `(?:\\d{4}年)?${N}月${N}[日号]?|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[/.]\\d{1,2}(?=\\s*(?:前|之前|以前|\\d{1,2}[:点]))|${N}[日号]` +
  `|今天|今日|今晚|当天|上报日|报送日|明天|明日|明早|明晚|后天|大后天|(?:本|这|下下|下|每)?个?(?:周|星期|礼拜)[一二三四五六日天]` +
  `|(?:本月|这个月|当月|下个?月)?(?:月底|月末)|${N}月份?(?:底|末)|(?:今年|本年)?(?:年底|年末)` +
  // (HOLIDAY_EVE_SAID_WITH_JIE: 元旦节前 / 五一节前 — the holiday said with 节 is the same holiday, see HOLIDAY_DAY)
  `|(?:元旦节?|五一节?|劳动节|国庆节?)(?=\\s*(?:之前|以前|前(?!后)))` +
  // QUARTER_END_DAY: 于季度末报送本季度… / 本季度末前 — the last day of the quarter the message is in (每季度末 is every round's,
  // 三季度末 a named quarter's: neither is read here)
  `|(?<![每一二三四1-4第上下])(?:本|这个|当)?季度?(?:末|底)(?![月后])` +
  // NEXT_DAY: 当日数据于次日12时前报送 — the day after the message's (次日 closing a window, 至次日20时, or said of an event is not)
  `|次日|翌日`;
/**
 * HOLIDAY_EVE: 元旦前 / 五一前 / 国庆前 — the eve of a holiday of fixed date, its next coming. (Holidays of the lunar calendar,
 * 春节前 / 中秋前, are left unread: their day moves from year to year, and the lead is asked for the day instead.)
 */
const HOLIDAY_DAY: Readonly<Record<string, { month: number; day: number }>> = {
  元旦: { month: 1, day: 1 }, 元旦节: { month: 1, day: 1 }, 五一: { month: 5, day: 1 }, 五一节: { month: 5, day: 1 }, 劳动节: { month: 5, day: 1 },
  国庆: { month: 10, day: 1 }, 国庆节: { month: 10, day: 1 },
};
/**
 * A time of day said with no clock: 上午, 下午, 下班 …; 上午下班 / 中午下班 / 下午下班 (the end of that half day's work) are one
 * time, not two: 3月3日上午下班前 is noon on March 3rd (see todTime), where reading 上午 alone left 下班前 to fall on today.
 * HALF_DAY_WORK_START: 下周一上午上班前 / 下午上班前 likewise (the start of that half day's work); reading 上午 alone left 上班前
 * to fall on the next morning, a Saturday.
 */
// NIGHT_AND_MORNING_WORDS: 夜里11点 / 夜间12时 / 晚间 / 早晨, and 晚 or 早 right before a clock (25日晚8点前, 早8点前) are times of day
// too; read as no word, 晚11点 was 11 in the morning and 25日晚8点 the next 8 a.m. (早一点 / 晚一点 say sooner or later)
const TOD = '(?:(?:上午|中午|下午)(?:下班|上班)|上午|中午|下午|晚上|夜里|夜间|晚间|早上|早晨|傍晚|上班|下班' +
  '|(?<![最不较])[晚早](?=\\s*(?:\\d|[零〇两二三四五六七八九十]|一(?!点))))';
const CLOCK = `(?:\\d{1,2}|${CN})(?:[:：]\\d{2}|点(?:\\d{1,2}分?|${CN}分|半|整)?|时(?:\\d{1,2}分)?)`;
const MARK = '(?:之前|以前|前|截止|为止|止)';

// 本月25日前: the month word belongs to the deadline, not to the period. 12月5日（周五）前: an aside may sit before 前.
// DAY_THEN_ITS_CLOCK: 11月5日当天17:00之前 — 当天 between a day and its clock is that day's
const ABSOLUTE = new RegExp(
  `(本月|这个月|下个?月)?(${DATE})\\s*(?:[(（][^()（）]{1,6}[)）])?\\s*(?:的)?\\s*(?:当天|当日)?\\s*(${TOD})?\\s*(${CLOCK})?\\s*(?:[(（][^()（）]{1,6}[)）])?\\s*(${MARK})?`,
  'g',
);
const CLOCK_ONLY = new RegExp(`(${TOD})?\\s*(${CLOCK})\\s*(${MARK})|(${TOD})(前|之前)`, 'g');
const WITHIN = new RegExp(`(\\d{1,2}|${CN})\\s*个?(工作日|天|日)\\s*(?:之内|以内|内)`, 'g');
/** 本周内 / 这周之内 / 下周内 / 本月内 / 今天内: by the end of that week (Sunday), month or day. */
const WITHIN_SPAN = /(本周|这周|这个星期|本星期|下周|下个?星期|本月|这个月|当月|今天|今日|当天)\s*(?:之内|以内|内)/g;

// (于2042年5月底: a month's end said with its year keeps the year outside the date, see DATE)
/**
 * 报送时间：每月月末 / 截止时间为每月25日: a monthly round's day said after its label; 每月 between them does not cut the
 * lead (as 于每月5日 does not).
 */
const EACH_MONTH = '(?:每个?月(?:的)?\\s*)?';
// (最迟不超过12月3日 / 时间不超过12月3日 / 不迟于: a limit said as not passing the day)
// (时限：本周五 / 完成时限：12月5日 / 报送时限 / 时间要求：12月5日: a label of the time limit leads in the due day)
/** NEEDED_BY: …发我，周一要 / 明天要用: the day the figures are wanted, said at the end of the clause, is when they are due. */
const NEEDED_BY = /^\s*(?:就)?要(?:用)?\s*(?:[，,。；;！!～~\n]|$)/;
const LEAD_IN = new RegExp(`(?:(?:于|在|截止时间|截止日期|截止期限|最迟|最晚|务必|限|期限|时限|时间要求)\\s*(?:为|是|:|：)?\\s*(?:不得?(?:超过|晚于|迟于))?|不得?(?:超过|晚于|迟于))\\s*(?:\\d{4}年)?\\s*${EACH_MONTH}$`);
/**
 * 报表交报时间：2042年3月31日 / 报送时间为12月5日: a time label whose subject is the reporting leads in its due day (not
 * the first day of a reporting window, 填报时间：2月1日至4月15日, whose end is due).
 */
const REPORTING_TIME_LEAD = new RegExp(`(?:报送|上报|填报|交报|上交|提交)(?:时间|日期)\\s*(?:为|是|:|：)?\\s*(?:\\d{4}年)?\\s*${EACH_MONTH}$`);
/**
 * SUPERSEDED_DUE_DAY: 原定11月30日前报送的… / 原定于11月30日截止的…，截止时间延长至12月5日 — the old due day of a notice that moves
 * it is no due day any more; the day the change names (CHANGED_TO) is.
 */
const OLD_DAY_BEFORE = /(?:原定|原计划|原要求|原通知|原规定|原截止(?:时间|日期)?(?:为|是)?)\s*(?:于|在|的)?\s*(?:\d{4}年)?$/;
// (原定周五前报送的…调整为下周二: the days may be said by their weekday, as any due day)
const CHANGED_TO_AFTER = new RegExp(`(?:调整为|调整到|调整至|改为|改到|改成|延长至|延长到|延至|延期至|延期到|推迟至|推迟到|顺延至|顺延到|提前至|提前到)\\s*(?:${DATE})`);
/**
 * DUE_MOVE: 原定周五报送的低保户数调整为下周二 / 原定于11月30日截止的…，截止时间延长至12月5日 — a sentence that names the old due day
 * of a hand-in (原定 / 原计划 …) and the day it is moved to. It changes an open request; it is no ask of its own.
 */
const DUE_MOVE = new RegExp(`原(?:定|计划|要求|通知|规定)[^。；;\\n]{0,40}?(?:${DATE})[^。；;\\n]{0,40}?(?:调整为|调整到|调整至|改为|改到|改成|延长至|延长到|延至|延期至|延期到|推迟至|推迟到|顺延至|顺延到|提前至|提前到)\\s*(?:${DATE})[^。；;\\n]*`, 'g');

/** The sentences of a text that move a due day (DUE_MOVE). */
export function dueMoveSentences(text: string): string[] {
  return [...text.matchAll(DUE_MOVE)].map((m) => sentenceAround(text, m.index!, m.index! + m[0].length));
}

/** CHANGED_TO: …截止时间延长至12月5日 — the day a change of due time names is due, with or without 前. */
const CHANGED_TO = /(?:调整为|调整到|调整至|改为|改到|改成|延长至|延长到|延至|延期至|延期到|推迟至|推迟到|顺延至|顺延到|提前至|提前到)\s*(?:\d{4}年)?$/;
const OPENS_SPAN = /^\s*(?:[(（][^()（）]{1,6}[)）])?\s*(?:起)?\s*(?:至|到|—|－|~|～)/;
const SNAPSHOT_LEAD = /(?:截至|截止到|截止至|截至到|截止|截至目前)\s*$/;
const BIRTH_AFTER = /^\s*(?:前|以前|之前|后|以后)?\s*(?:出生|年满|满\d|周岁)/;
/**
 * 2038年12月31日前建成的农村户厕: a day with 前 followed by what was done by then and 的 bounds the things counted (they are
 * counted as of that day, see boundDays in period-choice.ts); it is no due day. (…前报送的 / …前将… are asks; …前出生的 is
 * an age, see BIRTH_AFTER.)
 */
export const COUNT_BOUND_AFTER = /^\s*(?:已|已经)?(?!将|把|向|由|请|报|上报|填报|报送|提交|完成|出生)[\u4e00-\u9fa5]{1,3}的/;
/**
 * 2042年12月31日以前经编制部门批准成立、执行…制度的各级各类单位 / 今年5月底以前实际已播种的农作物面积: a day with 前 that opens a
 * relative clause (what was so by then, closed by 的 before the clause ends) bounds the units or things covered, however
 * long the clause and whether the day is past or ahead; the clause asks nothing (…前按要求的格式报送 and …前将…报 do).
 */
const BOUND_CLAUSE = /^\s*(?!将|把|向|由|请|按|报|上报|填报|报送|提交|完成|出生)[^，,。；;：:\n]{1,40}?的[^，,。；;：:\n]*/;

function opensBoundClause(after: string): boolean {
  const m = BOUND_CLAUSE.exec(after);
  return m !== null && !ASK_VERB.test(m[0]);
}

/**
 * 请于8月16日前填好安全巡查记录表 / 609表信息化情况于3月10日24时前网上填报: every day a notice sets as due (the units'
 * deadline, or another part's day), never an item's words.
 */
export function dueDays(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(ABSOLUTE)) {
    if (m[5] && /前$/.test(m[5])) out.push([m.index!, m.index! + m[0].length]);
  }
  return out;
}

/** The days that open a bounding clause (see BOUND_CLAUSE): part of what the clause describes, never an item's words. */
export function boundingDays(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(ABSOLUTE)) {
    const mark = m[5];
    if (mark && /前$/.test(mark) && opensBoundClause(text.slice(m.index! + m[0].length))) out.push([m.index!, m.index! + m[0].length]);
  }
  return out;
}
const MOMENT_LEAD = /(?:时点|时间点)\s*(?:为|是|:|：)?\s*(?:每个?[月年季周])?\s*$/;
/**
 * 统计数据填写的截止时间为12月31日, 各乡镇上报截止时间为2月27日: a 截止时间 whose subject is the data says up to when the
 * figures run (see data-dates in period-choice.ts), not when they are due; the one whose subject is the reporting is due.
 */
/**
 * AS_THE_STANDARD: 以11月30日24时为准 / （以11月30日24时数据为准）— the day the figures are taken as of, said as the standard they
 * are counted by; never when they are due, whatever clock it carries.
 */
const STANDARD_LEAD = /以\s*$/;
const STANDARD_AFTER = /^[^，,。；;\n]{0,12}?为(?:准|基准|统计时点)/;
const DATA_CUTOFF_LEAD = /(?:数据|资料|台账)[^，,。；;、\n]{0,8}?截止(?:时间|日期)\s*(?:为|是|:|：)?\s*$/;
/**
 * CUTOFF_BESIDE_THE_ASK: 以上数据请于12月8日前报送，截止时间为11月30日 — a day led by a bare cut-off word (截止时间为 / 截止到 /
 * 截止), whose own clause hands nothing in, beside a day the ask governs in the same sentence (请于…前报送 / …前上报) says up to
 * when the data runs, not when it is due: the ask's day is due. (各镇街上报截止时间为… names the reporting as its subject and
 * is due; a cut-off said alone is due too.)
 */
const CUTOFF_WORD = /(?:截止(?:时间|日期|期限)?|截至(?:时间|日期)?|截止到|截止至)\s*(?:为|是|:|：)?\s*(?:\d{4}年)?\s*$/;

/** The days a CUTOFF_BESIDE_THE_ASK sets apart as the data's cut-off: where each date stands, its words and its day. */
export function cutoffsBesideTheAsk(text: string, today: LocalDate): Array<{ start: number; date: string; day: LocalDate }> {
  const cutoffs: Array<{ start: number; date: string; day: LocalDate }> = [];
  const governed: Array<{ start: number; day: LocalDate }> = [];
  ABSOLUTE.lastIndex = 0;
  for (let m = ABSOLUTE.exec(text); m; m = ABSOLUTE.exec(text)) {
    const [whole, , date, , , mark] = m;
    const day = resolveDeadlineDate(date!, today);
    if (!day) continue;
    const lead = text.slice(Math.max(0, m.index - 16), m.index);
    const clauseBefore = text.slice(clauseStartOf(text, m.index), m.index);
    const clause = clauseAfter(text, m.index + whole!.length);
    if (CUTOFF_WORD.test(lead) && !REPORTING_UNTIL.test(lead) && !HAND_IN.test(clauseBefore) && !HAND_IN.test(clause)) {
      cutoffs.push({ start: m.index + whole!.indexOf(date!), date: date!, day });
    } else if (mark && /前$/.test(mark) && ASK_VERB.test(clause)) governed.push({ start: m.index, day });
  }
  return cutoffs.filter((c) => governed.some((g) => {
    const [from, to] = sentenceSpan(text, g.start);
    return c.start >= from && c.start < to && compareLocalDates(c.day, g.day) < 0;
  }));
}

/**
 * 调查内容…2051年和2050年与体育相关的营业收入…调查数据截止时间为2052年8月31日 (written in May 2052): where the same paragraph
 * already gives the figures their years, all ended before the message, a data cut-off still ahead cannot be the time they
 * are counted for; it closes the collection, so it is the due day (a cut-off that may be a snapshot — 截至12月31日 said in
 * December, or one with no years named beside it — stays one).
 */
export function closesNamedYears(text: string, index: number, day: LocalDate, today: LocalDate): boolean {
  if (compareLocalDates(day, today) <= 0) return false;
  const start = text.lastIndexOf('\n', index) + 1;
  const years = [...text.slice(start, index).matchAll(/(?<!\d)(\d{4})年(?!\d{1,2}月|底|末|[上下]半年|第?[一二三四1-4]季度|前)/g)].map((m) => Number(m[1]));
  return years.length > 0 && years.every((y) => y < today.year);
}
/** 上报时间截至2034年3月1日: 截至 whose subject is the reporting itself says until when it runs, which is the due day. */
const REPORTING_UNTIL = /(?:上报|报送|填报|提交)(?:时间|日期|期限|时限)\s*(?:为|是|:|：)?\s*(?:截至|截止到|截止至|截止)\s*$/;
/** …日至4月15日: the end of a span of days (its start is weak on its own). */
const WINDOW_BEFORE = /\d{1,2}[日号]\s*(?:至|到|—|－|~|～)\s*$/;
/**
 * 填报时间：… / 报送时间为… / a heading 二、填报日期 with the span on the next line: the label that makes a span of days a
 * reporting window (填报1月1日至6月30日发生的数据 is not one). 上报开网时间为10月25日至11月5日 / 开网时间：每月15日至次月5日 is
 * the same window said of the reporting system: the days it is open for filing, due at the last.
 */
const WINDOW_LABEL = /(?:(?:填报|报送|上报)(?:开网)?|开网)(?:时间|日期|时限|期限)(?:\s*[:：]?\s*\n)?[^。；;\n]{0,16}$/;
/**
 * 于3月10日至20日登录…系统填报 / 在5月1日至10日期间报送: a span of days said as when the units act, in a sentence that hands
 * something in, is a reporting window too; its start is no due day.
 */
const LED_SPAN_BEFORE = new RegExp(`(?:于|在)\\s*(?:\\d{4}年)?${N}月${N}[日号]?\\s*(?:至|到|—|－|~|～)\\s*$`);
/** 提交 / 报送 / 报县商务局: handing something in (统计, 摸底 and 核查 are work, not the hand-in). */
const HAND_IN = /提交|报送|上报|填报|补报|上交|送交|交至|送至|报(?:县|市|区|省|局|办|乡|镇)/;
/**
 * （一）自查阶段（5月30日至6月30日）。…将材料提交县商务局: a stage of a schedule whose span is given in brackets and whose
 * line hands something in is due at the span's end (a stage that only does the work — 审查, 公布 — is no due day).
 */
const STAGE_SPAN_BEFORE = new RegExp(`阶段\\s*[(（]\\s*(?:\\d{4}年)?${N}月${N}[日号]?\\s*(?:至|到|—|－|~|～)\\s*$`);
const WITHIN_TASK = /^\s*(?:完成|做好|开展|组织)/;
/** 每月28日至30日报告当月… / 12月8日至10日报送全年…: a span of days followed by the reporting itself is a window too. */
const WINDOW_REPORT = /^\s*(?:报告|报送|上报|填报|提交|报(?![到名]))/;
/** …2月16日起至3月31日止 / 10月1日至: the end of a span of days, whose start stands right before it. */
const SPAN_END_BEFORE = new RegExp(`((?:\\d{4}年)?(${N})月(${N})[日号]?)\\s*(?:[(（][^()（）]{1,6}[)）])?\\s*(?:起|开始)?\\s*(?:至|到|—|－|~|～)\\s*$`);
/**
 * 每天将当日…报 / 每周五…报送 / 每月5日前报: an ask that recurs. Where a notice asks in rounds, a span of days said apart
 * from a reporting window (报告时段：自2月16日起至3月31日止) is the stretch the rounds run through: its end is when the
 * schedule stops, not a due day.
 */
const PERIODIC_ASK = new RegExp(`(?:每天|每日|每个工作日|每(?:个)?(?:周|星期)[一二三四五六日天]?|每(?:个)?月|每旬)[^。；;\\n]{0,40}?(?:${ASK_VERB.source})`);
/** 每天将当日…报 / 每日报送: a daily round. */
const DAILY_ASK = new RegExp(`(?:每天|每日|每个工作日)[^。；;\\n]{0,40}?(?:${ASK_VERB.source})`);

/**
 * 5月16日报送：… — a date followed by the reporting itself (an aside in brackets may stand between them: 每月8日（逢节假日
 * 顺延至节后第一个工作日）报送). In chat the hand-over may be a bare 交 / 给我 ending the clause (下周一交, 明天交一下; BARE_HAND_OVER).
 */
/**
 * DAY_THEN_FRONTED_ASK: 各镇街：今天把低保户数报一下 / 明天将花名册报送 — a day followed by 把/将, the thing handed, and the ask in
 * the same clause is when it is handed (the day word alone with 把 before the verb had left the notice with no due day).
 */
const FRONTED_ASK = String.raw`(?:把|将)[^，,。；;！!？?\n]{1,30}?(?:${ASK_VERB.source})`;
const REPORTED_ON = new RegExp(String.raw`^\s*(?:[(（][^()（）]{1,30}[)）]\s*)?(?:(?:报送|上报|填报|提交)(?![的了过])|${BARE_HAND_OVER.source}|${FRONTED_ASK})`);
/** 自8月21日开始，每周… / 从6月7日起… */
const ROUND_BEGINS = /^\s*(?:起|开始)/;
/**
 * ROUND_WITH_ITS_OWN_DAY: 12月1日起，请每周四18:00前报送 / 自2027年1月起，每月5日前报送上月… — a schedule's start followed by a
 * round that names its own day (a weekday, a day of the month, a daily clock). The start is no due day then: the first round is
 * the round's own day on or after the start (ROUND_FROM_ITS_START). (自11月30日开始，每周向…报送 names no day of its own: the
 * start is its first round's day.)
 */
const ROUND_OWN_DAY = new RegExp(`每(?:个)?(?:周|星期|礼拜)[一二三四五六日天]|每个?月(?:的)?\\s*${N}[日号]|每(?:天|日|个工作日)[^。；;\\n]{0,12}?${CLOCK}`);
/** A schedule's start said before a round (自12月1日起 / 12月1日开始): its first round is on or after that day. */
const ROUND_OPENS = new RegExp(`((?:\\d{4}年)?${N}月${N}[日号]?)\\s*(?:[(（][^()（）]{1,6}[)）])?\\s*(?:起|开始|以后)`, 'g');

/**
 * ROUND_FROM_ITS_START: the start of the schedule a round's day (每周四 / 每月5日) belongs to, named before it in its sentence or
 * the one before, when that start is still ahead; null otherwise (the round runs already, and its next day is due).
 */
function roundOpensAhead(text: string, at: number, today: LocalDate): LocalDate | null {
  const [sentenceStart] = sentenceSpan(text, at);
  const previous = sentenceStart > 0 ? sentenceSpan(text, sentenceStart - 1)[0] : sentenceStart;
  const head = text.slice(previous, at);
  let start: LocalDate | null = null;
  for (const m of head.matchAll(ROUND_OPENS)) start = resolveDeadlineDate(m[1]!, today) ?? start;
  return start && compareLocalDates(start, today) > 0 ? start : null;
}
const RECURRING_ASK = new RegExp(`每(?:周|星期|天|日|个工作日|月|旬)[^。；;\\n]{0,30}?(?:${ASK_VERB.source})`);
const LIST_NEXT = /^\s*[、和及与]\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号]/;
/** 春节 / 中秋 / 端午 / 清明 (lunar or moving holidays), 年后 / 节后 / 过年, 开学 / 放假 / 收假: events whose day the text does not fix. */
export const MOVING_EVENT = String.raw`春节|中秋|端午|清明|过年|过完年|年后|节后|开学|收假`;
const AFTER_MOVING_EVENT = new RegExp(String.raw`(?:${MOVING_EVENT})(?:节)?\s*(?:后|之后|以后|过后)?\s*(?:上班|开工|收假|返岗)?\s*(?:第\s*[一二三1-3]\s*(?:天|个?工作日))?\s*(?:上午|下午|中午|早上|晚上)?\s*$`);
const OTHER_ROUNDS = /每(?![天日]|个工作日)[^。；;\n]{0,8}?(?:天|日|周|星期|月|旬|季)/;
/** What may stand between the dates of a list: 、15日（正月初三）和18日 */
const LIST_JOIN = /^\s*(?:[(（][^()（）]{1,6}[)）])?\s*(?:[、,，和及与]\s*(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号]\s*(?:[(（][^()（）]{1,6}[)）])?\s*)?)+$/;

/** 次月5日前: the day of the month after the round (a standing monthly report's due day, said of each round). */
const NEXT_MONTH_BEFORE = /次月\s*$/;
/** NEXT_YEAR_BEFORE: 年报次年1月20日前 — the day in the year after the round (a standing yearly report's due day). */
const NEXT_YEAR_BEFORE = /(?:次年|翌年)\s*$/;
const TASK_AFTER = /完成|竣工|召开|举办|开展|到位|建立|组织|结束/;

/**
 * 报送工作于… / 上报时间须在… / 填报工作力争于2042年5月底完成: the reporting itself is what the date is said of (a word of
 * effort and the date's own year may stand between).
 */
const REPORTING_SUBJECT = new RegExp(`(?:${ASK_VERB.source})(?:工作|任务)?\\s*(?:须|应|要|需|力争|争取|确保|务必)?\\s*(?:于|在)?\\s*(?:\\d{4}年)?\\s*$`);

/**
 * Any date: where the action said of one date ends and the next date's begins (本月28日 and a bare 28日 too: 请于本月25日前完成排查，
 * 并于本月28日前报送 — the hand-in's day is the second, the first a task's).
 */
const ANY_DATE = new RegExp(`(?:\\d{4}年)?${N}月${N}[日号]|\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|(?:[本下次]月|(?<![\\d月]))\\d{1,2}[日号]`, 'g');

/**
 * What a due day is said of: what follows it up to the next date or the end of the sentence (于9月30日前，根据下发的升级包，
 * 按流程完成系统升级 — a task), unless the reporting itself stands right before it (报送工作于12月15日前完成 — the reporting
 * is what is due). It is a task's day when that names a task and no reporting.
 */
function isTaskDay(text: string, start: number, end: number): boolean {
  const from = spanStart(stopsOf(text, CLAUSE_MARK), start);
  const [, sentenceEnd] = sentenceSpan(text, start, end);
  ANY_DATE.lastIndex = end;
  const next = ANY_DATE.exec(text);
  const to = next && next.index < sentenceEnd ? next.index : sentenceEnd;
  const after = text.slice(end, to);
  if (!TASK_AFTER.test(after) || ASK_VERB.test(after)) return false;
  return !REPORTING_SUBJECT.test(text.slice(from, start));
}

/** From a date to the end of its clause: what is due then. */
function clauseAfter(text: string, from: number): string {
  return text.slice(from, spanEnd(stopsOf(text, CLAUSE_MARK), from, text.length));
}

/** The sentence (up to 。；; or a line break) that holds text[start, end). */
function sentenceSpan(text: string, start: number, end = start): [number, number] {
  const stops = stopsOf(text, SENTENCE_MARK);
  return [spanStart(stops, start), spanEnd(stops, end, text.length)];
}

const SENTENCE_MARK = /[。；;\n]/;
const CLAUSE_MARK = /[。；;，,\n]/;

function sentenceAround(text: string, start: number, end: number): string {
  return text.slice(...sentenceSpan(text, start, end));
}

const num = (s: string): number => (/^\d+$/.test(s) ? Number(s) : parseChineseInteger(s) ?? NaN);
const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/** A date as a deadline: the next such date on or after today (a period snapshot would look backwards instead). */
export function resolveDeadlineDate(expr: string, today: LocalDate): LocalDate | null {
  const t = expr.trim();
  let m = new RegExp(`^(?:(\\d{4})年)?(${N})月(${N})[日号]?$`).exec(t);
  if (m) {
    const month = num(m[2]!), day = num(m[3]!);
    let year = m[1] ? Number(m[1]) : today.year;
    if (!m[1] && compareLocalDates({ year, month, day }, addDays(today, -60)) < 0) year++;
    return valid({ year, month, day });
  }
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t);
  if (m) return valid({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  m = /^(\d{1,2})[/.](\d{1,2})$/.exec(t);
  if (m) {
    const month = Number(m[1]), day = Number(m[2]);
    let year = today.year;
    if (compareLocalDates({ year, month, day }, addDays(today, -60)) < 0) year++;
    return valid({ year, month, day });
  }
  m = new RegExp(`^(${N})[日号]$`).exec(t);
  if (m) {
    const day = num(m[1]!);
    if (day >= today.day) return valid({ year: today.year, month: today.month, day });
    const next = today.month === 12 ? { year: today.year + 1, month: 1 } : { year: today.year, month: today.month + 1 };
    return valid({ ...next, day });
  }
  const holiday = HOLIDAY_DAY[t];
  if (holiday) {
    const day = { year: today.year, ...holiday };
    return addDays(compareLocalDates(day, today) <= 0 ? { ...day, year: today.year + 1 } : day, -1);
  }
  if (/^(今天|今日|今晚|当天)$/.test(t)) return today;
  if (/^(次日|翌日)$/.test(t)) return addDays(today, 1);
  if (/^(?:本|这个|当)?季度?(?:末|底)$/.test(t)) {
    const month = Math.ceil(today.month / 3) * 3;
    return { year: today.year, month, day: daysInMonth(today.year, month) };
  }
  if (/^(明天|明日|明早|明晚)$/.test(t)) return addDays(today, 1);
  if (t === '后天') return addDays(today, 2);
  if (t === '大后天') return addDays(today, 3);
  m = /^(本|这|下下|下|每)?个?(?:周|星期|礼拜)([一二三四五六日天])$/.exec(t);
  if (m) {
    // 每周三: a weekly report's next round, the coming Wednesday (today if it is one)
    if (m[1] === '每') {
      const d = weekdayInWeek(today, WEEKDAY[m[2]!]!, 0);
      return compareLocalDates(d, today) < 0 ? addDays(d, 7) : d;
    }
    const week = m[1] === '下' ? 1 : m[1] === '下下' ? 2 : 0;
    const d = weekdayInWeek(today, WEEKDAY[m[2]!]!, week);
    // A bare 周一 said on a Wednesday means the coming Monday.
    return !m[1] && compareLocalDates(d, today) < 0 ? addDays(d, 7) : d;
  }
  m = new RegExp(`^(${N})月份?(?:底|末)$`).exec(t);
  if (m) {
    const month = num(m[1]!);
    if (!(month >= 1 && month <= 12)) return null;
    // As for 11月30日: a month end long past means next year's.
    let year = today.year;
    if (compareLocalDates({ year, month, day: daysInMonth(year, month) }, addDays(today, -60)) < 0) year++;
    return { year, month, day: daysInMonth(year, month) };
  }
  if (/^(?:今年|本年)?(?:年底|年末)$/.test(t)) return { year: today.year, month: 12, day: 31 };
  m = /^(本月|这个月|当月|下个?月)?(?:月底|月末)$/.exec(t);
  if (m) {
    const next = m[1]?.startsWith('下');
    const ym = next ? (today.month === 12 ? { year: today.year + 1, month: 1 } : { year: today.year, month: today.month + 1 }) : today;
    return { year: ym.year, month: ym.month, day: daysInMonth(ym.year, ym.month) };
  }
  return null;
}

function valid(d: LocalDate): LocalDate | null {
  return Number.isFinite(d.year) && Number.isFinite(d.month) && Number.isFinite(d.day) && isValidLocalDate(d) ? d : null;
}

/** Hour and minute of a clock phrase (下午3点 → 15:00, 中午12点 → 12:00, 17:00 → 17:00). */
export function parseClock(tod: string | undefined, clock: string): { hour: number; minute: number } | null {
  const m = new RegExp(`^(\\d{1,2}|${CN})(?:[:：](\\d{2})|点(?:(\\d{1,2})分?|(${CN})分|(半)|整)?|时(?:(\\d{1,2})分)?)$`).exec(clock.trim());
  if (!m) return null;
  let hour = num(m[1]!);
  const minute = m[2] ? Number(m[2]) : m[3] ? Number(m[3]) : m[4] ? num(m[4]) : m[5] ? 30 : m[6] ? Number(m[6]) : 0;
  // EVENING_TWELVE: 晚上12点 / 今晚12点 / 夜里12点 is the day's end, not noon (下午15时 stays 15:00: a 24-hour figure is taken
  // as said); 夜里1点 is one in the night, not in the afternoon
  if (tod && /晚|夜/.test(tod) && hour === 12) hour = 24;
  else if (tod && /夜/.test(tod) && hour >= 6 && hour < 12) hour += 12;
  else if (tod && /下午|晚|傍晚/.test(tod) && hour < 12) hour += 12;
  if (tod === '中午' && hour <= 2) hour += 12;
  if (!(hour >= 0 && hour <= 24 && minute >= 0 && minute < 60)) return null;
  return hour === 24 ? { hour: 23, minute: 59 } : { hour, minute };
}

/**
 * A time-of-day word with no clock: 下班/晚上 end the day; 上午/中午 (and 上午下班) mean noon; 下午 (and 下午下班) means six;
 * 上班 (and 上午上班) means nine, 下午上班 two.
 */
function todTime(tod: string): { hour: number; minute: number } | null {
  if (/上班/.test(tod)) return /下午|中午/.test(tod) ? { hour: 14, minute: 0 } : { hour: 9, minute: 0 };
  if (/上午|早上|早晨|中午/.test(tod)) return { hour: 12, minute: 0 };
  if (/下午|傍晚/.test(tod)) return { hour: 18, minute: 0 };
  return null; // 下班, 晚上
}

function addWorkdays(d: LocalDate, n: number): LocalDate {
  let cur = d;
  while (n > 0) {
    cur = addDays(cur, 1);
    if (weekdayOf(cur) <= 5) n--;
  }
  return cur;
}

function build(day: LocalDate, time: { hour: number; minute: number } | null, timezone: string, start: number, end: number): DeadlineMatch {
  return time
    ? { deadline: zonedDate(day, time.hour, time.minute, 0, timezone), hasTime: true, start, end }
    : { deadline: endOfLocalDay(day, timezone), hasTime: false, start, end };
}

/** 自…起 / 从…起 / …至… before a clock in the same sentence: the first day of a recurring report. */
const ROUND_START = new RegExp(`(?:自|从)?((?:\\d{4}年)?${N}月${N}[日号]?)\\s*(?:[(（][^()（）]{1,6}[)）])?\\s*(?:起|开始|以后|至|到|—|-|~)`, 'g');

/**
 * 从1月12日起，每天下午4点前…: the first day of a daily round, named in the clock's sentence or, when that names none,
 * in the sentence before it (2月4日至16日，启动…日报制度。样本企业于每日12时前报送…).
 */
function firstDayOfRound(text: string, clockAt: number, today: LocalDate): LocalDate | null {
  const [sentenceStart] = sentenceSpan(text, clockAt);
  const before = text.slice(sentenceStart, clockAt);
  if (!/每天|每日|当日|当天/.test(before + text.slice(clockAt, clockAt + 4))) return null;
  const previous = sentenceStart > 0 ? text.slice(sentenceSpan(text, sentenceStart - 1)[0], sentenceStart) : '';
  for (const t of [before, previous]) {
    ROUND_START.lastIndex = 0;
    const m = ROUND_START.exec(t);
    if (m) return resolveDeadlineDate(m[1]!, today);
  }
  return null;
}

const FIRST_ISSUE = new RegExp(`(${DATE})\\s*(?:上报|报送|报)(?:第一期|首期)`);

/** 5月9日上报第一期: the day of a series' first issue, named in the sentence before `at`. */
function firstIssueDay(text: string, at: number, today: LocalDate): LocalDate | null {
  const start = Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1;
  const m = FIRST_ISSUE.exec(text.slice(start, at));
  return m ? resolveDeadlineDate(m[1]!, today) : null;
}

/**
 * 首次报送时间为12月14日 / 第一次上报于12月16日 / 12月16日首次上报: the day a series' first round is due, named outright
 * anywhere in the notice. A weekly round (每周一上午12点前报送) is not due before it: the rounds start then.
 */
const FIRST_ROUND_SAID = new RegExp(
  `(?:首次|第一次)\\s*(?:报送|上报|填报|报)(?:的)?\\s*(?:时间|日期)?\\s*(?:为|是|定为|：|:)?\\s*(?:于|在)?\\s*(${DAY_OF_MONTH})` +
    `|(${DAY_OF_MONTH})\\s*(?:[(（][^()（）]{1,6}[)）])?\\s*(?:首次|第一次)\\s*(?:报送|上报|填报|报)`,
);

function firstRoundSaid(text: string, today: LocalDate): LocalDate | null {
  const m = FIRST_ROUND_SAID.exec(text);
  return m ? resolveDeadlineDate((m[1] ?? m[2])!, today) : null;
}

/**
 * 每年1月、4月、7月、10月的8日之前 / 时间为3月、6月和9月的27日至30日: one day (or window of days) in each of a list of
 * months. The round due next is the first of them still ahead.
 */
const MONTH_LIST_DAY = new RegExp(
  `((?:${N}月?\\s*[、，,和及与]\\s*)+${N}月份?)\\s*的?\\s*(${N})[日号]` +
    `(?:\\s*(?:至|到|—|－|~|～)\\s*(${N})[日号])?\\s*(${TOD})?\\s*(${CLOCK})?\\s*(${MARK})?`,
  'g',
);
const MONTH_LIST_LEAD = /(?:于|在|时间为|时间是|日期为|期限为)\s*(?:每年)?\s*$/;

function monthListDeadlines(text: string, today: LocalDate, timezone: string): Array<DeadlineMatch & { strong: boolean }> {
  const out: Array<DeadlineMatch & { strong: boolean }> = [];
  MONTH_LIST_DAY.lastIndex = 0;
  for (let m = MONTH_LIST_DAY.exec(text); m; m = MONTH_LIST_DAY.exec(text)) {
    const [whole, list, first, last, tod, clock, mark] = m;
    const months = list!.split(/[、，,和及与]/).map((x) => num(x.replace(/[月份\s]/g, ''))).filter((x) => x >= 1 && x <= 12);
    if (months.length < 2) continue;
    const day = num(last ?? first!);
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const after = text.slice(m.index + whole!.length);
    const strong = Boolean(mark || last || clock) || MONTH_LIST_LEAD.test(before) || WINDOW_REPORT.test(after);
    if (!strong) continue;
    const days = months.map((month) => {
      const d = { year: today.year, month, day };
      return compareLocalDates(d, today) < 0 ? { ...d, year: today.year + 1 } : d;
    }).filter((d) => isValidLocalDate(d)).sort(compareLocalDates);
    if (!days.length) continue;
    const time = clock ? parseClock(tod, clock) : null;
    out.push({ ...build(days[0]!, time, timezone, m.index, m.index + whole!.length), strong: true });
  }
  return out;
}

/**
 * A daily round (每天将当日…报) said with no clock is due at the end of its first day: the day its schedule starts
 * (自2月16日起, in its own sentence or a section before it) when that is ahead, else today; with no start named, never.
 */
function dailyRoundWithoutClock(text: string, today: LocalDate, timezone: string, found: DeadlineMatch[]): DeadlineMatch | null {
  const daily = DAILY_ASK.exec(text);
  if (!daily) return null;
  const sentence = sentenceSpan(text, daily.index);
  if (found.some((f) => f.start >= sentence[0] && f.start < sentence[1])) return null;
  // with no start named (原每周二上报的报表改为每日上报) the round has no day to be due on
  const start = roundStartBefore(text, sentence[1], today);
  if (!start) return null;
  const day = compareLocalDates(start.day, today) > 0 ? start.day : today;
  // the span is the round word alone: the rest of the sentence is the ask and its items
  return build(day, null, timezone, daily.index, daily.index + /^(?:每天|每日|每个工作日)/.exec(daily[0])![0].length);
}

/** The last 自…起 / …至… start of a schedule before `end`. */
function roundStartBefore(text: string, end: number, today: LocalDate): { day: LocalDate; index: number } | null {
  ROUND_START.lastIndex = 0;
  let last: { day: LocalDate; index: number } | null = null;
  const head = text.slice(0, end);
  for (let m = ROUND_START.exec(head); m; m = ROUND_START.exec(head)) {
    const day = resolveDeadlineDate(m[1]!, today);
    if (day) last = { day, index: m.index };
  }
  return last;
}

/**
 * 每季度结束后15日内报送（一、二季度数据均在7月15日前上报）: a due day said for named rounds together sets their due day
 * over the rule's: the rounds it names are due then, and the rule's own days for them are dropped.
 */
const DUE_TOGETHER = /((?:第?[一二三四1-4]\s*[、和及与]\s*)+第?[一二三四1-4])\s*季度[^，,。；;（）()]{0,8}?(?:均|都|统一|一并)\s*(?:在|于)?\s*$/;

function dueTogether(text: string, found: Array<DeadlineMatch & { strong: boolean }>, timezone: string): void {
  for (const f of [...found]) {
    const m = DUE_TOGETHER.exec(text.slice(Math.max(0, f.start - 30), f.start));
    if (!m) continue;
    const due = localParts(f.deadline, timezone);
    const quarters = m[1]!.split(/[、和及与]/).map((x) => num(x.replace(/[第\s]/g, '')));
    const rounds = quarters.map((q) => `${q * 3 - 2 > due.month ? due.year - 1 : due.year}-Q${q}`);
    for (let i = found.length - 1; i >= 0; i--) if (found[i]!.round && rounds.includes(found[i]!.round!)) found.splice(i, 1);
    f.round = rounds[0];
  }
}

/** 将每日20时至次日20时的疫情汇总: a daily round that runs from a clock one day to the same clock the next. */
export const DAILY_WINDOW = /每日\s*(\d{1,2})\s*[时点]\s*(?:至|到|—|－|-)\s*次日\s*(\d{1,2})\s*[时点]/;

/** The first day of the next daily window (today's when its clock is still ahead), or null. */
export function dailyWindowStart(text: string, at: Date, timezone: string): LocalDate | null {
  const w = DAILY_WINDOW.exec(text);
  if (!w) return null;
  const today = localParts(at, timezone);
  return zonedDate(today, Number(w[1]), 0, 0, timezone).getTime() > at.getTime() ? today : addDays(today, 1);
}

/** 12月第二周周五前: a numbered week of a month, right before a weekday (see findVagueDue). */
const WEEK_OF_A_MONTH_BEFORE = /第\s*[一二三四五1-5]\s*(?:周|个星期)\s*$/;

const ORDINAL_DAY = new RegExp(`第\\s*(${N})\\s*[日天]\\s*(${TOD})?\\s*(${CLOCK})?\\s*(${MARK})?`, 'g');

/** 于第三日中午12时前: the Nth day counted from the first day of the window a daily round reports (day one). */
function windowDays(text: string, at: Date, today: LocalDate, timezone: string): Array<DeadlineMatch & { strong: boolean }> {
  const start = dailyWindowStart(text, at, timezone);
  if (!start) return [];
  const out: Array<DeadlineMatch & { strong: boolean }> = [];
  ORDINAL_DAY.lastIndex = 0;
  for (let m = ORDINAL_DAY.exec(text); m; m = ORDINAL_DAY.exec(text)) {
    const n = num(m[1]!);
    if (!(n >= 1 && n <= 7) || (!m[3] && !m[4])) continue;
    const time = m[3] ? parseClock(m[2], m[3]) : m[2] ? todTime(m[2]) : null;
    out.push({ ...build(addDays(start, n - 1), time, timezone, m.index, m.index + m[0].length), strong: true });
  }
  return out.filter((f) => compareLocalDates(localParts(f.deadline, timezone), today) >= 0);
}

/** 2月2日进行一次模拟测试：当天15—17时，将…提交: a window of hours on a named day is due at its end. */
const CLOCK_WINDOW = /(?:当天|当日)\s*(\d{1,2})\s*(?:[:：]00)?\s*[—－\-~～至到]\s*(\d{1,2})\s*(?:[:：]00|[时点])/g;

function clockWindows(text: string, today: LocalDate, timezone: string): Array<DeadlineMatch & { strong: boolean }> {
  const out: Array<DeadlineMatch & { strong: boolean }> = [];
  CLOCK_WINDOW.lastIndex = 0;
  for (let m = CLOCK_WINDOW.exec(text); m; m = CLOCK_WINDOW.exec(text)) {
    const [from] = sentenceSpan(text, m.index);
    const dates = [...text.slice(from, m.index).matchAll(new RegExp(`((?:\\d{4}年)?${N}月${N}[日号])`, 'g'))];
    const day = dates.length ? resolveDeadlineDate(dates[dates.length - 1]![1]!, today) : null;
    const hour = Number(m[2]);
    if (!day || !(hour >= 0 && hour <= 24) || !ASK_VERB.test(clauseAfter(text, m.index + m[0].length) + text.slice(m.index + m[0].length, sentenceSpan(text, m.index)[1]))) continue;
    out.push({ ...build(day, { hour: Math.min(hour, 23), minute: hour === 24 ? 59 : 0 }, timezone, m.index, m.index + m[0].length), strong: true });
  }
  return out;
}

/**
 * 抓紧编制项目实施方案和初步设计，9月底前由各乡镇报县农业农村局审批 / 于9月25日前…制定本乡镇专项调查工作计划，报县领导小组
 * 办公室审核: the sentence of the day hands in a plan or a design for approval. What is due then is a document under review,
 * no figure: like a task's day, it is the notice's due day only when no other day is named.
 */
const DOCUMENT_FOR_APPROVAL = /(?:方案|工作计划|实施计划|初步设计|规划)(?!表)[^。；;\n]{0,40}?(?:报|送|交)[^。；;\n]{0,30}?(?:审批|审核|审定|批复)/;
/** 统计表 / 汇总数据 / 进展情况 in the same sentence: figures are handed in too, and the day is theirs. */
const FIGURES_IN_SENTENCE = /表|数据|台账|情况/;

function isDocumentForApprovalDay(sentence: string): boolean {
  const outsideNames = sentence.replace(/《[^《》]*》/g, '');
  return DOCUMENT_FOR_APPROVAL.test(outsideNames) && !FIGURES_IN_SENTENCE.test(outsideNames);
}

/** Every deadline-like phrase, strongest evidence first within text order. */
/**
 * COUNTED_FROM_AN_EVENT: 自收到物资之日起八个工作日内 / 接到县级救灾资金后8个工作日内 / 发放15日内 — days counted from an event of
 * the units' own (goods or funds reaching them, their hand-out), not from the day the notice is sent. The notice's own
 * receipt (收到本通知后3日内 / 接到通知之日起) is today, and stays counted from today.
 */
const EVENT_BEFORE = /(?:(收到|接到|领到|拿到|送达|到达|运抵|到位|下达|下拨|拨付)|(发放|分发|兑付|兑现))([^，,。；;\n]{0,10}?)(?:之日起|之日|以后|之后|后|起)?\s*(?:的)?\s*$/;
const NOTICE_ITSELF = /通知|文件|函|本|要求|任务/;
/**
 * EVENT_DAY: 定于3月19日统一配送到镇 / 资金将于7月10日下拨 — the day the notice fixes for such an event (goods or funds reaching the
 * units; their hand-out), said anywhere in the notice, the purpose included.
 */
const EVENT_DAY = new RegExp(`(?:定于|将于|拟于|计划于|预计于?|已于|于)\\s*((?:\\d{4}年)?${N}月${N}[日号])(?!\\s*(?:之|以)?前)[^，,。；;\\n]{0,14}?(?:(送达|配送|送到|运抵|到达|到位|下达|下拨|拨付)|(发放|分发|兑付|兑现))`, 'g');

/** The day a COUNTED_FROM_AN_EVENT count starts from: the one day the notice fixes for that kind of event; else none. */
function eventDayOf(whole: string, arrival: boolean, today: LocalDate): LocalDate | null | undefined {
  const days = new Set<string>();
  let day: LocalDate | null = null;
  EVENT_DAY.lastIndex = 0;
  for (let m = EVENT_DAY.exec(whole); m; m = EVENT_DAY.exec(whole)) {
    if (Boolean(m[2]) !== arrival) continue;
    const d = resolveDeadlineDate(m[1]!, today);
    if (!d) continue;
    days.add(`${d.year}-${d.month}-${d.day}`);
    day = d;
  }
  return days.size === 1 ? day : null;
}

/**
 * DATE_TABLE: 按下表的时间把调查表报县发改局：\n农户存粮情况调查：4月5日；\n油菜籽成本调查：7月1日… — a notice that hands in by a
 * table of its own times (按下表的时间 / 报送时间如下 / 上报时间一览表): the day that follows a row's label is that row's due day,
 * with no 前 of its own.
 */
const DATE_TABLE_LEAD = /(?:按|按照|依照|依)(?:下表|下列|以下|如下)[^。；;\n]{0,10}?(?:时间|日期|日子)[^。；;\n]{0,20}?(?:报|交|送)|(?:报送|上报|填报)(?:时间|日期)(?:如下|一览)/;
const TABLE_ROW_BEFORE = /^\s*[^，,。；;：:\n\d]{2,24}[：:]\s*$/;

export function findDeadline(raw: string, at: Date, timezone: string, whole: string = raw): DeadlineMatch | null {
  // 季后5日前 / 月后3日前: days counted from the end of the round, said with 前 as often as with 内 (same length: every
  // index stays put)
  const text = raw.replace(AFTER_ROUND_BEFORE, closeWithin);
  const today = localParts(at, timezone);
  const found: Array<DeadlineMatch & { strong: boolean }> = [...monthListDeadlines(text, today, timezone), ...windowDays(text, at, today, timezone)];
  const listed = found.map((f): [number, number] => [f.start, f.end]);
  const periodic = PERIODIC_ASK.test(text);

  const dateTable = DATE_TABLE_LEAD.test(text);
  ABSOLUTE.lastIndex = 0;
  // Dates that are not deadlines by themselves, kept in case a list hands them the next one's mark (see below).
  const tasks: number[] = [];
  const later: Array<DeadlineMatch & { strong: boolean }> = [];
  // THIS_ROUND_OVER_THE_RULE: the days of a recurring rule, and the days said of this round alone
  const ruleDays: number[] = [];
  const thisRound: Array<{ start: number; word: number }> = [];
  const weak: Array<{ day: LocalDate; start: number; end: number; strong: boolean }> = [];
  for (let m = ABSOLUTE.exec(text); m; m = ABSOLUTE.exec(text)) {
    const [whole, monthWord, date, statedTod, clock, mark] = m;
    if (listed.some(([s0, e0]) => m!.index < e0 && m!.index + whole!.length > s0)) continue;
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    // 截止时间为每个月的月底: a lead-in may stand further back than the 8 characters read before
    const leadText = text.slice(Math.max(0, m.index - 16), m.index);
    // 于第三日中午12时前: a day counted from a round's start, not a day of the month (see windowDays)
    if (/第\s*$/.test(before)) continue;
    // 12月第二周周五前: a weekday of a numbered week of a month is no day of this week (which week is the second is the
    // lead's to say: findVagueDue)
    if (/^(?:周|星期|礼拜)[一二三四五六日天]$/.test(date!) && WEEK_OF_A_MONTH_BEFORE.test(before)) continue;
    // NEXT_DAY: 次日 said as when the units hand in (于次日12时前 / ，次日上报), not the end of a window (至次日20时) or an event's next day
    if (/^(?:次日|翌日)$/.test(date!) && !/(?:^|[于在，,。；;、\s：:]|请|并|须|应|要)\s*$/.test(before)) continue;
    const after = text.slice(m.index + whole!.length);
    // 3日内 is a span of days (see WITHIN), not the 3rd of the month.
    if (!mark && !clock && /^\s*(?:\d{1,2}|[零〇一二两三四五六七八九十]{1,3})日$/.test(date!) && /^\s*(?:之内|以内|内)/.test(after)) continue;
    // 今晚8点前 / 明晚8点 are evening clocks; 明早10点 a morning one.
    const tod = statedTod ?? (/晚$/.test(date!.trim()) ? '晚上' : /早$/.test(date!.trim()) ? '上午' : undefined);
    let day = resolveDeadlineDate(date!, today);
    // WEEKDAY_WITH_ITS_DATE: 周五（11月27日）前 — a day named by its weekday with the date in brackets is that date (周五 said on
    // a Friday had fallen on today)
    const bracketed = /^[(（]\s*((?:\d{4}年)?\d{1,2}月\d{1,2}[日号])\s*[)）]/.exec(whole!.slice(whole!.indexOf(date!) + date!.length).trimStart());
    if (day && bracketed && /(?:周|星期|礼拜)[一二三四五六日天]$/.test(date!.trim())) day = resolveDeadlineDate(bracketed[1]!, today) ?? day;
    // 从1月12日起，每天…，汇总后于当天下午5点30分前…: 当天 is the round's day
    if (day && /^(?:当天|当日)$/.test(date!.trim())) day = firstDayOfRound(text, m.index, today) ?? day;
    // 5月9日上报第一期，以后每周报送一期，于上报日15:00前…: the report day is the first issue's
    if (/^(?:上报日|报送日)$/.test(date!.trim())) day = firstIssueDay(text, m.index, today) ?? firstDayOfRound(text, m.index, today);
    // 每周一上午12点前报送…首次报送时间为12月14日: a weekly round starts at its first round named outright, when that is ahead
    const monthlyDay = new RegExp(`^${N}[日号]$`).test(date!.trim()) && /每个?月(?:的)?\s*$/.test(before);
    if (day && (/^每/.test(date!.trim()) || monthlyDay)) {
      const first = monthlyDay ? null : firstRoundSaid(text, today);
      if (first && compareLocalDates(first, day) > 0) day = first;
      // ROUND_FROM_ITS_START: 12月1日起，请每周四18:00前报送 — the first Thursday on or after the start
      const opens = roundOpensAhead(text, m.index, today);
      const fromStart = opens ? resolveDeadlineDate(date!.trim(), opens) : null;
      if (fromStart && compareLocalDates(fromStart, day) > 0) day = fromStart;
    }
    // 下个月10号前: a bare day after 下月 is in next month.
    if (day && monthWord?.startsWith('下') && new RegExp(`^${N}[日号]$`).test(date!.trim())) {
      const next = today.month === 12 ? { year: today.year + 1, month: 1 } : { year: today.year, month: today.month + 1 };
      day = valid({ ...next, day: num(/^(.+)[日号]$/.exec(date!.trim())![1]!) });
    }
    // 12月8日至10日: the end of a span of days said without its month is in the month the span starts in
    const spanStart = SPAN_END_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
    if (day && spanStart && new RegExp(`^${N}[日号]$`).test(date!.trim())) {
      const from = resolveDeadlineDate(spanStart[1]!, today);
      if (from) day = valid({ year: from.year, month: from.month, day: num(/^(.+)[日号]$/.exec(date!.trim())![1]!) }) ?? day;
    }
    if (!day) continue;
    // STAGE_ENTRY_TIME: 每月10日、20日前 in the entry of a stage that starts on May 21st is first due on June 10th, not May 10th
    if (new RegExp(`^${N}[日号]$`).test(date!.trim())) {
      const stage = stageStartAt(text, m.index, today);
      if (stage && compareLocalDates(day, stage) < 0) {
        const n = day.day;
        day = (n >= stage.day ? valid({ year: stage.year, month: stage.month, day: n }) : null)
          ?? valid(stage.month === 12 ? { year: stage.year + 1, month: 1, day: n } : { year: stage.year, month: stage.month + 1, day: n }) ?? day;
      }
    }
    // 季度末或下季度初（5日前）报送: a day of the month said of a quarter's start or end names no month of its own; it is the
    // quarterly rounds' rhythm, never a day of this month
    const bareDay = new RegExp(`^${N}[日号]$`).test(date!.trim());
    const quarterMonth = bareDay ? QUARTER_MONTH_BEFORE.exec(text.slice(clauseStartOf(text, m.index), m.index)) : null;
    if (quarterMonth) day = quarterMonthDay(quarterMonth[1]!, num(/^(.+)[日号]$/.exec(date!.trim())![1]!), today) ?? day;
    else if (bareDay && QUARTER_EDGE_BEFORE.test(text.slice(clauseStartOf(text, m.index), m.index))) continue;
    // 1932年12月31日前出生 / 截至12月31日年满60周岁: a day that fixes an age; a day years back is no due day either
    if (BIRTH_AFTER.test(after) || day.year < today.year - 1) continue;
    if (mark && /前$/.test(mark) && COUNT_BOUND_AFTER.test(after) && compareLocalDates(day, today) <= 0) continue;
    if (mark && /前$/.test(mark) && opensBoundClause(after)) continue;
    // 统计时点为6月30日24时: the moment the figures are counted at, not when they are due
    if (STANDARD_LEAD.test(before) && STANDARD_AFTER.test(after)) continue;
    if (MOMENT_LEAD.test(before) || (DATA_CUTOFF_LEAD.test(text.slice(Math.max(0, m.index - 24), m.index)) && !closesNamedYears(text, m.index, day, today))) continue;
    const reportingUntil = REPORTING_UNTIL.test(text.slice(Math.max(0, m.index - 16), m.index));
    const snapshotLead = SNAPSHOT_LEAD.test(before) && !reportingUntil;
    // 截至11月20日 is a period; 截止12月5日 (still ahead) or 截止12月5日前 is a deadline.
    if (snapshotLead && !mark && compareLocalDates(day, today) <= 0) continue;
    if (snapshotLead && /截至/.test(before.slice(-4)) && !mark) continue;
    const hasClock = Boolean(clock);
    const sentence = sentenceAround(text, m.index, m.index + whole!.length);
    // 检查时间：5月29日上午 is when something happens; a time of day makes a deadline only where something is reported.
    // 于1月29日前完成系统测试: a task to finish, not figures to report
    if (isTaskDay(text, m.index, m.index + whole!.length) || isDocumentForApprovalDay(sentence)) tasks.push(m.index);
    const todCounts = Boolean(tod && !snapshotLead) && ASK_VERB.test(sentence);
    // 5月16日报送： / 于每周三通过邮件报 / 自8月21日开始，每周…报送: the day a report is due, or its first round.
    const dueDay = !mark && !hasClock && (REPORTED_ON.test(after)
      || (ROUND_BEGINS.test(after) && RECURRING_ASK.test(sentence) && !ROUND_OWN_DAY.test(after.slice(0, sentenceSpan(text, m.index)[1] - m.index - whole!.length))));
    // 于每周三通过邮件报: a weekly round; 原每周二上报的报表 describes an old one. The verb is looked for with the round's own
    // words before it: 每周五报一次 is an ask only where 报一次 follows its cadence (CADENCE_ONCE), which the clause after the
    // day alone (报一次…) no longer holds
    const clause = clauseAfter(text, m.index + whole!.length);
    const weekly = /^每/.test(date!.trim()) && (ASK_VERB.test(date!.trim() + clause) || LEAD_IN.test(leadText)) && !/报的/.test(clause);
    // 填报时间：2028年2月1日至4月15日: a reporting window is due at its end
    const clauseAfterDay = clauseAfter(text, m.index + whole!.length);
    const lineAfter = after.split('\n', 1)[0]!;
    // DAILY_OVER_A_WINDOW: 填报时间：1月24日至2月14日，每天报送 — a daily round over the span, whose end is no due day (its first
    // round is, see dailyRoundWithoutClock)
    const windowEnd = WINDOW_BEFORE.test(before) && !DAILY_ASK.test(sentence.slice(sentence.indexOf(date!.trim()) + 1))
      && (WINDOW_LABEL.test(text.slice(Math.max(0, m.index - 30), m.index)) || WINDOW_REPORT.test(after)
        || (LED_SPAN_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && HAND_IN.test(clauseAfterDay))
        || (/^\s*[)）]/.test(after) && STAGE_SPAN_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) && HAND_IN.test(lineAfter)));
    // 于3月10日至20日登录…填报 / 于3月10日至20日开展自查: 于 before the first day of a span says when the span runs; that day is
    // never due (a reporting window's end is, above)
    if (!mark && !hasClock && /(?:于|在)\s*$/.test(before) && OPENS_SPAN.test(after)) continue;
    // 报告时段：自2月16日起至3月31日止 in a notice that asks in rounds: the end of the schedule, no due day
    if (periodic && !windowEnd && !clock && (!mark || /止$/.test(mark)) && spanStart) continue;
    const reportingTime = REPORTING_TIME_LEAD.test(text.slice(Math.max(0, m.index - 12), m.index)) && !OPENS_SPAN.test(after);
    // SUPERSEDED_DUE_DAY: the old day of a due time the same sentence moves
    if (OLD_DAY_BEFORE.test(leadText) && CHANGED_TO_AFTER.test(sentence.slice(sentence.indexOf(whole!) + whole!.length))) continue;
    const tableDay = dateTable && TABLE_ROW_BEFORE.test(text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index));
    const strong = tableDay || Boolean(mark) || NEEDED_BY.test(after) || LEAD_IN.test(leadText) || CHANGED_TO.test(leadText) || reportingTime || reportingUntil || hasClock || todCounts || snapshotLead || dueDay || weekly || windowEnd;
    // 请于11月26日、27日和30日上午10点前: 于 opens the list, the last day's clock closes it
    const opensList = !mark && !hasClock && !tod && LIST_NEXT.test(after);
    if (!strong || opensList) {
      weak.push({ day, start: m.index, end: m.index + whole!.length, strong });
      continue;
    }
    // 于每年9月10日前 read on September 12th: a yearly round whose day this year has passed is due next year
    if (EACH_YEAR_BEFORE.test(before) && !/^\d{4}年/.test(date!.trim()) && compareLocalDates(day, today) < 0) {
      day = valid({ ...day, year: day.year + 1 }) ?? day;
    }
    let time = clock ? parseClock(tod, clock) : tod ? todTime(tod) : null;
    if (clock && !time) time = null;
    // 每月结束后的下月5日前 / 时间为次月5日前: the due day falls in the month after the round it closes
    const round = (monthWord?.startsWith('下') && /每个?月/.test(sentence)) || NEXT_MONTH_BEFORE.test(before)
      ? monthPeriod(day.month === 1 ? day.year - 1 : day.year, day.month === 1 ? 12 : day.month - 1)
      : NEXT_YEAR_BEFORE.test(before) && compareLocalDates(day, today) >= 0 ? String(day.year - 1) : undefined;
    const due = { ...build(day, time, timezone, m.index, m.index + whole!.length), strong, ...(round ? { round } : {}) };
    // 本次上报时间为1月15日前，此后按“一月一报”原则于每月月底前报送: the rounds after this one are due then, not this one
    const roundWord = THIS_ROUND_BEFORE.exec(text.slice(clauseStartOf(text, m.index), m.index));
    const isRule = /^每/.test(date!.trim()) || monthlyDay || /每个?(?:月|周|星期|季度?|年)/.test(leadText.slice(-4));
    if (!isRule && roundWord) thisRound.push({ start: m.index, word: clauseStartOf(text, m.index) + roundWord[0].length - roundWord[0].trimStart().length });
    const clauseHead = text.slice(clauseStartOf(text, m.index), m.index);
    if (LATER_ROUNDS.test(clauseHead) || (isRule && RULE_FROM_A_START.test(clauseHead))) later.push(due);
    else found.push(due);
    if (isRule) ruleDays.push(m.index);
  }
  // 2月14日、15日和18日上午10点前: every date of a list shares the mark (and clock) of its last one.
  for (let i = weak.length - 1; i >= 0; i--) {
    const w = weak[i]!;
    const next = [...found].sort((a, b) => a.start - b.start).find((f) => f.start >= w.end);
    if (!next || !LIST_JOIN.test(text.slice(w.end, next.start))) {
      if (w.strong) found.push({ ...build(w.day, null, timezone, w.start, w.end), strong: true });
      continue;
    }
    const local = localParts(next.deadline, timezone);
    found.push({
      ...build(w.day, next.hasTime ? { hour: local.hour, minute: local.minute } : null, timezone, w.start, w.end),
      strong: true,
    });
  }

  CLOCK_ONLY.lastIndex = 0;
  for (let m = CLOCK_ONLY.exec(text); m; m = CLOCK_ONLY.exec(text)) {
    const start = m.index, end = start + m[0].length;
    if (found.some((f) => start < f.end && end > f.start)) continue;
    const tod = m[1] ?? m[4];
    const time = m[2] ? parseClock(tod, m[2]) : todTime(tod ?? '');
    let day: LocalDate = today;
    if (time && zonedDate(today, time.hour, time.minute, 0, timezone).getTime() <= at.getTime()) day = addDays(today, 1);
    // 从1月12日起，每天下午4点前… / 2月5日至2月14日，每日11点前…: a daily report's first round is its first day.
    const first = firstDayOfRound(text, start, today);
    if (first && compareLocalDates(first, day) > 0) day = first;
    // 每十天的下午4点前 / 每周五17时前: a clock of a round whose day is not known here is no deadline for today
    if (!first && OTHER_ROUNDS.test(sentenceAround(text, start, end))) continue;
    // AFTER_A_MOVING_EVENT: 年后上班前 / 春节后第一天上午10点前 — the clock of a day counted from an event whose day is not fixed
    // (EVENT_DUE) is no deadline for today or tomorrow (年后上班前 written on December 20th was due the 21st at nine)
    if (AFTER_MOVING_EVENT.test(text.slice(Math.max(0, start - 10), start))) continue;
    found.push({ ...build(day, time, timezone, start, end), strong: true });
  }

  WITHIN.lastIndex = 0;
  for (let m = WITHIN.exec(text); m; m = WITHIN.exec(text)) {
    const n = num(m[1]!);
    if (!(n > 0 && n < 100)) continue;
    // 报告月后的3天内 / 每季度结束后15日内: counted from the end of the round's month or quarter, not from today
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const end = roundEnd(before, today, n, m[2] === '工作日');
    // 请于每季度末五日内报…: days said of every round, counted from each round's end the reading above does not place, are
    // the later rounds' rhythm; they are never counted from the day the notice is sent
    if (!end && EVERY_ROUND_BEFORE.test(before)) continue;
    // COUNTED_FROM_AN_EVENT: counted from the event's day when the notice fixes it (EVENT_DAY), else no due day here (asked)
    const lead = text.slice(Math.max(0, m.index - 16), m.index);
    const event = end ? null : EVENT_BEFORE.exec(lead);
    let from: LocalDate | null = null;
    // (任务下达后15日内 / 收到本通知后: what reaches the units is this notice, counted from today)
    if (event && !NOTICE_ITSELF.test(lead.slice(Math.max(0, event.index - 4), event.index) + event[3]!)) {
      from = eventDayOf(whole, Boolean(event[1]), today) ?? null;
      if (!from) continue;
    }
    const base = end ?? from ?? today;
    const day = m[2] === '工作日' ? addWorkdays(base, n) : addDays(base, n);
    // 各镇街应在每个季度后30日内完成核查、汇总: a task of the units' own, not what they report
    if (WITHIN_TASK.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    const round = end ? (AFTER_HALF.test(before) ? `${end.year}-H${end.month <= 6 ? 1 : 2}` : AFTER_QUARTER.test(before) ? `${end.year}-Q${Math.ceil(end.month / 3)}` : monthPeriod(end.year, end.month)) : undefined;
    found.push({ ...build(day, null, timezone, m.index, m.index + m[0].length), strong: true, ...(round ? { round } : {}) });
  }

  WITHIN_SPAN.lastIndex = 0;
  for (let m = WITHIN_SPAN.exec(text); m; m = WITHIN_SPAN.exec(text)) {
    const w = m[1]!;
    const day = /周|星期/.test(w) ? weekdayInWeek(today, 7, w.startsWith('下') ? 1 : 0)
      : /月/.test(w) ? { year: today.year, month: today.month, day: daysInMonth(today.year, today.month) }
        : today;
    found.push({ ...build(day, null, timezone, m.index, m.index + m[0].length), strong: true });
  }

  QUARTER_MONTH_WITHIN.lastIndex = 0;
  for (let m = QUARTER_MONTH_WITHIN.exec(text); m; m = QUARTER_MONTH_WITHIN.exec(text)) {
    if (!ASK_VERB.test(sentenceAround(text, m.index, m.index + m[0].length))) continue;
    // (no round carried: the notice names its quarter from the due month, 上一季度 / 本季度, read at the due day)
    found.push({ ...build(quarterMonthWithin(!m[1], today), null, timezone, m.index, m.index + m[0].length), strong: true });
  }

  found.push(...clockWindows(text, today, timezone));
  dueTogether(text, found, timezone);
  const daily = dailyRoundWithoutClock(text, today, timezone, found);
  if (daily) found.push({ ...daily, strong: true });

  if (!found.length) found.push(...later);
  if (found.length) {
    // THIS_ROUND_OVER_THE_RULE: 请于每月5日前报送…。本月请于12月7日前报送 — this round's own day sets the rule's aside
    const rounds = found.filter((f) => thisRound.some((r) => r.start === f.start));
    if (rounds.length && found.some((f) => ruleDays.includes(f.start))) {
      for (let i = found.length - 1; i >= 0; i--) if (ruleDays.includes(found[i]!.start)) found.splice(i, 1);
      // the span takes the round's word in (本月请于12月7日前): it says which round is due, not what is counted
      for (const f of rounds) f.start = thisRound.find((r) => r.start === f.start)!.word;
    }
    const cutoffs = cutoffsBesideTheAsk(text, today);
    for (let i = found.length - 1; i >= 0; i--) if (cutoffs.some((c) => c.start >= found[i]!.start && c.start < found[i]!.end)) found.splice(i, 1);
    const reported = restatedAsks(text, found.filter((f) => !tasks.includes(f.start)));
    return reported.length ? withRoundsDueTogether(firstDue(reported, at), reported) : { ...withRoundsDueTogether(firstDue(found, at), found), task: true };
  }
  return chronoFallback(text, at, timezone, today);
}

/**
 * WEEKEND_MOVE: 如遇周末则相应提前到星期五 / 逢双休日顺延 / 遇周六、周日提前报送: the notice's own rule for a due day that
 * falls on a weekend. It moves a Saturday or Sunday due day back to the Friday before (提前; the weekday it names, if any) or on
 * to the Monday after (顺延/推迟/延后); any other day is left alone. Holidays (遇节假日顺延 / 遇法定节假日顺延) are not
 * weekends: the bot knows no holiday calendar, and a Saturday is not a 节假日 to a notice that says only that. Read over
 * the whole notice (findUnitsDeadline): the rule is often a sentence of its own, set aside as a rule when the due day is read.
 */
const WEEKEND_MOVE = new RegExp(
  '(?:遇|逢|碰上|碰到|赶上|适逢)\\s*(?:到)?\\s*(?:周末|双休日|休息日|(?:星期|周)六[、和及或]?(?:星期|周)?[日天])' +
    '[^。；;\\n]{0,12}?(提前|顺延|推迟|延后)(?:[^。；;\\n，,]{0,8}?(?:星期|周)([一二三四五]))?',
);

export function offWeekend(text: string, due: DeadlineMatch, timezone: string): DeadlineMatch {
  const rule = WEEKEND_MOVE.exec(text);
  if (!rule) return due;
  const parts = localParts(due.deadline, timezone);
  const day: LocalDate = { year: parts.year, month: parts.month, day: parts.day };
  const weekday = weekdayOf(day);
  if (weekday < 6) return due;
  const named = rule[2] ? '一二三四五'.indexOf(rule[2]) + 1 : 0;
  const moved = rule[1] === '提前'
    ? addDays(day, (named || 5) - weekday)
    : addDays(day, 7 - weekday + (named || 1));
  const deadline = due.hasTime ? zonedDate(moved, parts.hour, parts.minute, 0, timezone) : endOfLocalDay(moved, timezone);
  return { ...due, deadline };
}

/**
 * QUARTER_MONTH: 每季度末月25日前 / 每季度第一个月10日前 / 季度最后一个月20日: a bare day said of a named month of every quarter
 * is that day of the month in the round due next (this quarter's month, or the next quarter's once its day has passed). The
 * quarter's edge (季度末, 季初, below) names no month; its month (末月, 首月) does.
 */
const QUARTER_MONTH_BEFORE = /季度?(?:的)?(末月|最后一个?月|第三个月|首月|第一个月|初月)\s*$/;

function quarterMonthDay(which: string, dayOfMonth: number, today: LocalDate): LocalDate | null {
  const offset = /末|最后|第三/.test(which) ? 2 : 0;
  const quarterStart = Math.floor((today.month - 1) / 3) * 3 + 1;
  for (let k = 0; k < 2; k++) {
    const month0 = quarterStart + offset + 3 * k - 1;
    const d = valid({ year: today.year + Math.floor(month0 / 12), month: (month0 % 12) + 1, day: dayOfMonth });
    if (d && compareLocalDates(d, today) >= 0) return d;
  }
  return null;
}

/** 下季度初（ / 季度末或季后 / 季初: the start or end of a quarter right before a bare day. */
const QUARTER_EDGE_BEFORE = /季度?[初末底后][^，,。；;、\n\d]{0,3}$/;
/** 于每年9月10日前: a day said of every year. */
const EACH_YEAR_BEFORE = /每年\s*(?:的)?\s*$/;
/**
 * THIS_ROUND_OVER_THE_RULE: 请于每月5日前报送上月…，遇节假日顺延。本月请于12月7日前报送 / 每周一报送…，本周因故于周三前报送 — a
 * clause that opens on this round (本次 / 此次 / 本月 / 本周 / 本期) and gives a day of its own says when this round is due; the
 * recurring rule's day (每月5日) is the later rounds'.
 */
const THIS_ROUND_BEFORE = /^\s*(?:本次|此次|这次|本期|本轮|这一期|本月|这个月|本周|这周)(?:的|份)?[^，,。；;\n\d]{0,12}?$/;
/**
 * RULE_FROM_A_START: 请于12月4日17时前报送11月份…，12月份起每月3日前报送上月数据 — a recurring rule said in a clause that opens on
 * the day it starts from is the later rounds' rhythm (as 此后… is): the notice's own day for this round is due; the rule's day
 * only when no other is named.
 */
const RULE_FROM_A_START = /(?:\d{1,2}月份?|下月|次月|下个月|明年|\d{4}年)\s*(?:起|开始)|(?:自|从)[^，,。；;\n]{1,12}?(?:起|开始)/;
/** 此后…于每月月底前 / 以后每周五前: a clause that says when the later rounds are due. */
const LATER_ROUNDS = /^\s*(?:此后|以后|今后|之后|往后|后期|嗣后)/;

/** Where the clause holding `index` begins (after the last 。；，\n before it). */
/**
 * STAGE_ENTRY_TIME: （二）全面排查和集中整治（5月下旬至8月）。 / 3．督查（9月） — an entry of a schedule that opens with the name of a
 * stage of the work and the time it runs in brackets. The bracket says when the stage runs (never a counting period), and a
 * day said in the entry without its month (每月10日、20日前分别报…) falls within the stage, never before it starts.
 */
export const STAGE_ENTRY_TIME = /^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}\s*[、.．]|\d{1,2}\s*[.．、])\s*([^（()）\s，,。；;:：\n\d]{2,16}?)[（(]\s*(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号]|([上中下])旬|(初|中|底|末))?[^（()）\n]*[)）]/;
/** 统计时间（2049年1月至12月） / 报告期（…）: a label of the figures' time is no stage of the work. */
export const STAGE_NAME_NOT = /统计|数据|时间|时点|期/;

/** The first day of the stage whose entry (see STAGE_ENTRY_TIME) holds the index, or null. */
function stageStartAt(text: string, index: number, today: LocalDate): LocalDate | null {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const m = STAGE_ENTRY_TIME.exec(text.slice(lineStart, index));
  if (!m || STAGE_NAME_NOT.test(m[1]!) || lineStart + m[0].length > index) return null;
  const month = Number(m[3]);
  const day = m[4] ? Number(m[4]) : m[5] ? ({ 上: 1, 中: 11, 下: 21 } as Record<string, number>)[m[5]]! : m[6] === '中' ? 11 : m[6] === '底' || m[6] === '末' ? 21 : 1;
  return valid({ year: m[2] ? Number(m[2]) : today.year, month, day });
}

function clauseStartOf(text: string, index: number): number {
  let i = index;
  while (i > 0 && !/[。；;，,\n]/.test(text[i - 1]!)) i--;
  return i;
}

/**
 * A notice that names several due days (one per part, or one per round of a schedule) is due, for what it asks now,
 * on the earliest one still ahead; when every one is past, the first named (a live channel questions it).
 */
/** ROUNDS_DUE_SAME_DAY (see DeadlineMatch.rounds): the rounds of the other due days that fall on the chosen one's day. */
/**
 * What a hand-in clause says besides its day, verbs, time labels and joints: who hands in, the thing handed and where it goes
 * (报送时间为… names none: 1.快报：报送时间为10月10日前 / 2.年报：报送时间为12月25日前 are rows of a schedule).
 */
const HAND_IN_JOINTS = /报送|上报|填报|提交|报给|报至|时间|日期|截止|期限|[请于在前报将把交给至到为是须均]|[\s，,。；;、：:]/g;
const ASK_CLAUSE_MARK = /[。；;，,：:\n]/;

/**
 * RESTATED_ASK: 请各镇于11月28日前报送低保户数。…现调整：请各镇于11月30日前报送低保户数 — the same ask (the same clause around its
 * day, naming what is handed) said again with another day: the later statement stands and the earlier day is no due day.
 * Clauses that differ anywhere (推荐结果请于…报送 / 申报材料于…报送; a schedule's rows) each keep their own day.
 */
function restatedAsks(text: string, found: Array<DeadlineMatch & { strong: boolean }>): Array<DeadlineMatch & { strong: boolean }> {
  const stops = stopsOf(text, ASK_CLAUSE_MARK);
  const askAround = (f: DeadlineMatch): string | null => {
    const clause = text.slice(spanStart(stops, f.start), f.start) + '\u0000' + text.slice(f.end, spanEnd(stops, f.end, text.length));
    const said = clause.trim();
    return ASK_VERB.test(said) && said.replace(HAND_IN_JOINTS, '').length >= 3 ? said : null;
  };
  return found.filter((f) => {
    const ask = askAround(f);
    return !ask || !found.some((g) => g.start > f.start && g.deadline.getTime() !== f.deadline.getTime() && askAround(g) === ask);
  });
}

function withRoundsDueTogether(due: DeadlineMatch, found: DeadlineMatch[]): DeadlineMatch {
  if (!due.round) return due;
  const same = found.filter((f) => f.round && f.deadline.getTime() === due.deadline.getTime()).sort((a, b) => a.start - b.start);
  const rounds = [...new Set(same.map((f) => f.round!))];
  return rounds.length > 1 ? { ...due, rounds } : due;
}

function firstDue(found: DeadlineMatch[], at: Date): DeadlineMatch {
  const ahead = found.filter((f) => f.deadline.getTime() >= at.getTime());
  if (!ahead.length) return [...found].sort((a, b) => a.start - b.start)[0]!;
  return ahead.sort((a, b) => a.deadline.getTime() - b.deadline.getTime() || a.start - b.start)[0]!;
}

/**
 * 季后5日前 / 三季度后10日12时前: a count of days after a round, closed by 前 (with or without a clock, which is dropped:
 * the replacement keeps every index, and WITHIN reads the spaces before 内).
 */
const AFTER_ROUND_BEFORE = new RegExp(`(?:[月季]|半年)度?(?:结束)?后的?\\s*(?:\\d{1,2}|${CN})\\s*个?(?:工作日|天|日)\\s*(?:\\d{1,2}\\s*[时点]|\\d{1,2}[:：]\\d{2})?\\s*前`, 'g');
const AFTER_MONTH = /月(?:结束)?后的?\s*$/;
const AFTER_QUARTER = /季(?:度)?(?:结束)?后的?\s*$/;
/** AFTER_HALF: 每半年结束后10日内 / 半年度终了后15天内 — days counted from the end of the half year, as from a quarter's. */
const AFTER_HALF = /半年(?:度)?(?:结束|终了)?后的?\s*$/;
/** 每季度末 / 每月月底 / 每年年末: the end of every round, right before a count of days. */
const EVERY_ROUND_BEFORE = /每个?(?:季度?|月|年|周|星期)[^，,。；;\n]{0,4}$/;
/** 一季度后8日 / 第三季度结束后10日: days counted from the end of a quarter the schedule names. */
/**
 * QUARTER_MONTH_WITHIN: 在每季度的第一个月内，把上一季度…报 / 每季度末月内报送本季度… — a quarterly round due within a month of the
 * quarter said without a day: due at the end of that month; the round due now is the one whose month has not ended.
 */
const QUARTER_MONTH_WITHIN = /每个?季度?(?:的)?(?:(第一个月|首月|头一个月|第一月)|末月|最后一个?月|第三个月)\s*(?:之内|以内|内)/g;

function quarterMonthWithin(lastMonth: boolean, today: LocalDate): LocalDate {
  const first = today.month - ((today.month - 1) % 3);
  const month = lastMonth ? first + 2 : today.month === first ? first : first + 3;
  const year = month > 12 ? today.year + 1 : today.year;
  const m = month > 12 ? month - 12 : month;
  return { year, month: m, day: daysInMonth(year, m) };
}

const AFTER_NAMED_QUARTER = /(?:第)?([一二三四1-4])\s*季度?(?:结束)?后的?\s*$/;

function closeWithin(m: string): string {
  const clock = /(\d{1,2}\s*[时点]|\d{1,2}[:：]\d{2})\s*前$/.exec(m);
  return clock ? `${m.slice(0, clock.index)}${' '.repeat(m.length - clock.index - 1)}内` : `${m.slice(0, -1)}内`;
}

/** The end of the named quarter whose N days after are still ahead (this year's, else next year's). */
function namedQuarterEnd(before: string, today: LocalDate, n: number, workdays: boolean): LocalDate | null {
  const m = AFTER_NAMED_QUARTER.exec(before);
  if (!m) return null;
  const q = '一二三四'.indexOf(m[1]!) + 1 || Number(m[1]);
  for (const year of [today.year - 1, today.year, today.year + 1]) {
    const end = { year, month: q * 3, day: daysInMonth(year, q * 3) };
    if (compareLocalDates(workdays ? addWorkdays(end, n) : addDays(end, n), today) >= 0) return end;
  }
  return null;
}

/** The end of the latest month (or quarter) whose N days after have not all passed: the round being reported now. */
function roundEnd(before: string, today: LocalDate, n: number, workdays: boolean): LocalDate | null {
  const named = namedQuarterEnd(before, today, n, workdays);
  if (named) return named;
  const half = AFTER_HALF.test(before);
  const quarter = !half && AFTER_QUARTER.test(before);
  if (!half && !quarter && !AFTER_MONTH.test(before)) return null;
  const months = half ? 6 : quarter ? 3 : 1;
  const firstMonth = half ? (today.month <= 6 ? 1 : 7) : quarter ? today.month - ((today.month - 1) % 3) : today.month;
  // the end of the round before the current one
  const prev = firstMonth === 1 ? { year: today.year - 1, month: 12 } : { year: today.year, month: firstMonth - 1 };
  const prevEnd = { ...prev, day: daysInMonth(prev.year, prev.month) };
  const due = workdays ? addWorkdays(prevEnd, n) : addDays(prevEnd, n);
  if (compareLocalDates(due, today) >= 0) return prevEnd;
  const lastMonth = firstMonth + months - 1;
  return { year: today.year, month: lastMonth, day: daysInMonth(today.year, lastMonth) };
}

/** Forms the rules above do not know, where chrono's Chinese parser reads a date that is followed by 前/截止. */
/** How much text before a 前 / 截止 / 为止 chrono reads (a date phrase is far shorter), and how many such places. */
const CHRONO_WINDOW = 24;
const CHRONO_PLACES = 8;

function chronoFallback(text: string, at: Date, timezone: string, today: LocalDate): DeadlineMatch | null {
  // Only the text right before each 前 / 截止 / 为止 can hold the date it closes: chrono reads those windows, not the
  // whole notice (its patterns are slow on thousands of characters).
  const marks = /之前|以前|前|截止|为止/g;
  let places = 0;
  let lastEnd = -1;
  for (let m = marks.exec(text); m && places < CHRONO_PLACES; m = marks.exec(text)) {
    const from = Math.max(0, m.index - CHRONO_WINDOW, lastEnd);
    if (from >= m.index) continue;
    places++;
    lastEnd = m.index;
    const found = chronoIn(text, from, m.index + m[0].length, at, timezone, today);
    if (found) return found;
  }
  return null;
}

function chronoIn(text: string, from: number, to: number, at: Date, timezone: string, today: LocalDate): DeadlineMatch | null {
  let results: chrono.ParsedResult[];
  try {
    results = chrono.zh.parse(text.slice(from, to), { instant: at, timezone: offsetMinutes(at, timezone) }, { forwardDate: true });
  } catch {
    return null;
  }
  for (const found of results) {
    const r = { index: found.index + from, text: found.text, start: found.start };
    const end = r.index + r.text.length;
    if (!/^\s*(?:之前|以前|前|截止|为止)/.test(text.slice(end, end + 3))) continue;
    if (SNAPSHOT_LEAD.test(text.slice(Math.max(0, r.index - 6), r.index))) continue;
    if (WEEK_OF_A_MONTH_BEFORE.test(text.slice(Math.max(0, r.index - 6), r.index))) continue;
    // (AFTER_A_MOVING_EVENT: 节后第一天10点前 — the clock of a day the text does not fix)
    if (AFTER_MOVING_EVENT.test(text.slice(Math.max(0, r.index - 10), r.index))) continue;
    const d = r.start.date();
    if (Number.isNaN(d.getTime())) continue;
    const local = localParts(d, timezone);
    if (compareLocalDates(local, today) < 0) continue;
    const hasTime = r.start.isCertain('hour');
    return hasTime
      ? { deadline: zonedDate(local, local.hour, local.minute, 0, timezone), hasTime, start: r.index, end }
      : { deadline: endOfLocalDay(local, timezone), hasTime, start: r.index, end };
  }
  return null;
}
