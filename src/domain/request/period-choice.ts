// Which of the periods a notice names is the one being asked for, reading each part of the notice for what it is.
import { findPeriodMentions, formlessPeriodSpans, isoWeek, monthPeriod, periodKind, periodRange, resolveDateExpression, type PeriodKind, type PeriodMention } from '../period.js';
import { addDays, compareLocalDates, daysInMonth, formatLocalDate, localParts, weekdayInWeek } from '../time.js';
import { blankSpans, spansOf, within, type Span } from '../text/spans.js';
import type { Period } from '../types.js';
import { withoutParts, type Anatomy, type PartKind } from './anatomy.js';
import { closesNamedYears, COUNT_BOUND_AFTER, cutoffsBesideTheAsk, dailyWindowStart, resolveDeadlineDate, STAGE_ENTRY_TIME, STAGE_NAME_NOT } from './deadline.js';
import { asksEachDay, cadenceIdiomSpans, dataDayWords, eachDaySpans, formlessSpans } from './period-words.js';
import { cadenceOf } from '../cadence.js';
import type { PeriodCandidate } from './report-cadence.js';
import { STATED_FIGURE } from './text.js';
import { seasonNeedYears } from './season-need.js';
import { firmsOwnRounds } from './units-deadline.js';
import { activityTimeAsked } from './activity-time.js';

/** 《石家庄市2026—2027年秋冬季…方案》: a document's name, whose years say nothing about the period asked. */
const DOCUMENT_NAME = /《[^《》\n]{1,80}》/g;

const SENTENCE_END = /[。;；!！?？\n]/g;

const BARE_YEAR_WORD = /^年度$/;

/**
 * 统计数据填写的截止时间为2035年12月31日 / 调查数据截止时点为12月31日 / 以12月31日实名制数据库为基础数据 / 统计时点为11月1日 /
 * 以11月1日为统计时点: a day said to be where the data stop (the data's own cut-off, the day a base is taken at, the moment
 * counted at) is the snapshot counted. (统计时点为6月30日24时，填报1月1日至6月30日发生的数据: a census-style moment at 24时
 * closes a window of flows, which the window names.)
 */
const DATA_DATE = new RegExp(
  '(?:数据|资料|台账)[^，,。；;、\\n]{0,8}?(?:截止|截至)(?:时间|日期|时点)\\s*(?:为|是|:|：)?\\s*' +
    '((?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]?)|以\\s*((?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]?)[^，,。；;\\n]{0,24}?为(?:基础数据|基础|基准|准|统计时点)' +
    '|(?:统计|填报|上报)?数据(?:均|一律)?(?:截至|截止到|截止至)\\s*((?:\\d{4}年)?\\d{1,2}月\\d{1,2}[日号]?)(?![^，,。；;\\n]{0,4}(?:前|以前|之前))' +
    '|(?:统计|数据)(?:时点|基准日)\\s*(?:为|是|:|：)?\\s*((?:\\d{4}年)?\\d{1,2}月\\d{1,2}(?!\\d)[日号]?)(?![日号]?\\s*(?:24|二十四)\\s*[时点])',
  'g',
);

/**
 * 一、统计时间 本次统计数字截止到12月25日: inside the section that says what time the figures are for, the day they stop
 * at is the snapshot counted, however far ahead it lies (elsewhere 截止 a week ahead is far more often a due day).
 */
const SECTION_CUTOFF = /(?:截至到|截至|截止到|截止至|截止|到)\s*((?:\d{4}年)?\d{1,2}月\d{1,2}[日号]?)(?!\s*(?:前|以前|之前|止|为止))/g;

/**
 * 全县2038年12月31日前建成的农村户用卫生厕所: the things counted are those there by a day already past, and they are
 * counted as of it (see COUNT_BOUND_AFTER).
 */
const DAY_BEFORE = /((?:\d{4}年)?\d{1,2}月\d{1,2}[日号]?)\s*(?:之前|以前|前)/g;
/**
 * 今年5月底以前实际已播种的农作物面积: what has already been done by a day (已 right after the day's 以前) is a stock counted
 * as of that day, whether the day is past or still ahead (the sowing goes on until then).
 */
const ALREADY = /^\s*(?:实际)?\s*(?:已经|已)/;
const ALREADY_BY = /(?:(?:今年|本年)(?=\d))?((?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号]?|底|末))\s*(?:之前|以前|前)(?=\s*(?:实际)?\s*(?:已经|已))/g;
/**
 * 于2063年12月31日前已取得拍卖业务许可、持有…的拍卖企业及其分公司: what was done by the day names who reports (a firm, a unit),
 * not a stock that is counted; the day bounds the scope and is no snapshot (…已播种的农作物面积 stays one).
 */
const REPORTERS_NAMED = /^[^。；;\n]*?的[^，,。；;、\n]{0,12}?(?:企业|公司|单位|机构|合作社|学校|医院|门店|网点|商户|经营者|主体)(?:及其[^，,。；;\n]{0,6})?\s*(?:[。；;，,\n]|$)/;

/**
 * PROVISIONAL_DATE: 年报以12月31日为准，今年暂按11月30日统计 — the day the figures are counted at for now, said after the standard
 * one in its sentence, replaces it: the figures asked are those of the provisional day.
 */
const PROVISIONAL_DATE = /(?:暂按|暂以|暂时按|先按|临时按)\s*((?:\d{4}年)?\d{1,2}月\d{1,2}[日号]?)\s*(?:的?数据)?\s*(?:统计|计算|填报|汇总|为准|截止|截至)/g;

function dataDates(anatomy: Anatomy, at: Date, timezone: string): PeriodMention[] {
  const { text } = anatomy;
  const today = localParts(at, timezone);
  const out: PeriodMention[] = [];
  const push = (index: number, expr: string): void => {
    const d = resolveDateExpression(expr, today);
    if (d && !out.some((o) => o.index === index)) out.push({ index, text: expr, period: formatLocalDate(d), kind: 'snapshot' });
  };
  for (const m of text.matchAll(DATA_DATE)) {
    const expr = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    const index = m.index! + m[0].indexOf(expr);
    const d = resolveDateExpression(expr, today);
    // a cut-off ahead of figures whose years are given and past is the collection's due day (see closesNamedYears)
    if (m[1] && d && closesNamedYears(text, index, d, today)) continue;
    push(index, expr);
  }
  // CUTOFF_BESIDE_THE_ASK: 以上数据请于12月8日前报送，截止时间为11月30日 — the cut-off is the snapshot counted
  for (const c of cutoffsBesideTheAsk(text, today)) push(c.start, c.date);
  for (const m of text.matchAll(DAY_BEFORE)) {
    const d = resolveDateExpression(m[1]!, today);
    if (d && compareLocalDates(d, today) <= 0 && COUNT_BOUND_AFTER.test(text.slice(m.index! + m[0].length))) push(m.index!, m[1]!);
  }
  for (const m of text.matchAll(ALREADY_BY)) {
    const d = resolveDateExpression(m[1]!, today);
    if (REPORTERS_NAMED.test(text.slice(m.index! + m[0].length))) continue;
    if (d && !out.some((o) => o.index === m.index)) {
      out.push({ index: m.index!, text: m[0].slice(0, m[0].indexOf(m[1]!) + m[1]!.length), period: formatLocalDate(d), kind: 'snapshot' });
    }
  }
  for (const part of anatomy.parts.filter((p) => p.kind === 'period')) {
    for (const m of text.slice(part.start, part.end).matchAll(SECTION_CUTOFF)) push(part.start + m.index! + m[0].indexOf(m[1]!), m[1]!);
  }
  for (const m of text.matchAll(PROVISIONAL_DATE)) {
    const index = m.index! + m[0].indexOf(m[1]!);
    const d = resolveDateExpression(m[1]!, today);
    if (!d) continue;
    // the standard day before it in the same sentence gives way
    const from = Math.max(text.lastIndexOf('。', index), text.lastIndexOf('\n', index), text.lastIndexOf('；', index));
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.index > from && out[i]!.index < index) out.splice(i, 1);
    if (!out.some((o) => o.index === index)) out.push({ index, text: m[1]!, period: formatLocalDate(d), kind: 'snapshot' });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Mentions with the data dates put in place of whatever the same words were read as. */
function withDataDates(mentions: PeriodMention[], dates: PeriodMention[]): PeriodMention[] {
  if (!dates.length) return mentions;
  const covered = (m: PeriodMention) => dates.some((d) => m.index < d.index + d.text.length && m.index + m.text.length > d.index);
  return [...mentions.filter((m) => !covered(m)), ...dates].sort((a, b) => a.index - b.index);
}
/**
 * 代表…的数据 / 统计时段为 / 数据时间： / 数据均为1—11月累计数 — a label that says what time the figures are for (a sentence
 * whose subject is the data themselves says it as plainly as a 数据时间 section does).
 */
const DATA_TIME_LABEL = /(?:代表|数据时间|数据时点|统计时段|统计期间?|(?:数据)?统计(?:起止)?时间|数据期间|数据(?:均|都|全部|一律)?(?:为|是))\s*(?:为|是|:|：)?\s*$/;
/** 比上年 / 较去年同期 / 与上年对比: a period named to compare with is not the one asked for. */
const COMPARED_BEFORE = /(?:比|较|同比|环比|相比)\s*$/;
const WITH_BEFORE = /(?:与|和|同|跟)\s*$/;
/**
 * 与上年实际对比 / 与去年同期数据相比 / 跟上个月比有变化的: a short noun may stand between the period and the comparing word
 * (比 alone, not 比例 / 比重 / 比率).
 */
const COMPARED_AFTER = /^[^，,。；;、\n]{0,4}?(?:对比|相比|比较|持平|比(?![例重率]))/;

function compared(text: string, m: PeriodMention): boolean {
  const before = text.slice(Math.max(0, m.index - 3), m.index);
  const after = text.slice(m.index + m.text.length, m.index + m.text.length + 6);
  return COMPARED_BEFORE.test(before) || (WITH_BEFORE.test(before) && COMPARED_AFTER.test(after));
}

/** 在去年工作的基础上继续改进 / 在2030年基础上增长10%: a period named as the basis of the work compares, it is not counted. */
const BASIS_BEFORE = /在\s*$/;
const BASIS_AFTER = /^[^，,。；;\n]{0,8}?基础上/;

function basis(text: string, m: PeriodMention): boolean {
  return BASIS_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)) && BASIS_AFTER.test(text.slice(m.index + m.text.length, m.index + m.text.length + 12));
}

