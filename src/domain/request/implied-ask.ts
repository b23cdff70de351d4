// ITEMS_BY_A_DAY: 各镇街：低保户数，下周一前。 / 高龄津贴人数、百岁老人数，今天下班前，务必！ — a lead's message to the units
// that names only items the dictionary knows and the day they are due (with words of urging at most) asks for them, though
// it says no verb. The message is read again with the verb it leaves out put after the due day.
import type { FieldMatcher } from '../dictionary.js';

/** 各镇街： / 各位： / 朱沱镇、松既镇： — who the message speaks to, before its first colon. */
const ADDRESSEE = /^\s*(?:@\S+\s*)*[^：:\n]{1,24}[：:]\s*/;
/** 今天下班前 / 下周一前 / 12月5日前 / 明天中午12点前 / 本周内 / 月底前: a due time and nothing else. */
const DUE_CLAUSE = /^(?:请?(?:于|在))?\s*(?:今天|今日|今晚|明天|明日|后天|本周[一二三四五六日天]?|这周[一二三四五六日天]?|下周[一二三四五六日天]|周[一二三四五六日天]|星期[一二三四五六日天]|(?:\d{1,2}月)?\d{1,2}[日号]|\d{1,2}[./]\d{1,2}|月底|本月底|月末)\s*(?:上午|中午|下午|晚上)?\s*(?:\d{1,2}(?:[:：]\d{2}|[点时](?:半|\d{1,2}分?)?))?\s*(?:下班)?\s*(?:前|之前|以前|内|之内)$/;
/** 务必！ / 谢谢 / 抓紧 / 急: urging and thanks, which ask nothing more. */
const URGING = /^(?:务必|一定|谢谢|感谢|辛苦了?|抓紧|尽快|急|急用|加急)$/;
const CLAUSE_SPLIT = /[，,。；;！!～~\n]+/;
const ITEM_SPLIT = /[、和及与\s]+/;

export function withImpliedAsk(text: string, matcher: FieldMatcher): string | null {
  const addressee = ADDRESSEE.exec(text);
  if (!addressee) return null;
  const body = text.slice(addressee[0].length);
  const clauses = body.split(CLAUSE_SPLIT).map((c) => c.trim()).filter(Boolean);
  let items = 0;
  let due: string | null = null;
  for (const clause of clauses) {
    if (URGING.test(clause)) continue;
    if (DUE_CLAUSE.test(clause) && !due) { due = clause; continue; }
    // (低保户数 特困供养人数 12月5日前: the due day typed after the items with a space)
    const last = clause.split(/\s+/).pop()!;
    const spaced = !due && last !== clause && DUE_CLAUSE.test(last);
    if (spaced) due = last;
    const names = (spaced ? clause.slice(0, clause.length - last.length) : clause).split(ITEM_SPLIT).filter(Boolean);
    // (低保户数128户: a figure said is a report, not an ask)
    if (!names.length || names.some((n) => /\d/.test(n)) || !names.every((n) => matcher.best(n))) return null;
    items += names.length;
  }
  if (!items || !due) return null;
  const at = addressee[0].length + body.indexOf(due) + due.length;
  return `${text.slice(0, at)}报送${text.slice(at)}`;
}

/**
 * LABELLED_FIELDS: 事项：低保户数核对 / 时限：本周五 — a message laid out as labelled lines, one saying what (事项, 内容, 任务,
 * 工作事项…) and one saying by when (时限, 时间, 截止时间, 完成时限…), asks for what its line of what names by that time,
 * though it says no verb (it was no request at all). Only a line of what that names items the dictionary knows (the first
 * one at least; a bare measure after it, 人次、金额, is read with it), with at most a word of the work on them after them
 * (核对, 核实, 摸底…) and no figure, and a line of when that holds a day. The text is read again with the verb put after
 * the label of what.
 */
const LINE_NUMBER = String.raw`(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)])?`;
const WHAT_LABEL = new RegExp(String.raw`^[ \t]*${LINE_NUMBER}[ \t]*(?:工作|报送|上报|核对|核实|统计|数据)?(?:事项|内容|任务|指标|项目)[ \t]*[：:][ \t]*`, 'm');
const WHEN_LINE = new RegExp(String.raw`^[ \t]*${LINE_NUMBER}[ \t]*(?:报送|上报|完成|截止|反馈|办结)?(?:时限|时间|日期|期限)[ \t]*[：:][^\n]*?(?:\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号]|[周期拜][一二三四五六日天]|今天|今日|明天|明日|后天|月底|月末|本周|下周)`, 'm');
/** 核对 / 核实 / 摸底 / 统计: the work a line of what may name after its items. */
const WORK_ON_THE_ITEMS = /(?:数据)?(?:核对|核实|复核|核查|摸底|摸排|统计|汇总|更新)(?:工作)?$/;
/** 金额 / 人次 / 户数: a measure that borrows the item before it. */
const MEASURE_ALONE = /^(?:人数|户数|人次|次数|金额|资金|面积|数量)$/;
/** 11月 / 2026年 / 本月: the period of the items, said before them. */
const PERIOD_WORDS = /\d{4}年度?|\d{1,2}月份?|本月|上月|本季度|上季度|本年度?/g;

