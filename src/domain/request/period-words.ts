// Words of time that a notice uses for what it counts but that have no period form of their own, and the day words
// (当日, 前一日, 每天的) whose day comes from the round they are said in.
import { spansOf, type Span } from '../text/spans.js';

/**
 * A holiday, a ten-day part or a half of a month, two months (2027年春节期间, 国庆黄金周, 5月中旬, 11月上半月, 双月): the notice names the time
 * it counts, but the contract has no form for it (the period is then null, never the year in front). A season is not
 * one of them: 今年秋季入学人数 counts this year's intake.
 */
const FORMLESS = new RegExp(
  '(?:\\d{4}年|今年|去年|本年)?(?:' +
    [
      '(?:春节|元旦|清明|五一|劳动节|端午|中秋|国庆)(?:节)?(?:假期|期间|黄金周|长假|前后)?',
      '(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?|本月|当月|上个?月|这个月)[上中下]{1,3}旬',
      '[上中下]旬',
      // HALF_MONTH: 11月上半月 / 本月下半月 — half of a month is no period form either; the month in front is not the period
      '(?:(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份)?|本月|当月|上个?月|这个月)?[上下]半(?:个)?月',
      '双月|每两个月',
      // RUN_SINCE: 近三个月 / 近半年 / 本月以来 / 第四季度以来 / 今年以来 / 11月1日至今 — a run of time back from now, or from a start to
      // now, names no period form (which day it runs to is not said either): the lead is asked which period is meant
      '近(?:[一二两三四五六七八九十\\d]{1,2}|半)(?:个)?(?:月|年|季度|周|星期)',
      '(?:本月|本季度?|本周|今年|本年度?|第?[一二三四1-4]季度|(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月份?)(?:以来|至今)',
      '(?:\\d{1,2}月\\d{1,2}[日号])(?:以来|至今)',
    ].join('|') +
    ')',
  'g',
);

/**
 * 按“一月一报”原则 / 一周一调度 / 一季一通报: a cadence said as 一X一Y names how often something recurs, not a month (一月
 * is not January here) or any other period.
 */
const CADENCE_IDIOM = new RegExp(
  [
    '一(?:月|周|季|年|日|旬)一(?:报|次|调度|通报|督查|考核|汇总|推进|评)',
    // EACH_ONE: 每一季度为一个统计周期 / 每一个月: 一 after 每 is "each", not the first quarter or January
    '每一个?(?:季度|季|月份?|年度?|周|旬)',
  ].join('|'),
  'g',
);

/** Spans of the cadence idioms (see CADENCE_IDIOM) in a text. */
export function cadenceIdiomSpans(text: string): Span[] {
  return spansOf(CADENCE_IDIOM, text);
}

/** Spans of the formless time words in a text. */
export function formlessSpans(text: string): Span[] {
  return spansOf(FORMLESS, text);
}

/** After a day word: a clock or a due (当日17时前, 当天报送) makes it a time, not the day whose figures are asked for. */
const TIME_AFTER = /^\s*(?:[\d０-９]|[上下中]午|晚|早|凌晨|[时点]|内|前|起|即|下班|之|报|上报|填报|报送|完成|提交|发送|汇总后|24|十二)/;
const SAME_DAY = /当日|当天/g;
// (前日 alone too: 于每日10时前将前日监测资料汇总表报; not 提前日期, 节前日报)
const DAY_BEFORE = /前一日|前一天|昨日|昨天|上一日|(?<![提节之以])前日(?!期)/g;

export type DayWord = 'same' | 'before';

/** 报送当日监测情况及前一日销售额: the day words that name figures, in the order they are said. */
export function dataDayWords(text: string): DayWord[] {
  const found: Array<{ index: number; word: DayWord }> = [];
  for (const [re, word] of [[SAME_DAY, 'same'], [DAY_BEFORE, 'before']] as const) {
    for (const [s, e] of spansOf(re, text)) {
      if (!TIME_AFTER.test(text.slice(e, e + 4))) found.push({ index: s, word });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.word).filter((w, i, all) => all.indexOf(w) === i);
}

/** After a span of days: 每天的 / 每日 + a figure (not 每天17时前, the round's clock) asks for every day of the span. */
const EACH_DAY = /^\s*(?:的)?\s*(?:每天|每日|逐日|每一天)(?!\s*(?:[\d０-９]|[上下中]午|晚|早|凌晨|[时点]|报|上报|填报|报送))/;

/** True when the text right after a span of days (2月5日至11日) asks for each of its days. */
export function asksEachDay(after: string): boolean {
  return EACH_DAY.test(after);
}

const DAY_SPAN = /(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]?\s*(?:[(（][^()（）]{1,6}[)）])?\s*(?:至|到|—|-|~)\s*(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号]?\s*(?:[(（][^()（）]{1,6}[)）])?/g;

/** Spans of 2月5日至11日每天的: days that are periods, which no item name holds. */
export function eachDaySpans(text: string): Span[] {
  return spansOf(DAY_SPAN, text).filter(([, e]) => asksEachDay(text.slice(e, e + 12)))
    .map(([s, e]): Span => [s, e + (/^\s*(?:的)?\s*(?:每天|每日|逐日|每一天)/.exec(text.slice(e)) ?? [''])[0].length]);
}