/**
 * 在2028年4月前完成整改 / 年底前: a time limit, not what is counted; 自2028年1月起每单月报送: the start of a schedule, whose
 * rounds are counted by what they name, not by the month it starts in; 今年6月以来 / 2030年以来: the start of a stretch
 * that runs up to now, which names no period; 一季度后8日、三季度后10日12时前 / 一季度结束后15日内: the time a due day is
 * counted from, part of the due time (whose own round, when it is the one asked now, the deadline carries).
 */
const LIMIT_AFTER = /^\s*(?:之前|以前|前|底前|末前|起|开始|以来|(?:结束|终了)?后\s*的?\s*[\d一二三四五六七八九十]{1,3}\s*(?:日|天|个?工作日))/;

/** 四季度免报 / 1月份不报: a period the schedule exempts is not asked. */
const EXEMPT_AFTER = /^\s*份?\s*(?:免报|不报|无需(?:报送|填报|上报)|不再(?:报送|填报|上报)|不需(?:报送|填报|上报))/;

/** REPORTED_THEN: 上周已报送的镇街无需重复报送 — when some units already handed in, not a period counted. */
const REPORTED_AFTER = /^\s*(?:已经?|都已|均已)\s*(?:报送|上报|填报|报过|报了|提交)/;

/** YEARLY_ROUND_BEFORE: 每年 right before a month: the month names when every year's round falls. */
const YEARLY_ROUND_BEFORE = /每年\s*的?\s*$/;

function isLimit(text: string, m: PeriodMention): boolean {
  const after = text.slice(m.index + m.text.length, m.index + m.text.length + 8);
  if (EXEMPT_AFTER.test(after) || REPORTED_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, m.index - 8), m.index);
  // 2038年12月31日前建成的…: a day that bounds the things counted is their snapshot, no limit
  const tail = text.slice(m.index + m.text.length);
  const bound = /^\s*(?:之前|以前|前)/.exec(tail);
  if (m.kind === 'snapshot' && bound && (COUNT_BOUND_AFTER.test(tail.slice(bound[0].length)) || ALREADY.test(tail.slice(bound[0].length)))) return false;
  // 以后每年12月报一次: the month a yearly round is reported in, not a month counted
  if (m.kind === 'month' && YEARLY_ROUND_BEFORE.test(before)) return true;
  return LIMIT_AFTER.test(after) || WINDOW_START.test(after) || WINDOW_END.test(before + m.text.slice(0, /^(?:到|至)/.test(m.text) ? 1 : 0)) || (m.kind === 'snapshot' && (AGE_AFTER.test(after) || AGE_BEFORE.test(before)));
}

/**
 * 从3月底到7月底开展摸底排查: the ends of a window of work, not what is counted. (Whole months from a 1st to a month's end,
 * 11月1日至11月30日, are read as one period before this: see period.ts.)
 */
const WINDOW_START = /^\s*(?:到|至|—|－|~|～)\s*(?:\d{4}年)?[\d一二三四五六七八九十]{1,2}月/;
const WINDOW_END = /(?:月|月底|月末|月初|日|号)\s*(?:到|至)\s*$/;
/**
 * 年龄计算截至7月31日 / 截至2032年12月31日年满60周岁 / 1932年12月31日前出生: a day that fixes an age, not a period (a
 * year or a month before 出生人数 is a count of births).
 */
const AGE_AFTER = /^\s*(?:前|以前|之前|后|以后)?\s*(?:出生|年满|满\d|周岁)/;
const AGE_BEFORE = /(?:年龄|年满|周岁)[^，,。；;]{0,4}$/;

/**
 * A period that ended years before the notice (2006—2010年退耕任务 in a 2027 notice) names what the figures are about,
 * not a period a unit still reports for: the years before last are never the period asked.
 */
function longPast(m: PeriodMention, at: Date, timezone: string): boolean {
  return Number(m.period.slice(0, 4)) < localParts(at, timezone).year - 2;
}

/**
 * 2030年、2031年、2032年每年的农民人均纯收入: a run of years joined together that reaches up to the recent ones asks for
 * each of them, the earliest too, however far back it starts.
 */
function inRecentRun(text: string, m: PeriodMention, all: PeriodMention[], at: Date, timezone: string): boolean {
  if (m.kind !== 'year') return false;
  let last = m;
  for (const next of all) {
    if (next.index <= last.index) continue;
    if (next.kind !== 'year' || !JOIN.test(text.slice(last.index + last.text.length, next.index))) break;
    last = next;
  }
  return last !== m && !longPast(last, at, timezone);
}

/**
 * 关于做好2033年长寿老年人统计申报工作的通知 sent in 2032: a year that has not begun is the year the work serves (the
 * allowance paid, the plan carried out), not one whose figures can be counted. It is a period only as an entry of the
 * item list (2028年计划投资) or as a report's (2033年城市建设统计快报).
 */
/**
 * DUE_MONTH_WORD: 本月12月10日前报11月数据 / 本月25日前 — a month word right before a day is that day's month (the due day's), not a
 * period asked for.
 */
const DUE_MONTH_WORD = /^(?:本月|当月|这个月|本月份)$/;
const DAY_AFTER = /^\s*(?:的)?\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号]/;

function dueMonthWord(text: string, m: PeriodMention): boolean {
  return DUE_MONTH_WORD.test(m.text) && DAY_AFTER.test(text.slice(m.index + m.text.length, m.index + m.text.length + 10));
}

/**
 * HAND_IN_MONTH_WORD: 本月请于12月10日前报送11月… — a month word that opens an ask whose due day follows it (请于… / 于…) says
 * when the hand-in happens; where the same sentence names the month its figures are for after the due day, that month is
 * asked, not this one (本月请于25日前报送低保户数, naming no other, keeps 本月).
 */
const DUE_LEAD_AFTER = /^\s*[，,]?\s*(?:请|务必|须|需)?\s*(?:各[^，,。；;\n]{0,8}?)?(?:于|在)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号][^，,。；;\n]{0,6}?(?:之前|以前|前)/;

function handInMonthWord(text: string, m: PeriodMention, all: PeriodMention[]): boolean {
  if (!DUE_MONTH_WORD.test(m.text)) return false;
  const lead = DUE_LEAD_AFTER.exec(text.slice(m.index + m.text.length));
  if (!lead) return false;
  const from = m.index + m.text.length + lead[0].length;
  const stop = text.slice(from).search(/[。；;!！?？\n]/);
  const to = stop < 0 ? text.length : from + stop;
  return all.some((o) => o !== m && o.kind === 'month' && o.index >= from && o.index < to);
}

function yearAhead(text: string, m: PeriodMention, at: Date, timezone: string): boolean {
  const after = text.slice(m.index + m.text.length, m.index + m.text.length + 16);
  return m.kind === 'year' && Number(m.period) > localParts(at, timezone).year && !REPORT_AFTER.test(after) && !PLAN_FIGURE_AFTER.test(after);
}

/**
 * PLAN_FIGURE_AFTER: 报送2027年计划低保户数 / 2027年预计新增就业人数 — a year ahead said right before a planned or expected figure is
 * the year that figure is counted for (a plan's year with no figure, 2027年工作计划, stays a year of the work).
 */
const PLAN_FIGURE_AFTER = /^度?\s*(?:的)?\s*(?:计划|预计|拟)(?!工作|方案|安排|的通知)[^，,。；;、\n（()）]{0,10}?(?:数|量|额|面积|资金|投资|规模|人次)/;

/**
 * 关于做好2033年农机化生产作业进度上报工作的通知 / 关于报送2034年高效节水灌溉项目有关工作进展情况的通知: a year in the title
 * said of the work whose progress is reported is the year of that work; progress is counted as of each report.
 */
const PROGRESS_AFTER = /^[^，,。；;的《》“”]{0,18}?(?:进度|进展)/;
/**
 * 本镇2034年高效节水灌溉建设方案: a year said of a plan is the year the plan is for. The plan word must head the year's own
 * phrase: past 及 / 以及 / 和 / 与 another thing is named (一、做好2061年度行业统计及上一个五年规划期行业发展总结工作: the year
 * is the statistics', the plan belongs to the second thing), and a plan's span (规划期) is a time, not a plan.
 */
const PLAN_AFTER = /^[^，,。；;的《》“”及和与]{0,18}?(?:方案|规划)(?!期)(?![^，,。；;]{0,6}(?:完成|执行|落实)情况)/;

/**
 * 2033年全国科普日活动总结工作 / 2039年营造林生产补充计划的通知 / 2033年秋季招生工作: a year whose phrase ends in a piece
 * of work (an activity, a plan, an intake) with no counting named in it dates that work; the figures gathered by it are
 * counted as of the work, which names no period of its own (2028年计划投资 goes on past the work word: a plan's figure,
 * counted for its year).
 */
const ACTIVITY_AFTER = /^([^，,。；;:：、《》“”\n]{0,24}?)(?:工作|活动|计划|核查|招生|行动)(?=的|[，,。；;:：\n]|通知|如下|安排|并|及|和|数据|结果|$)/;
/**
 * 2033年度科普工作统计 / 本年度百岁老人摸底统计工作 / 2033年适龄残疾儿童受教育情况核查工作 / 2039年村庄建设统计调查: a
 * counting named in the phrase (a report, a survey, a check, a census) makes the year the figures': a survey named by a year
 * is filled with that year's figures (the lead's reading, phase 16), unless the notice names another time for them.
 */
const REPORT_OR_DATA = /年报|季报|月报|快报|报表|统计|数据|台账|核查|调查|普查|清查/;

function activityYear(after: string): boolean {
  const m = ACTIVITY_AFTER.exec(after);
  return Boolean(m) && !REPORT_OR_DATA.test(m![0]!);
}

/** 为做好… / 为了…: a purpose that says what the notice is for (not 根据…, what it rests on). */
const AIM = /^\s*为(?!此)[^，,。；;\n]*$/;

/** A year whose own phrase, up to the end of its clause, names a counting (2033年…入学统计, 2051年度…年报). */
function countingYear(text: string, m: PeriodMention): boolean {
  if (m.kind !== 'year') return false;
  const after = text.slice(m.index + m.text.length, m.index + m.text.length + 24);
  const phrase = after.slice(0, after.search(/[，,。；;:：\n]|$/));
  return REPORT_OR_DATA.test(phrase);
}