export function withLabelledAsk(text: string, matcher: FieldMatcher): string | null {
  const what = WHAT_LABEL.exec(text);
  if (!what || !WHEN_LINE.test(text)) return null;
  const start = what.index + what[0].length;
  const line = text.slice(start).split('\n')[0]!.trim().replace(/[。；;！!，,]+$/, '');
  const names = line.replace(WORK_ON_THE_ITEMS, '').replace(PERIOD_WORDS, '').split(/[、，,和及与\s]+/).filter(Boolean);
  if (!names.length || names.some((n) => /\d/.test(n)) || !matcher.best(names[0]!)) return null;
  if (!names.every((n) => matcher.best(n) || MEASURE_ALONE.test(n))) return null;
  return `${text.slice(0, start)}报送${text.slice(start)}`;
}

/**
 * REPLY_TO_A_COUNT: 各镇街目前在册低保户有多少？特困供养人员有多少？请于11月30日前回复 — a message that asks how many and then
 * tells the units to reply by a time (or politely, 请…回复) asks them to report: its 回复 is the hand-in, as 报送 would be
 * (read without it, the notice was no request and nobody was asked). Only a 回复 said after a question of how many, and
 * not an acknowledgement, a yes-or-no or views (回复收到, 回复是否…, 回复意见). The text is read again with 报送 in the place of 回复.
 */
const HOW_MANY = /多少|几[户人个家处名所座条项次位]/;
const REPLY_BY = /(?:前|之前|以前|请|尽快|及时)[^，,。；;！!？?\n]{0,4}?回复(?!收到|确认|已阅|是否|有无|一下是否|意见|建议)/;

export function withRepliedCount(text: string): string | null {
  const m = REPLY_BY.exec(text);
  if (!m || !HOW_MANY.test(text.slice(0, m.index))) return null;
  const at = m.index + m[0].length - 2;
  return `${text.slice(0, at)}报送${text.slice(at + 2)}`;
}

/** 各镇街 / 各街道 / 全部镇街: whom a message to the bot names, and nothing else. */
const UNITS_ONLY = /^(?:各|全部|所有)(?:镇街|街镇|乡镇|镇|街道|乡|村|社区|单位|村（社区）|镇（街道）|乡镇（街道）)$/;
const UNITS_BEFORE = /^(?:各|全部|所有)(?:镇街|街镇|乡镇|镇|街道|乡|村|社区|单位)(?:的)?/;
/** 11月 / 本月 / 2026年: the period said before the items. */
const PERIOD_BEFORE = /^(?:\d{4}年度?|\d{1,2}月份?|本月|上月|本季度|上季度|本年度?|今年)+(?:的)?/;
/** 月底前 / 本周五前 / 11月30日前 (DUE_CLAUSE), said as a clause of its own. */
/** How near the dictionary must name each item of a mention (a name, not a sentence holding one). */
const NAMED_OUTRIGHT = 0.9;
const MENTION_SPLIT = /[，,。；;！!～~\n\s]+/;

/**
 * MENTIONED_ITEMS: @报数助手 各镇街养老机构床位数 / @报数助手 11月低保户数、低保人数，各镇街，月底前 — a lead who mentions the bot
 * with nothing but items the dictionary knows, whom (各镇街) and when (a period, a due time) tells the bot what to collect:
 * an ask with its verb left out (it got the help text). Only such a message: a clause the dictionary does not know as items,
 * a figure, or anything else makes it no ask, and so does one that says neither whom nor when. The text is read again with 报送 before its items. `text` is the message
 * without the mention; the caller knows the bot was mentioned.
 */
export function withMentionedItems(text: string, matcher: FieldMatcher): string | null {
  const clauses = text.split(MENTION_SPLIT).filter(Boolean);
  let items = 0;
  let itemsClause: string | null = null;
  // (whom or when must be said: 低保户数 alone to the bot may be a question about the pool, not an ask)
  let said = false;
  for (const clause of clauses) {
    if (UNITS_ONLY.test(clause) || DUE_CLAUSE.test(clause)) { said = true; continue; }
    if (URGING.test(clause)) continue;
    const units = UNITS_BEFORE.exec(clause)?.[0] ?? '';
    if (units) said = true;
    const rest = clause.slice(units.length);
    const period = PERIOD_BEFORE.exec(rest)?.[0] ?? '';
    const names = rest.slice(period.length).split(ITEM_SPLIT).filter(Boolean);
    // (each name the dictionary's own, near enough: 养老机构床位数怎么这么少 only holds one)
    if (!names.length || names.some((n) => /\d/.test(n)) || !names.every((n) => (matcher.best(n)?.score ?? 0) >= NAMED_OUTRIGHT)) return null;
    items += names.length;
    itemsClause ??= clause;
  }
  if (!items || !itemsClause || !said) return null;
  const at = text.indexOf(itemsClause);
  return `${text.slice(0, at)}请报送${text.slice(at)}`;
}