/**
 * 县体育局、县统计局决定于2052年在全县开展2051年度…统计调查: a year said after 于 with the doing of the work next (开展, 实施,
 * 组织…) is when the work is carried out, not what its figures are counted for.
 */
const DONE_IN_BEFORE = /[于在]\s*$/;
const DONE_IN_AFTER = /^\s*(?:在[^，,。；;、\n]{0,8}?)?(?:开展|实施|组织|进行|启动)/;

function doneInYear(text: string, m: PeriodMention): boolean {
  return m.kind === 'year' && DONE_IN_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))
    && DONE_IN_AFTER.test(text.slice(m.index + m.text.length, m.index + m.text.length + 16));
}

function workYear(after: string, part: PartKind | undefined): boolean {
  return PLAN_AFTER.test(after) || (part === 'title' && PROGRESS_AFTER.test(after)) || activityYear(after);
}

/**
 * 第一阶段动员部署（2月底）/ 督查阶段（2028年11月8日至2029年3月）/ 1月18日前为组织准备阶段: a time said in the clause of a
 * stage of the work is when that stage runs, not what the figures are counted for (阶段性情况, an interim account, is no
 * stage).
 */
const STAGE = /阶段(?!性)/;

function stageEntry(clause: string): boolean {
  const m = STAGE_ENTRY_TIME.exec(clause);
  return Boolean(m && !STAGE_NAME_NOT.test(m[1]!) && /^\s*$/.test(clause.slice(m[0].length)));
}

function stageSpans(text: string): Span[] {
  const out: Span[] = [];
  const schedules = scheduleSections(text);
  let start = 0;
  for (const [end] of [...spansOf(/[，,。；;\n]/g, text), [text.length, text.length] as Span]) {
    const clause = text.slice(start, end);
    if (STAGE.test(clause)) out.push([start, end]);
    // （二）全面排查和集中整治（5月下旬至8月） / （三）督查（9月）: a stage named with its time in brackets (STAGE_ENTRY_TIME)
    else if (stageEntry(clause)) out.push([start, end]);
    // 二、时间安排 （一）9月正式启动，县体育局召开启动会: a step of the work in a schedule section runs then; its month is no
    // counting period (a clause there that reports, 于1月底前完成数据汇总上报, keeps its time)
    else if (within(start, schedules) && (WORK_STEP.test(clause) || SCHEDULE_HEADING_SAID.test(clause)) && !REPORTED_STEP.test(clause)) out.push([start, end]);
    start = end + 1;
  }
  return [...out, ...stepTimeSpans(text, schedules)];
}

/**
 * 二、时间安排 1．2052年4月—5月，基层填报 / 二、时间安排：2053年4月布置；4月—5月基层填报 / 1．5月下旬，布置工作: an entry of a
 * schedule section that opens with a month (a range, a 旬) and goes on to nothing but the step then done — filling included —
 * says when that step runs, not what the figures are counted for. A due limit (3．5月31日前，各镇完成填报) or a data time
 * (截至…, 统计时间…) in the schedule keeps its role (STEP_TIME_KEEPS).
 */
const STEP_MONTH = String.raw`(?:\d{4}\s*年\s*)?\d{1,2}(?:\s*[—\-–~～]\s*\d{1,2})?\s*月(?:\s*\d{1,2}\s*[日号])?(?:[上中下]旬|底|初|中)?`;
const STEP_TIME = new RegExp(String.raw`^\s*(?:[一二三四五六七八九十]{1,2}\s*[、.．][^：:\n]{0,10}[：:])?\s*(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}\s*[.．、])?\s*`
  + STEP_MONTH + String.raw`(?:\s*[—\-–~～至到]\s*` + STEP_MONTH + String.raw`)?(?![\d日号])([^\d]*)$`);
const STEP_TIME_KEEPS = /前|每|截至|截止|为止|为准|起止|数据时间|统计时间|时点/;

function stepTimeSpans(text: string, schedules: Span[]): Span[] {
  const out: Span[] = [];
  for (const [from, to] of schedules) {
    let start = from;
    for (const [end] of [...spansOf(/[，,。；;\n]/g, text.slice(from, to)).map(([s, e]): Span => [from + s, from + e]), [to, to] as Span]) {
      const step = STEP_TIME.exec(text.slice(start, end));
      if (step && !STEP_TIME_KEEPS.test(step[1]!)) out.push([start, end]);
      start = end + 1;
    }
  }
  return out;
}

/** 二、时间安排 / 三、工作步骤 / 实施步骤: a section of the notice that says when the steps of the work happen. */
const SCHEDULE_HEADING = /(?:^|\n)\s*[一二三四五六七八九十]{1,2}\s*[、.．]\s*(?:时间安排|工作步骤|实施步骤|进度安排|方法步骤|步骤安排|时间进度|工作进度安排)/g;
const NEXT_SECTION = /\n\s*[一二三四五六七八九十]{1,2}\s*[、.．]/g;
/**
 * 二、时间安排：2月下旬至5月底: the time said on the schedule's own heading is when the work as a whole runs, as a step's
 * time is when that step runs; it is no counting period.
 */
const SCHEDULE_HEADING_SAID = /^\s*[一二三四五六七八九十]{1,2}\s*[、.．]\s*(?:时间安排|工作步骤|实施步骤|进度安排|方法步骤|步骤安排|时间进度|工作进度安排)\s*[:：]/;
/** 正式启动 / 召开…会 / 组织培训 / 动员部署: a step of the work, not a report. */
const WORK_STEP = /启动|部署|动员|召开|培训|开展|实施|组织/;
const REPORTED_STEP = /报|填|交|数据|统计表|情况表/;

function scheduleSections(text: string): Span[] {
  const out: Span[] = [];
  SCHEDULE_HEADING.lastIndex = 0;
  for (let m = SCHEDULE_HEADING.exec(text); m; m = SCHEDULE_HEADING.exec(text)) {
    NEXT_SECTION.lastIndex = m.index + m[0].length;
    const next = NEXT_SECTION.exec(text);
    out.push([m.index, next ? next.index : text.length]);
  }
  return out;
}

/** 春节期间 / 国庆节后 / 汛期前: a holiday or season said with 前 or 后 is when something is due, not what is counted. */
const FORMLESS_LIMIT_AFTER = /^\s*(?:前|后|之前|之后|以前|以后|结束|过后|放假|收假|上班)/;

const WEEKLY_ROUND = /^每(?:周|星期)/;
/** 每周星期三下午2时前: the due day read is the weekday, and the 每周 in front of it makes it a weekly round's. */
const WEEKLY_BEFORE = /每(?:个)?(?:周|星期)的?\s*$/;
/** 5月9日上报第一期，以后每周报送一期: a weekly series whose due day is named apart from its 每周. */
const WEEKLY_SERIES = /每(?:周|星期)(?:报送|上报|报)(?:一期|一次)/;

/**
 * 截至上周日 / 截止本周二: the day a weekly round's figures are counted to, said from the round itself (上周 is the week before
 * the round's due day, 本周 its own week).
 */
const ROUND_SNAPSHOT_DAY = /(?:截至|截止)(?:到|至)?\s*(上|本|这)个?(?:周|星期)([一二三四五六日天])/;
const WEEKDAY_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

function sentenceOf(text: string, span: Span): string {
  let from = span[0], to = span[1];
  while (from > 0 && !CLAUSE_END.test(text[from - 1]!)) from--;
  while (to < text.length && !CLAUSE_END.test(text[to]!)) to++;
  return text.slice(from, to);
}

/** 每月6日前 / 每周一 / 季后5日前 / 每季度结束后15日内: a deadline that recurs, one round after another. */
const RECURRING = /每(?:个)?(?:月|周|星期|季度?|旬|年)|[月季]后|(?:月|季度|季)(?:结束|终了)后/;
/** 上月 / 上一周 / 本季度 / 当月: a period named relative to the day it is said. */
const RELATIVE = /^(?:上|本|当|这|前一)/;

/**
 * 每月6日前报送上月… read on July 12th: the round due next is August 6th, and its 上月 is July, not June. In a
 * recurring notice, a period named relative to "now" is relative to the round being asked for.
 */
function atRound(
  mentions: PeriodMention[], text: string, timezone: string, deadlineSpan: Span | null, deadlineAt?: Date, deadlineRound?: string,
): PeriodMention[] {
  if (!deadlineSpan || !deadlineAt) return mentions;
  let from = deadlineSpan[0], to = deadlineSpan[1];
  while (from > 0 && !CLAUSE_END.test(text[from - 1]!)) from--;
  while (to < text.length && !CLAUSE_END.test(text[to]!)) to++;
  if (!RECURRING.test(text.slice(from, to))) return mentions;
  // 每月结束后的下月5日前报送本月…: 本月 is the month the round closes, not the month it is due in
  const range = deadlineRound ? periodRange(deadlineRound) : null;
  const reference = range ? new Date(range[1] + 12 * 3_600_000) : deadlineAt;
  const due = new Map(findPeriodMentions(text, reference, timezone).map((m) => [m.index, m]));
  return mentions.map((m) => (RELATIVE.test(m.text) && due.get(m.index)?.text === m.text ? due.get(m.index)! : m));
}
const CLAUSE_END = /[。;；!！?？\n]/;

/**
 * 第一季度…3月5日前；第二季度6月5日前: when a schedule pairs periods with due days, the period is the one named in the
 * clause of the due day the notice is read for.
 */
function clauseStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && !CLAUSE_END.test(text[from - 1]!)) from--;
  return from;
}

function pairedWithDeadline(text: string, mentions: Array<{ m: PeriodMention; tier: number }>, deadlineSpan: Span | null): PeriodMention | null {
  if (!deadlineSpan) return null;
  const from = clauseStart(text, deadlineSpan[0]);
  const inClause = mentions.filter(({ m, tier }) => tier >= 0 && tier <= 3 && m.kind !== 'year' && m.index >= from && m.index < deadlineSpan[0]);
  return inClause.length ? inClause[inClause.length - 1]!.m : null;
}

/**
 * Where a notice's period is read, most telling first. The ask and its item list say what is counted; the lead-in of
 * the ask's own sentence (11月份低保数据，请…) comes next, then the title, then notes and sections. The purpose, the
 * background and a quoted higher body's requirement give none: they say why the notice is sent and what happened or
 * will happen (为做好2027年预算编制, 由于卫星推迟到2039年6月发射, 截至11月20日全县已排查…), not what time the figures asked
 * for are counted for; a notice whose ask names no time asks for none.
 */
const TIERS: PartKind[][] = [
  ['period', 'ask', 'items'],
  ['topic'],
  ['title'],
  ['rules', 'heading', 'deadline', 'scope', 'addressee'],
  ['background', 'purpose', 'quote'],
];
const LAST = TIERS.length - 1;
/** The tier of notes and sections (see attachedFormYear). */
const RULES_TIER = TIERS.findIndex((kinds) => kinds.includes('rules'));

/** 附件：2.…: what may stand on an attachment line before the name of the entry the mention opens. */
const ENTRY_LEAD = /^\s*(?:(?:附件|附表)\s*\d{0,2}\s*[:：])?\s*(?:\d{1,2}\s*[.．、])?\s*$/;
/** …调查表 2. 2031年…: the next entry on the same line. */
const NEXT_ENTRY = /\s+\d{1,2}\s*[.．、]/;
/** 2031年秋季… / 2031年春季学期…: a season or a school term names a time with no period form, not the year counted. */
const TERM_AFTER_YEAR = /^度?\s*(?:[春夏秋冬]季|(?:上|下)?学期|学年)/;

/**
 * 按类别填写《2043年莲河县畜禽养殖场基本情况调查表》（附件2—4） over 附件：…2.2043年莲河县畜禽养殖场基本情况调查表（禁养区）: an
 * attached form whose name the body says in title marks is the form the units fill in, and the year its name opens with
 * is the year it counts. It is read at the tier of notes and sections: any period the ask, its items or the title name
 * comes first. An attached form the body never names (附件：2039年营造林生产补充计划表) says nothing of what is asked, and a
 * year that a season or a school term follows (2031年秋季…统计表) names that term, which has no period form.
 */
function attachedFormYear(anatomy: Anatomy, m: PeriodMention): boolean {
  if (m.kind !== 'year') return false;
  const text = anatomy.text;
  const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
  const lineEndAt = text.indexOf('\n', m.index);
  const lineEnd = lineEndAt < 0 ? text.length : lineEndAt;
  if (!ENTRY_LEAD.test(text.slice(lineStart, m.index))) return false;
  if (TERM_AFTER_YEAR.test(text.slice(m.index + m.text.length, m.index + m.text.length + 6))) return false;
  let name = text.slice(m.index, lineEnd);
  const next = NEXT_ENTRY.exec(name);
  if (next) name = name.slice(0, next.index);
  name = name.replace(/[（(][^（()）]*[)）]\s*$/, '').replace(/[\s。；;，,]+$/, '');
  if (name.length < m.text.length + 2) return false;
  const marked = `《${name}》`;
  for (let at = text.indexOf(marked); at >= 0; at = text.indexOf(marked, at + 1)) {
    const where = anatomy.parts.find((p) => at >= p.start && at < p.end);
    if (where && where.kind !== 'attachment') return true;
  }
  return false;
}
/** Sentences that state figures come after every tier, as before any part was told apart. */
const STATEMENTS = TIERS.length;

/** Spans of the sentences that state figures (去年全县共排查…47家、发现…12个): background, not the ask. */
function statementSpans(body: string, skip: Span[]): Span[] {
  const out: Span[] = [];
  let start = 0;
  const ends = [...spansOf(SENTENCE_END, body).map(([s]) => s), body.length];
  for (const end of ends) {
    let sentence = body.slice(start, end);
    // the period mentions themselves (截至11月20日) and document names are not figures
    for (const [s, e] of skip) {
      if (e <= start || s >= end) continue;
      const a = Math.max(s, start) - start, b = Math.min(e, end) - start;
      sentence = sentence.slice(0, a) + ' '.repeat(b - a) + sentence.slice(b);
    }
    if (STATED_FIGURE.test(sentence)) out.push([start, end]);
    start = end + 1;
  }
  return out;
}

export interface PeriodChoice {
  period: Period;
  /** Every period the notice asks for when it names several together (本月和上月), `period` first; else just it. */
  periods: string[];
  /** Every period mention found (item extraction blanks them). */
  spans: Span[];
  /** The mentions that may be a period asked for, with the tier of the part that names each. */
  candidates?: PeriodCandidate[];
  /**
   * Other periods the ask itself names alongside the chosen one, of the same form and not asked for together
   * (2029年…2030年, not 本月和上月): the reader cannot be sure which is meant, and the lead is asked.
   */
  alternatives?: string[];
  /** The words of a time the ask names that has no period form (11月1日至20日, 春节期间): the period is null, the lead is asked. */
  formless?: string;
  /** The period was named for this round (本次请补报10月份数据), beside a standing rule's rounds (THIS_ROUND_NAMED). */
  thisRound?: boolean;
  /**
   * DUE_OF_ANOTHER_ROUND: the due day read is the standing rule's (每月8日前) and closes another round than the one named for
   * now: it is not this round's due day (parse.ts stores none and the lead is asked).
   */
  dueOfAnotherRound?: boolean;
  /** MONTH_NOT_BEGUN: a month named without its year whose year the due day does not settle: the period is null, the lead is asked. */
  yearUnclear?: { said: string; periods: string[] };
}

/**
 * The period of the first tier that names one. Within a tier the first mention wins, except that a bare year right
 * before a more specific mention (今年11月) gives way to it. Mentions inside the deadline phrase and inside document
 * names (《…2026年度…通知》) are ignored; mentions in sentences that state figures (2025年全县共实现新增就业3,215人)
 * count as background.
 */
export function choosePeriod(
  anatomy: Anatomy, at: Date, timezone: string, deadlineSpan: Span | null, deadlineAt?: Date, deadlineRound?: string, deadlineRounds?: string[],
  itemNames: readonly string[] = [],
): PeriodChoice {
  const choice = withSameTimeLastYear(anatomy.text, chooseWithRounds(anatomy, at, timezone, deadlineSpan, deadlineAt, deadlineRound, deadlineRounds), itemNames);
  return withItsOwnMonth(anatomy.text, withMonthNotBegun(anatomy.text, choice, at, timezone, deadlineAt), at, timezone);
}

/**
 * RUNNING_TOTAL_AND_ITS_MONTH: 今年1-10月累计临时救助人次和10月当月临时救助人次 — a running total to a month's end and that month's
 * own figure (N月当月) are two periods asked together, the total's day and the month (2026-10-31 and 2026-10); only the total was
 * kept. RUNNING_TOTAL_AFTER reads the total's 累计 right after its mention, MONTH_ITSELF_AFTER the 当月 right after the month's.
 */
const RUNNING_TOTAL_AFTER = /^\s*(?:的)?\s*累计/;
const MONTH_ITSELF_AFTER = /^\s*(?:份)?\s*(?:的)?\s*当月/;

function withItsOwnMonth(text: string, choice: PeriodChoice, at: Date, timezone: string): PeriodChoice {
  if (!choice.period || choice.periods.length !== 1 || periodKind(choice.period) !== 'snapshot') return choice;
  const year = Number(choice.period.slice(0, 4)), month = Number(choice.period.slice(5, 7)), day = Number(choice.period.slice(8, 10));
  if (day !== daysInMonth(year, month)) return choice;
  const asked = (m: PeriodMention) => (choice.candidates ?? []).some((c) => c.index === m.index && c.tier >= 0);
  const after = (m: PeriodMention) => text.slice(m.index + m.text.length);
  const mentions = findPeriodMentions(text, at, timezone);
  const total = mentions.find((m) => m.period === choice.period && asked(m) && RUNNING_TOTAL_AFTER.test(after(m)));
  const own = monthPeriod(year, month);
  const itself = mentions.find((m) => m.kind === 'month' && m.period === own && asked(m) && MONTH_ITSELF_AFTER.test(after(m)));
  if (!total || !itself) return choice;
  const periods = itself.index < total.index ? [own, choice.period] : [choice.period, own];
  return { ...choice, period: periods[0]!, periods };
}

/**
 * MONTH_NOT_BEGUN: 请朱沱镇于12月5日前报送12月低保户数 / 12月31日前报送12月… posted in November — a month named without its year
 * that has not begun this year was read as last year's (the latest begun), 2025-12, a wrong period. A due day in or after this
 * year's month says the month is this year's. A due day before it (11月30日前报送12月…) leaves the year unclear when last year's
 * month is long over (ended more than MONTH_LONG_OVER months before the message): nothing is guessed, the period is left for the
 * lead to confirm (see bot/requests.ts). 1月10日前报送12月… in January stays last year's: that month has just ended.
 */
const MONTH_LONG_OVER = 6;
/** A month mention that says its year (2025年12月, 今年12月, 去年12月): no year is read into it. */
const MONTH_YEAR_SAID = /年/;

function withMonthNotBegun(text: string, choice: PeriodChoice, at: Date, timezone: string, deadlineAt?: Date): PeriodChoice {
  if (!deadlineAt || !choice.period || choice.periods.length > 1 || periodKind(choice.period) !== 'month') return choice;
  const today = localParts(at, timezone);
  const year = Number(choice.period.slice(0, 4)), month = Number(choice.period.slice(5, 7));
  if (year !== today.year - 1 || month <= today.month) return choice;
  const said = findPeriodMentions(text, at, timezone)
    .find((m) => m.period === choice.period && (choice.candidates ?? []).some((c) => c.index === m.index));
  if (!said || MONTH_YEAR_SAID.test(said.text)) return choice;
  const thisYear = monthPeriod(today.year, month);
  if (compareLocalDates(localParts(deadlineAt, timezone), { year: today.year, month, day: 1 }) >= 0) {
    return { ...choice, period: thisYear, periods: [thisYear] };
  }
  if (today.month + 12 - month <= MONTH_LONG_OVER) return choice;
  return { ...choice, period: null, periods: [], yearUnclear: { said: said.text.trim(), periods: [thisYear, choice.period] } };
}

/**
 * SAME_TIME_LAST_YEAR: 10月份临时救助人次及去年同期数 / 今年1-2月和去年同期 / 第三季度…及上年同期数据 — 去年同期 (上年同期) asked
 * beside a period is that period one year back (2025-10, 2025-02-28, 2025-Q3), asked too: it was left out, or read as the whole
 * of 2025. Said alone (请报送去年同期…) it stays last year; compared with (较去年同期) it is no period asked (see compared).
 */
const SAME_TIME_LAST_YEAR = /^(?:去年|上一?年)同(?:期|月|季度?)/;

/**
 * GLOSSED_SAME_TIME: 去年同期（2025年10月） — the bracket right after 去年同期 spells out which part of last year is meant; that
 * period is the one asked, not the whole year.
 */
const GLOSS_OPEN = /^\s*[（(]\s*$/;

function glossOf(text: string, c: PeriodCandidate, candidates: readonly PeriodCandidate[]): string | undefined {
  const end = c.index + (SAME_TIME_LAST_YEAR.exec(text.slice(c.index, c.index + 5))?.[0].length ?? 0);
  const inside = candidates.find((d) => d.index > end && d.index <= end + 3 && GLOSS_OPEN.test(text.slice(end, d.index)));
  return inside && inside.period !== c.period && inside.period.startsWith(c.period) ? inside.period : undefined;
}

/**
 * SAME_TIME_ITEM: …前一日市场销售额及上年同期数据, where the dictionary has 上年同期销售额 (alias 上年同期数据): the words are the name
 * of an item the dictionary keeps for last year's figure, read as that item, not as a second period asked.
 */
function sameTimeItem(text: string, index: number, itemNames: readonly string[]): boolean {
  return itemNames.some((name) => /同期|同比/.test(name) && text.startsWith(name, index));
}

function withSameTimeLastYear(text: string, choice: PeriodChoice, itemNames: readonly string[]): PeriodChoice {
  const back = (choice.candidates ?? []).filter((c) => c.tier >= 0 && c.tier <= 1 && c.kind === 'year' && SAME_TIME_LAST_YEAR.test(text.slice(c.index, c.index + 5))
    && !sameTimeItem(text, c.index, itemNames));
  const glossed = back.map((c) => glossOf(text, c, choice.candidates ?? []));
  if (back.length && glossed.every(Boolean)) {
    const spelled = (p: string): string => glossed[back.findIndex((c) => c.period === p)] ?? p;
    // (10月份低保户数及去年同期（2025年10月）…: the period named before it, of the same kind, is asked too)
    const before = (choice.candidates ?? []).filter((d) => d.tier >= 0 && d.tier <= 1 && d.index < back[0]!.index && !back.includes(d)
      && !glossed.includes(d.period) && d.kind === periodKind(glossed[0]!));
    const periods = [...new Set([...before.map((d) => d.period), ...choice.periods.map(spelled), ...(choice.period ? [spelled(choice.period)] : []), ...(glossed as string[])])];
    const alternatives = choice.alternatives?.filter((p) => !periods.includes(p) && !back.some((c) => c.period === p));
    return { ...choice, period: periods[0] ?? choice.period, periods, alternatives: alternatives?.length ? alternatives : undefined };
  }
  const backYears = new Set(back.map((c) => c.period));
  const reference = choice.periods.find((p) => !backYears.has(p)) ?? (choice.period && !backYears.has(choice.period) ? choice.period : undefined);
  if (!back.length || !reference) return choice;
  const shifted = yearEarlier(reference);
  if (!shifted) return choice;
  const periods = [...new Set([...choice.periods.filter((p) => !backYears.has(p)), shifted])];
  if (!periods.includes(reference)) periods.unshift(reference);
  const alternatives = choice.alternatives?.filter((p) => !backYears.has(p) && !periods.includes(p));
  return { ...choice, period: periods[0]!, periods, alternatives: alternatives?.length ? alternatives : undefined };
}

/** The same period a year earlier: 2026-10 → 2025-10, 2026-Q3 → 2025-Q3, 2024-02-29 → 2023-02-28; null for a week. */
function yearEarlier(period: string): string | null {
  const year = Number(period.slice(0, 4)) - 1;
  const kind = periodKind(period);
  if (kind === 'week') return null;
  if (kind !== 'snapshot') return `${year}${period.slice(4)}`;
  const month = Number(period.slice(5, 7));
  return formatLocalDate({ year, month, day: Math.min(Number(period.slice(8, 10)), daysInMonth(year, month)) });
}

function chooseWithRounds(
  anatomy: Anatomy, at: Date, timezone: string, deadlineSpan: Span | null, deadlineAt?: Date, deadlineRound?: string, deadlineRounds?: string[],
): PeriodChoice {
  const choice = chooseOne(anatomy, at, timezone, deadlineSpan, deadlineAt, deadlineRound, deadlineRounds);
  // 每周五报送上周进度，每月25日前报送月度汇总情况: the due day read is the weekly one; the monthly round the same sentence
  // sets is asked by the same notice, and its month is counted too
  if (!deadlineSpan || choice.periods.length !== 1 || periodKind(choice.periods[0]!) !== 'week') return choice;
  const month = otherMonthlyRound(anatomy.text, deadlineSpan, at, timezone);
  return month ? { ...choice, periods: [...choice.periods, month] } : choice;
}

/** 每月25日前 in the sentence of a weekly due day: its next round, counted like any monthly round (see monthlyRound). */
const MONTHLY_DUE_DAY = /每个?月的?\s*(\d{1,2})\s*[日号]\s*(?:之前|以前|前)/;

function otherMonthlyRound(text: string, deadlineSpan: Span, at: Date, timezone: string): string | null {
  const sentence = sentenceOf(text, deadlineSpan);
  const m = MONTHLY_DUE_DAY.exec(sentence);
  if (!m) return null;
  const day = Number(m[1]);
  if (day < 1 || day > 28) return null;
  const today = localParts(at, timezone);
  const [year, month] = today.day <= day ? [today.year, today.month] : today.month === 12 ? [today.year + 1, 1] : [today.year, today.month + 1];
  if (day >= 16) return monthPeriod(year, month);
  return month > 1 ? monthPeriod(year, month - 1) : monthPeriod(year - 1, 12);
}

/**
 * ANOTHER_ROUNDS_DUE: 一季度季后7日、二季度季后6日、三季度季后10日12:00前 in a schedule whose due day read is another line's (运输完成情况：
 * 1月8日前) — a period followed by its own round's due rhythm names that round, not the period of the due day read.
 */
const ROUND_RHYTHM_AFTER = /^\s*(?:季度?后|月后|(?:结束|终了)后)\s*的?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:个工作日|日|天)/;

function anotherRoundsDue(text: string, m: PeriodMention, deadlineSpan: Span | null): boolean {
  if (!ROUND_RHYTHM_AFTER.test(text.slice(m.index + m.text.length, m.index + m.text.length + 12))) return false;
  if (!deadlineSpan) return true;
  const from = clauseStart(text, m.index);
  let to = m.index;
  while (to < text.length && !CLAUSE_END.test(text[to]!)) to++;
  return deadlineSpan[0] < from || deadlineSpan[0] >= to;
}

function chooseOne(
  anatomy: Anatomy, at: Date, timezone: string, deadlineSpan: Span | null, deadlineAt?: Date, deadlineRound?: string, deadlineRounds?: string[],
): PeriodChoice {
  const text = anatomy.text;
  const documents = spansOf(DOCUMENT_NAME, text);
  const outsideDeadline = (index: number, end: number): boolean => !deadlineSpan || end <= deadlineSpan[0] || index >= deadlineSpan[1];
  const dates = dataDates(anatomy, at, timezone);
  const all = withDataDates(atRound(findPeriodMentions(text, at, timezone), text, timezone, deadlineSpan, deadlineAt, deadlineRound), dates)
    .filter((m) => outsideDeadline(m.index, m.index + m.text.length));
  const eachDay = eachDaySpans(text);
  // 11月1日至20日期间 / 10-11月: a time said with no period form is blanked from the items like any period (see NAMED_WITHOUT_FORM)
  const unformed = formlessPeriodSpans(text, at, timezone).filter(([s, e]) => outsideDeadline(s, e) && !eachDay.some(([ds, de]) => s < de && ds < e));
  const spans = [...all.map((m): Span => [m.index, m.index + m.text.length]), ...eachDay, ...unformed];
  const statements = statementSpans(text, [...spans, ...documents]);
  const partOf = (index: number) => anatomy.parts.find((p) => index >= p.start && index < p.end);
  const asked = askedText(anatomy);
  const tierOf = (m: PeriodMention): number => {
    const part = partOf(m.index);
    if (!part) return -1;
    if (part.kind === 'attachment') return attachedFormYear(anatomy, m) ? RULES_TIER : -1;
    const tier = TIERS.findIndex((kinds) => kinds.includes(part.kind));
    if (tier < 0) return -1;
    // 为做好2033年残疾儿童少年义务教育入学统计，请各校…填报: a purpose whose object is the counting asked for names the
    // year counted; it comes after every part that names a period itself
    // 三、活动时间 2058年6月 with 将活动期间发放…的份数…报局: the activity's stated time is what the ask counts
    if (activityTimeAsked(text, asked, m)) return 0;
    if (tier === LAST) return part.kind === 'purpose' && AIM.test(text.slice(part.start, m.index)) && countingYear(text, m) ? LAST : -1;
    if (part.kind !== 'title' && within(m.index, statements)) return STATEMENTS;
    // 4.统计数据截至2033年11月10日 under 统计内容和范围: a data date says what the figures are for in whichever part of the
    // ask it stands (not in the purpose, the background or a quoted requirement)
    if (dates.includes(m) && tier < LAST) return 0;
    return tier;
  };
  // 2027年春节期间 / 5月中旬: a time with no period form; the year in front of it belongs to it
  // 1．5月下旬，布置工作 in a schedule section: the 旬 of a step is when it runs, no time the ask counts (stepTimeSpans)
  const steps = stepTimeSpans(text, scheduleSections(text));
  const formless = [...formlessSpans(text), ...unformed.filter(([s, e]) => countedSpan(text, s, e))].filter(([s, e]) => outsideDeadline(s, e) && !within(s, documents) && !within(s, steps)
    && !FORMLESS_LIMIT_AFTER.test(text.slice(e, e + 4)));
  // 与上年实际对比: the period compared with is the comparison's base wherever else the notice names it (上年实际以…为准)
  const bases = new Set(all.filter((m) => compared(text, m)).map((m) => m.text));
  const stages = stageSpans(text);
  const idioms = cadenceIdiomSpans(text);
  let mentions = all
    .filter((m) => !within(m.index, idioms))
    .filter((m) => !within(m.index, documents) && !within(m.index, stages) && !bases.has(m.text) && !basis(text, m) && !isLimit(text, m) && (!longPast(m, at, timezone) || inRecentRun(text, m, all, at, timezone)))
    // (本月上半月 / 本月上旬: the month in front of a part of it is no more the period than the year in front of a holiday)
    .filter((m) => !((m.kind === 'year' || m.kind === 'month') && formless.some(([s, e]) => m.index >= s && m.index < e)))
    .filter((m) => !dueMonthWord(text, m) && !handInMonthWord(text, m, all))
    .filter((m) => !yearAhead(text, m, at, timezone) || partOf(m.index)?.kind === 'items')
    .filter((m) => !(m.kind === 'year' && workYear(text.slice(m.index + m.text.length, m.index + m.text.length + 24), partOf(m.index)?.kind)))
    .filter((m) => !doneInYear(text, m))
    .filter((m) => !anotherRoundsDue(text, m, deadlineSpan))
    .map((m) => ({ m, tier: tierOf(m) }));
  // 统计报送2043年…作业证的需求量: a year the ask names a need for is a season ahead, wherever else it is said
  const seasons = seasonNeedYears(text, mentions.filter((x) => x.tier === 0).map((x) => x.m), at, timezone);
  if (seasons.size) mentions = mentions.filter(({ m }) => !(m.kind === 'year' && seasons.has(m.period)));
  const candidates = mentions.map(({ m, tier }): PeriodCandidate => ({ period: m.period, kind: m.kind, tier, index: m.index }));
  // 于每周三报: a weekly round is due this week, and counts this week unless the ask names a week itself (上周)
  if (deadlineSpan && deadlineAt && (WEEKLY_ROUND.test(text.slice(deadlineSpan[0], deadlineSpan[1])) || WEEKLY_BEFORE.test(text.slice(Math.max(0, deadlineSpan[0] - 4), deadlineSpan[0]))
    || WEEKLY_SERIES.test(sentenceOf(text, deadlineSpan)))
    && !mentions.some((x) => x.tier >= 0 && x.tier <= 1 && x.m.kind === 'week')) {
    const due = localParts(deadlineAt, timezone);
    // 每周一…报送截至上周日的…: a day of a week said in the round's own sentence counts from the round's due day
    const said = ROUND_SNAPSHOT_DAY.exec(sentenceOf(text, deadlineSpan));
    if (said) {
      const day = formatLocalDate(weekdayInWeek(due, WEEKDAY_NUMBER[said[2]!]!, said[1] === '上' ? -1 : 0));
      return { period: day, periods: [day], spans, candidates };
    }
    const week = isoWeek(due);
    return { period: week, periods: [week], spans, candidates };
  }
  const paired = pairedWithDeadline(text, mentions, deadlineSpan);
  // 补报范围为2031年年报、2031年12月月报和2032年2月月报，补报截止时间为…: the reports a due day closes together
  const closed = paired ? namedReports(text, mentions.filter((x) => x.tier >= 0 && x.tier <= 3 && x.m.index >= clauseStart(text, deadlineSpan![0]) && x.m.index < deadlineSpan![0]).map((x) => x.m)) : [];
  if (closed.length > 1) return { period: closed[0]!, periods: closed, spans, candidates };
  if (paired) {
    // 第二季度 named without its year in a schedule: the latest such period begun by its own due day; 一、二季度…均在
    // 7月15日前: every period of a list the due day closes together
    const run = [...joinedBefore(text, mentions.map((x) => x.m), paired), ...joinedAfter(text, mentions.map((x) => x.m), paired)];
    // (YEAR_BEFORE_A_YEARED_PERIOD: a run that opens on a year is read as the same words are anywhere, see coordinated)
    const periods = run[0]!.kind === 'year' ? coordinated(text, run, run[0]!) : [...new Set(run.map((m) => ownPeriod(m, deadlineAt, timezone)))];
    return { period: periods[0]!, periods, spans, candidates };
  }
  const namesPeriod = mentions.some((x) => x.tier >= 0 && x.tier <= 1 && x.m.kind !== 'year');
  // 年报——次年3月20日前；半年报——本年7月15日前: a schedule pairs each report with its due day, and the report due on the
  // day read for is the one counted: the latest period of its cadence that has ended by then
  const report = deadlineSpan && deadlineAt ? reportPairedWithDeadline(text, deadlineSpan, deadlineAt, timezone) : null;
  if (report && !namesPeriod) return { period: report, periods: [report], spans, candidates };
  // 请于报告月后的3天内报送月报: the due day closes a round, and that round's month or quarter is what is counted
  // ROUNDS_DUE_SAME_DAY: 年报次年1月20日前…月报次月20日前 — every round due that day is counted, in the order named
  if (deadlineRound && !namesPeriod) return { period: deadlineRound, periods: deadlineRounds ?? [deadlineRound], spans, candidates };
  const monthly = deadlineSpan && deadlineAt ? monthlyRound(text, deadlineSpan, deadlineAt, timezone) : null;
  if (monthly && !namesPeriod) return { period: monthly, periods: [monthly], spans, candidates };
  // 每日20时至次日20时的疫情: the first window runs into its second day, which names it
  const windowStart = dailyWindowStart(askedText(anatomy), at, timezone);
  if (windowStart && !namesPeriod) {
    const day = formatLocalDate(addDays(windowStart, 1));
    return { period: day, periods: [day], spans, candidates };
  }
  // A daily report (自1月12日起，每天…报 / 2月5日至14日每日…报) asks, this round, for its first day.
  const daily = firstDailyRound(anatomy, at, timezone);
  // 2月2日进行一次模拟测试：当天15—17时…提交 before the daily rounds from 2月6日: the round due first is the one asked now
  const dueFirst = daily && deadlineAt && formatLocalDate(localParts(deadlineAt, timezone)) < daily[0]!;
  if (daily && !namesPeriod && !dueFirst) return { period: daily[0]!, periods: daily, spans, candidates };
  // 2月14日、15日和18日上午10点前，报送当日监测情况: a round's figures of 当日 are those of its due day
  if (deadlineAt && !namesPeriod) {
    // 样本企业每日上午10点前…报送前一日数据: the day words of the enterprises' own rounds are theirs, not the units' due day's
    const own = askedText(anatomy);
    const words = dataDayWords(blankSpans(own, firmsOwnRounds(own)));
    if (words.length) {
      // (NEXT_DAY: 于次日12时前报送当日… — the due day is the day after the one whose figures are asked)
      const said = localParts(deadlineAt, timezone);
      const due = deadlineSpan && /^(?:次日|翌日)/.test(text.slice(deadlineSpan[0], deadlineSpan[1])) ? addDays(said, -1) : said;
      const days = words.map((w) => formatLocalDate(w === 'before' ? addDays(due, -1) : due));
      return { period: days[0]!, periods: days, spans, candidates };
    }
  }
  // 近三个月（8-10月）的…，每月分别报 (MONTH_BY_MONTH): each month of the span is counted
  const byMonth = monthByMonth(askedText(anatomy), at, timezone);
  if (byMonth && !mentions.some((x) => x.tier === 0 && x.m.kind !== 'year' && !within(x.m.index, [byMonth.span]) && !byMonth.months.includes(x.m.period))) {
    return { period: byMonth.months[0]!, periods: byMonth.months, spans, candidates };
  }
  // 年度 alone (高度重视年度数据报送) says "annual", not which year: it counts only when nothing else names a period.
  for (const allowBare of [false, true]) {
    for (let tier = 0; tier <= STATEMENTS; tier++) {
      const listed = mentions.filter((x) => x.tier === tier && (allowBare || !BARE_YEAR_WORD.test(x.m.text))).map((x) => x.m);
      // 二、数据时间：截至2029年年底 — a section that says what time the figures are for names it first; so does a label
      // inside a sentence (统计时段为…（代表2031年1月1日至7月30日的数据）)
      const says = (m: PeriodMention) => partOf(m.index)?.kind === 'period' || dates.includes(m) || activityTimeAsked(text, asked, m) || DATA_TIME_LABEL.test(text.slice(Math.max(0, m.index - 8), m.index));
      // (THIS_ROUND_NAMED: 本次请补报10月份数据 names this round's period before any rule's 上月)
      const now = (m: PeriodMention) => namedForThisRound(text, m);
      const inTier = [...listed.filter(now), ...listed.filter((m) => !now(m) && says(m)), ...listed.filter((m) => !now(m) && !says(m))];
      // 补报2031年年报、2031年12月月报和2032年2月月报: reports named with their periods each count their own
      const reports = namedReports(text, inTier);
      if (reports.length > 1) {
        return { period: reports[0]!, periods: reports, spans, candidates };
      }
      const picked = pick(inTier);
      const chosen = picked && yearToADay(text, spokenOf(picked, mentions, partOf), inTier);
      if (chosen) {
        let periods = coordinated(text, listed, chosen);
        // 2051年度…调查的内容包括…2051年和2050年与体育相关的营业收入: the same year said again in the ask, joined there with
        // others, lists every year the figures are asked for
        if (tier === 0 && periods.length === 1 && chosen.kind === 'year') {
          const again = inTier.filter((m) => m !== chosen && m.period === chosen.period).map((m) => coordinated(text, listed, m)).find((p) => p.length > 1);
          if (again) periods = again;
        }
        // （一）2027年总人数…（三）2028年计划投资: entries of the item list that each name their own period ask for each
        // (one period per entry: 以上数据均为2026年11月当月数 restates its month, it adds none)
        if (tier === 0 && partOf(chosen.index)?.kind === 'items') {
          const taken = new Set([partOf(chosen.index)]);
          for (const m of inTier) {
            const part = partOf(m.index);
            if (m.kind !== chosen.kind || part?.kind !== 'items' || taken.has(part) || periods.includes(m.period)) continue;
            periods.push(m.period);
            taken.add(part);
          }
        }
        // 村庄基本情况的统计数据截止时间为2037年12月31日，基础设施现状的统计数据截止时间为2038年6月30日: each part of
        // what is asked has its own data date, and each is counted
        if (dates.includes(chosen)) {
          for (const d of listed) if (dates.includes(d) && !periods.includes(d.period)) periods.push(d.period);
        }
        // 1.快报：…数据统计起止时间为2052年1月1日至9月30日。2.年报：…数据统计起止时间为2052年1月1日至12月31日: each report
        // of the ask says the time its own figures count, and each is counted
        const labelled = (m: PeriodMention) => DATA_TIME_LABEL.test(text.slice(Math.max(0, m.index - 8), m.index));
        if (tier === 0 && labelled(chosen)) {
          for (const m of inTier) if (m !== chosen && labelled(m) && !periods.includes(m.period)) periods.push(m.period);
        }
        // （一）上年各种农作物的播种面积和产量，今年5月底以前实际已播种的农作物面积，今年预计的农作物播种面积和产量: an entry
        // of the item list whose clauses each open with their own period lists what is counted for each, in the order named
        const entry = tier === 0 ? partOf(chosen.index) : undefined;
        const openers = entry?.kind === 'items' ? [...new Set(listed.filter((m) => partOf(m.index) === entry && opensClause(text, entry.start, m.index)).sort((a, b) => a.index - b.index).map((m) => m.period))] : [];
        if (openers.length > 1) return { period: openers[0]!, periods: openers, spans, candidates };
        const thisRound = namedForThisRound(text, picked);
        // (DUE_OF_ANOTHER_ROUND: the rule's 每月8日前 closes its next round, 2026-11, not the 10月份 asked now)
        const ruleRound = thisRound && deadlineSpan && deadlineAt ? deadlineRound ?? monthlyRound(text, deadlineSpan, deadlineAt, timezone) : null;
        const dueOfAnotherRound = ruleRound !== null && ruleRound !== chosen.period;
        const alternatives = tier <= 1 && !thisRound ? [...new Set(inTier.filter((m) => m.kind === chosen.kind && m !== picked && !periods.includes(m.period)).map((m) => m.period))] : [];
        return { period: chosen.period, periods, spans, candidates, ...(alternatives.length ? { alternatives } : {}), ...(thisRound ? { thisRound } : {}), ...(dueOfAnotherRound ? { dueOfAnotherRound } : {}) };
      }
      // the ask counts a holiday or a 旬 (本次报送春节期间…): it names its time, which has no period form
      // (FORMLESS_ASKED: the words are handed on, and the lead is asked which period is meant, see bot/requests.ts)
      const said = tier <= 1 ? formless.find(([s]) => TIERS[tier]!.includes(partOf(s)?.kind ?? 'signature')) : undefined;
      if (said) return { period: null, periods: [], spans, candidates, formless: text.slice(said[0], said[1]).trim() };
    }
  }
  return { period: null, periods: [], spans, candidates };
}

/**
 * COUNTED_SPAN: 11月1日至20日期间临时救助人次 / 统计时段为10月21日至11月20日 — a span with no period form is the time the figures
 * count only when an item follows it or a data-time label leads it in; 调研时间：3月27日至4月15日 / 9月5日至10月5日开展普查 is
 * when the work runs, which says nothing of the period.
 */
const COUNTED_AFTER = /^\s*(?:的|期间|内|之间)?\s*(?!开展|进行|组织|实施|报送|上报|填报|完成|集中|召开|举办|出生|对|在|由|为|到|至|起|前|后|结束|截止)[\u4e00-\u9fa5]{2}/;

function countedSpan(text: string, start: number, end: number): boolean {
  return COUNTED_AFTER.test(text.slice(end, end + 8)) || DATA_TIME_LABEL.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * MONTH_BY_MONTH: 补报近三个月（8-10月）的低保户数，每月分别报 / 7至9月逐月填报 — a span of whole months whose figures are asked
 * month by month: each month is a period of the ask (the span alone names no single period, see MONTHS_OF_A_PART).
 */
const MONTH_SPAN = /(?:(\d{4})年)?(?<![\d])(\d{1,2})\s*(?:月份?)?\s*(?:-|—|–|~|～|至|到)\s*(\d{1,2})\s*月(?:份)?(?![\d日号])/g;
const BY_MONTH = /每个?月(?:分别|单独|各)|逐月|分月|按月分别|每月一[张表报]/;

function monthByMonth(text: string, at: Date, timezone: string): { months: string[]; span: Span } | null {
  const today = localParts(at, timezone);
  for (const m of text.matchAll(MONTH_SPAN)) {
    const from = Number(m[2]), to = Number(m[3]);
    if (!(from >= 1 && to <= 12 && to > from && to - from <= 11)) continue;
    const sentence = sentenceOf(text, [m.index!, m.index! + m[0].length]);
    if (!BY_MONTH.test(sentence)) continue;
    const year = m[1] ? Number(m[1]) : from <= today.month ? today.year : today.year - 1;
    return { months: Array.from({ length: to - from + 1 }, (_, i) => monthPeriod(year, from + i)), span: [m.index!, m.index! + m[0].length] };
  }
  return null;
}

/** The opening of a clause: the start of its entry (after its number, （一） / 1. / 一、) or right after a comma or semicolon. */
const CLAUSE_OPENING = /(?:^|[，,；;。\n])\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,3}、)?\s*$/;

function opensClause(text: string, from: number, index: number): boolean {
  return CLAUSE_OPENING.test(text.slice(from, index));
}

/** 年报 / 半年报 / 季报 / 月报 named right before a due day in its clause (年报——次年3月20日前). */
const REPORT_BEFORE_DUE = /(半年报|年报|季报|月报)[^，,。；;、\n]{0,6}$/;

/**
 * REPORT_SECTION_HEADING: 一、年报\n…3.运输完成情况：1月8日前报送；\n二、定报\n… — a schedule split under headings that name
 * each section's cadence: a due day in a section with no report named in its own clause belongs to its heading's report.
 */
const REPORT_SECTION_HEADING = /^\s*(?:[一二三四五六七八九十]{1,2}\s*[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）])\s*(半年报|年报|季报|月报)表?\s*[:：]?\s*$/;

function sectionReport(text: string, at: number): string | null {
  const lines = text.slice(0, at).split('\n');
  lines.pop();
  for (let i = lines.length - 1; i >= 0; i--) {
    const h = REPORT_SECTION_HEADING.exec(lines[i]!);
    if (h) return h[1]!;
    // another numbered heading of the first level closes the search: the day is not in a report's section
    if (/^\s*[一二三四五六七八九十]{1,2}\s*[、.．]/.test(lines[i]!)) return null;
  }
  return null;
}

function reportPairedWithDeadline(text: string, deadlineSpan: Span, deadlineAt: Date, timezone: string): string | null {
  const m = REPORT_BEFORE_DUE.exec(text.slice(clauseStart(text, deadlineSpan[0]), deadlineSpan[0]));
  const named = m ? m[1]! : sectionReport(text, deadlineSpan[0]);
  const kind = named ? cadenceOf(named) : null;
  return kind ? lastEndedBy(kind, localParts(deadlineAt, timezone)) : null;
}

/** The latest period of a kind that has ended by a day (a half year due on July 15th is the first half). */
function lastEndedBy(kind: PeriodKind, day: { year: number; month: number }): string | null {
  const { year, month } = day;
  if (kind === 'year') return String(year - 1);
  if (kind === 'half') return month > 6 ? `${year}-H1` : `${year - 1}-H2`;
  if (kind === 'quarter') { const q = Math.ceil(month / 3) - 1; return q ? `${year}-Q${q}` : `${year - 1}-Q4`; }
  if (kind === 'month') return month > 1 ? monthPeriod(year, month - 1) : monthPeriod(year - 1, 12);
  return null;
}

/** 每月25日前 / 每月8日报送: a monthly due day. */
const MONTHLY_DUE = /每个?月的?\s*$/;
/** 每月5日、15日、25日前: several rounds a month, none of which is a month. */
const MORE_DAYS_OF_MONTH = /^\s*前?\s*[、,，和及与]\s*\d{1,2}[日号]/;

/**
 * 每月8日报送 / 请于每月25日前将推进情况表报…, with no period named: a monthly round closes the month it is due near. A
 * day early in the month (8日) closes the month just ended; a day late in it (25日) closes the month it falls in. Several
 * days a month (每月5日、15日、25日前) are rounds shorter than a month, and name none.
 */
function monthlyRound(text: string, deadlineSpan: Span, deadlineAt: Date, timezone: string): string | null {
  if (!MONTHLY_DUE.test(text.slice(Math.max(0, deadlineSpan[0] - 6), deadlineSpan[0]))) return null;
  if (MORE_DAYS_OF_MONTH.test(text.slice(deadlineSpan[1], deadlineSpan[1] + 8))) return null;
  const due = localParts(deadlineAt, timezone);
  if (due.day >= 16) return monthPeriod(due.year, due.month);
  return due.month > 1 ? monthPeriod(due.year, due.month - 1) : monthPeriod(due.year - 1, 12);
}

/** 每天 / 日报 (not 2月20日报到 or 5月16日报送: a date followed by 报). */
const DAILY = /每天|每日|(?<![\d〇一二三四五六七八九十])日报|每个工作日/;
const ROUND_START = /(?:自|从)?((?:\d{4}年)?\d{1,2}月\d{1,2}[日号]?)\s*(?:[(（][^()（）]{1,6}[)）])?\s*(?:起|开始|至|到|—|-|~)/;
/** 2月5日至11日每天的…: the span's end, when its days are each asked for. */
const SPAN_END = /^\s*(?:起|开始)?\s*(?:至|到|—|-|~)\s*((?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号]?)\s*(?:[(（][^()（）]{1,6}[)）])?/;

/** The parts that ask: not the title, the purpose, the background, a quote, the rules or the tail. */
function askedText(anatomy: Anatomy): string {
  return withoutParts(anatomy, ['title', 'purpose', 'background', 'quote', 'rules', 'contact', 'attachment', 'signature']);
}

/**
 * This round's days of a daily report: its first day (前一日的… : the day before it; 当日价格及前一日销售额: both, in the
 * order named); a span whose every day is asked for (2月5日至11日每天的接待人数) lists each of its days.
 */
function firstDailyRound(anatomy: Anatomy, at: Date, timezone: string): string[] | null {
  const asked = askedText(anatomy);
  if (!DAILY.test(asked)) return null;
  // the start of the daily rounds: in the sentence that says 每天 / 日报, else in the one before it
  const sentences = asked.split(/[。；;\n]/);
  const at0 = sentences.findIndex((t) => DAILY.test(t));
  const today = localParts(at, timezone);
  for (const t of [sentences[at0]!, sentences[at0 - 1] ?? '']) {
    const m = ROUND_START.exec(t);
    if (!m) continue;
    // the round is ahead of the notice or just begun: the nearest such day, as for a deadline
    const d = resolveDeadlineDate(m[1]!, today);
    if (!d) continue;
    const rest = t.slice(m.index + m[1]!.length);
    const end = SPAN_END.exec(rest);
    if (end && asksEachDay(rest.slice(end[0].length))) {
      const last = resolveDeadlineDate(/月/.test(end[1]!) ? end[1]! : `${d.month}月${end[1]!.replace(/[日号]$/, '')}日`, d);
      const days: string[] = [];
      for (let day = d; last && days.length <= 31 && formatLocalDate(day) <= formatLocalDate(last); day = addDays(day, 1)) days.push(formatLocalDate(day));
      if (days.length > 1 && days.length <= 31) return days;
    }
    // 2月4日至16日，启动…日报制度。样本企业于每日12时前报送当日价格、前一日销售额: the words may be in the next sentence
    const words = dataDayWords(sentences[at0]!).length ? dataDayWords(sentences[at0]!) : dataDayWords(sentences.slice(at0 + 1).find((x) => DAILY.test(x)) ?? '');
    if (!words.length) return [formatLocalDate(d)];
    return words.map((w) => formatLocalDate(w === 'before' ? addDays(d, -1) : d));
  }
  return null;
}

/**
 * A report named right after its period (2032年城乡建设统计年报, 2031年12月月报, 2033年城市建设统计快报): the period is
 * that report's. A year said of the work (2033年城乡建设统计继续执行…) names no report.
 */
const REPORT_AFTER = /^[^，,。；;:：、\n（()）《》“”"]{0,12}?(?:半年报|年报|季报|月报|快报|周报|旬报|报表|统计表)/;

/** The distinct periods of the reports a tier names with their periods, in the order named. */
function namedReports(text: string, inTier: PeriodMention[]): string[] {
  const out: string[] = [];
  const sorted = [...inTier].sort((a, b) => a.index - b.index);
  for (const [i, m] of sorted.entries()) {
    // 今年一季度的统计报表: the year is the quarter's (as in pick), not a report of its own
    const next = sorted[i + 1];
    if (m.kind === 'year' && next && next.kind !== 'year' && next.index - (m.index + m.text.length) <= 1) continue;
    const report = REPORT_AFTER.exec(text.slice(m.index + m.text.length, m.index + m.text.length + 16));
    if (report && !PERIODIC_REPORTS.test(report[0]) && !out.includes(m.period)) out.push(m.period);
  }
  return out;
}

/**
 * 2041年定期报表 / 2041年定报: the year's periodic reports (its months and quarters, each a round of its own), not a report
 * for the year.
 */
const PERIODIC_REPORTS = /定期(?:统计)?报表|定报/;

/**
 * YEAR_TO_A_DAY: 报送本年度出生人数、死亡人数（截至11月20日） / 2026年出生人数，数据截至11月30日 — a year the ask names, with a
 * day of that year said after it in the same sentence, counts the year up to that day: a running total, which the spec
 * dates by its day (截至11月底累计 is 2026-11-30). A day said of the reporting (截至11月30日仍未报送的) is none.
 */
function yearToADay(text: string, chosen: PeriodMention, inTier: PeriodMention[]): PeriodMention {
  if (chosen.kind !== 'year') return chosen;
  const day = inTier.find((m) => m.kind === 'snapshot' && m.period.startsWith(`${chosen.period}-`) && m.index > chosen.index
    && !/[。；;\n]/.test(text.slice(chosen.index, m.index)) && !SAID_OF_REPORTING.test(text.slice(m.index + m.text.length, m.index + m.text.length + 8)));
  return day ?? chosen;
}
const SAID_OF_REPORTING = /^\s*(?:的)?\s*(?:仍|还|尚|未|没|前|以前|之前|已)/;

/** 本季度 / 本月 / 当年: a period named relative to the day the notice is sent. */
const THIS_WORD = /^(?:本|当|这)/;

/**
 * 关于报送2032年第四季度留守儿童数据的通知, sent in January, asking for 本季度新增人数: 本季度 is the quarter the notice is
 * about, which its title or lead-in names, not the quarter it is sent in.
 */
function spokenOf(
  picked: PeriodMention, mentions: Array<{ m: PeriodMention; tier: number }>, partOf: (i: number) => { kind: PartKind } | undefined,
): PeriodMention {
  if (!THIS_WORD.test(picked.text)) return picked;
  const named = mentions.find(({ m, tier }) => tier >= 0 && m.kind === picked.kind && /\d|第/.test(m.text) && m.period < picked.period
    && ['title', 'topic', 'purpose'].includes(partOf(m.index)?.kind ?? ''));
  return named?.m ?? picked;
}

/** The mentions joined by conjunctions that end at `last` (一、二季度 → 一, 二季度), in text order. */
function joinedBefore(text: string, mentions: PeriodMention[], last: PeriodMention): PeriodMention[] {
  const sorted = [...mentions].sort((a, b) => a.index - b.index);
  const run = [last];
  for (let i = sorted.indexOf(last) - 1; i >= 0; i--) {
    const m = sorted[i]!;
    // MIXED_KINDS_JOINED: 上半年和第三季度…11月30日前 asks for both, though they are periods of two kinds; a bare year is
    // no member of the run (2026年上半年 is one period, and the year of a due day's schedule is read apart)
    if ((m.kind === 'year' && !ownYearAfter(run[0]!)) || !JOIN.test(text.slice(m.index + m.text.length, run[0]!.index))) break;
    run.unshift(m);
  }
  return run;
}

/**
 * THIS_ROUND_NAMED: 特困供养人数实行月报，每月8日前报送上月情况。本次请补报10月份数据 — a period that is the object of this round's
 * reporting verb (本次请补报…, 此次上报…, 本期报送…) is the one asked now (本次机构编制核查与2036年…统筹推进 names no round's period); the standing rule's 上月, counted from the rule's next round, says
 * what later rounds count (read first, the rule gave 2026-11 and the month named was only offered as a doubt).
 */
const THIS_ROUND_BEFORE = /(?:本次|此次|这次|本期|本轮)\s*(?:请|需要?|须|要|只|仅)?\s*(?:各[^，,。；;\n]{0,6}?)?(?:补报|报送|上报|填报|报|提交|统计|汇总)\s*$/;

function namedForThisRound(text: string, m: PeriodMention): boolean {
  return THIS_ROUND_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index));
}

/**
 * YEAR_BEFORE_A_YEARED_PERIOD: 请报送2025年和2026年1—9月临时救助金额，11月27日前报 — a year joined by a conjunction to a period
 * that says its own year (2026年1—9月) cannot be that period's year: it is a period of its own, asked with it (read by
 * coordinated, like the same words outside the due day's clause); before a period without a year it stays that period's year.
 */
function ownYearAfter(next: PeriodMention): boolean {
  return YEAR_SAID.test(next.text);
}
/** 2026年1—9月 / 今年1至10月: a period that opens on its own year, in figures or as a word. */
const YEAR_SAID = /^(?:\d{4}\s*年|[今去本当]年)/;

/**
 * JOINED_AFTER_THE_PAIRED: 上半年和全年的残疾人就业人数请于12月8日前报送: the periods joined after the one the due day's
 * clause ends on are asked with it (a year too: after a conjunction it is a period of its own, not the year of the one before).
 */
function joinedAfter(text: string, mentions: PeriodMention[], first: PeriodMention): PeriodMention[] {
  const run: PeriodMention[] = [];
  let last = first;
  for (const m of mentions.filter((x) => x.index > first.index).sort((a, b) => a.index - b.index)) {
    if (!JOIN.test(text.slice(last.index + last.text.length, m.index))) break;
    run.push(m);
    last = m;
  }
  return run;
}

/**
 * A quarter, half or month said without its year in a schedule: the latest such period begun by its due day. 本月 / 当月 /
 * 本季度 name the time the message is said in (本月上报开网时间为10月25日至11月5日 is October's round, due in November); a
 * recurring round's own 本月 was already read at that round (atRound).
 */
/**
 * SAID_DAY_RELATIVE: 截止到上周末 / 截至昨天 / 截至目前 — a day named from the day the message is said keeps that reading; it is
 * not counted again from the due day (上周末 written on Friday the 20th is the 15th, not the 22nd before a Monday due day).
 */
const SAID_DAY_RELATIVE = /(?:上上|上|本|这|下)个?(?:周|星期|礼拜)[一二三四五六日天末]|昨[天日]|前天|今[天日]|目前|现在|当前/;

function ownPeriod(m: PeriodMention, deadlineAt: Date | undefined, timezone: string): string {
  if (m.kind === 'snapshot' && SAID_DAY_RELATIVE.test(m.text)) return m.period;
  if (/\d{4}|[今去明本上下]年/.test(m.text) || !deadlineAt || /^(?:本|当|这)/.test(m.text)) return m.period;
  const own = findPeriodMentions(m.text, deadlineAt, timezone)[0];
  if (own) return own.period;
  if (m.kind !== 'quarter') return m.period;
  const due = localParts(deadlineAt, timezone);
  const q = Number(m.period.slice(6));
  return `${q * 3 - 2 > due.month ? due.year - 1 : due.year}-Q${q}`;
}

/** 本月和上月 / 10月、11月 / 2025年及2026年: periods joined by a conjunction are asked for together. */
const JOIN = /^\s*(?:和|及|与|跟|以及|、|,|，)\s*$/;

function coordinated(text: string, mentions: PeriodMention[], chosen: PeriodMention): string[] {
  const joined = [chosen, ...joinedAfter(text, mentions, chosen)];
  const out = [...new Set(joined.map((m) => m.period))];
  const last = joined[joined.length - 1]!;
  // 2056年、2057年前三季度 / 2041年和2042年1—6月: a running total said after the last of the years joined to it counts the
  // same months of each of them
  if (joined.length > 1 && last.kind === 'snapshot' && OWN_YEAR.test(last.text) && RUNNING_TOTAL.test(last.text)
    && joined.slice(0, -1).every((m) => m.kind === 'year' && /^\d{4}年$/.test(m.text))) {
    const monthDay = last.period.slice(4);
    return [...new Set(joined.map((m) => (m === last ? m.period : `${m.period}${monthDay}`)))];
  }
  return out;
}

/** A period said with its own year (2057年前三季度). */
const OWN_YEAR = /^\d{4}年/;
/** 前三季度 / 1—9月: a running total from the start of the year. */
const RUNNING_TOTAL = /前\s*[一二两三123]\s*个?季度|年(?:1|一)(?:月份?)?\s*(?:-|—|–|~|～|至|到)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})月/;

function pick(list: PeriodMention[]): PeriodMention | undefined {
  for (let i = 0; i < list.length; i++) {
    const m = list[i]!, next = list[i + 1];
    // (2056年、2057年前三季度: the next period names its own year, so the one before is not its year but a period joined to it)
    if (m.kind === 'year' && next && next.kind !== 'year' && next.index - (m.index + m.text.length) <= 1 && !OWN_YEAR.test(next.text)) continue;
    return m;
  }
  return undefined;
}
