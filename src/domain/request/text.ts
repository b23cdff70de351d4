// Notice text rules shared by the request parser's steps: contact/attachment lines, titles, list markers, figures.
const CONTACT = /(?:联系人|联系电话|联系方式|咨询电话|电话|手机|座机|邮箱)\s*[:：]?/;
const ATTACHMENT = /^\s*(?:附件|附表)\s*\d*\s*[:：]|\.(?:xlsx?|docx?|pdf|wps|et|zip|rar)\b/i;
/**
 * 表1：主动（依申请）公开政府信息登记表（序号、信息编号、…）: a line that is only a numbered form's name (a one-word aside may
 * stand inside it, its columns in brackets after it) is an entry of the attachment list, labelled 附件 or not. A numbered
 * table with its items after a colon (表1 人员概况：一、…) is the body's.
 */
const NUMBERED_FORM = /^\s*表\s*\d{1,2}\s*[:：]\s*(?:[^，,。；;:：（()）\s]|[（(][^（()）]{1,6}[)）]){2,40}?表\s*(?:[（(][^（()）]*[)）])?\s*$/;

/** True for a line that lists an attachment: 附件1：…, 附表：…, a file name, or a numbered form's name alone (表1：…登记表). */
export function isAttachmentLine(line: string): boolean {
  return /^\s*(?:附件|附表)/.test(line) || NUMBERED_FORM.test(line);
}

/** True for a line that only gives a contact person or an attachment. */
export function isContactOrAttachmentLine(line: string): boolean {
  return ATTACHMENT.test(line) || NUMBERED_FORM.test(line) || new RegExp(`^\\s*${CONTACT.source}`).test(line);
}

/** Cuts an inline "联系人：…" / "附件：…" tail off a line. */
export function cutContactTail(line: string): string {
  const m = /(?:联系人|联系电话|咨询电话|附件)\s*[:：]?/.exec(line);
  return m ? line.slice(0, m.index) : line;
}

/** The body lines worth reading: contact and attachment lines dropped, inline contact tails cut. */
export function bodyLines(text: string): string[] {
  return text
    .split('\n')
    .filter((l) => l.trim() && !isContactOrAttachmentLine(l))
    .map(cutContactTail)
    .filter((l) => l.trim());
}

/** Parenthesised asides (含已竣工和在建, 是/否, 以户籍人口为准) are explanations, not items. */
export function stripAsides(s: string): string {
  return s.replace(/[（(][^（()）]{0,40}[）)]/g, ' ');
}

/** A title line: 【…】关于…的通知 or 关于…的通知. */
/**
 * REPORT_TITLE: 农村房屋安全隐患排查整治进度周报 / 12月份民政业务统计月报表 — a first line that names the report the message is,
 * above the ask (read as a sentence, its 周报 was the verb 报 and its subject an item). 按月报 / 每周报 are verbs of cadence.
 */
export const REPORT_TITLE = /^\s*(?:【[^】]{1,24}】)?\s*(?!.*请)[\u4e00-\u9fa5A-Za-z\d（）()]{4,30}(?<![按每分逐])(?:(?:周|月|季|年|旬|快|简)报(?:表)?|报表|调度表|统计表)\s*$/;
export function isTitleLine(line: string): boolean {
  return /^\s*(?:【[^】]{1,20}】)?\s*关于.{2,60}(?:通知|函|提示|安排)\s*$/.test(line) || REPORT_TITLE.test(line);
}

/** A numbered list line: 1. / 1、 / 一、 / (1) / （一） / ①. */
export const LIST_MARKER = /^\s*(?:\d{1,2}\s*[.、．)]|[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]|[①-⑳])\s*/;

/**
 * A figure with a counting unit (3,215人, 4.6万人, 98.6%, 216个): a sentence stating one reports, it does not ask. A count
 * of the notice's own parts (15个方面的数据, 10个指标, 3个年龄段) says how big the ask is, not what was found.
 */
export const STATED_FIGURE =
  /\d[\d,，.]*\s*(?:万|亿)?\s*(?:人次|人|户|个(?!\s*(?:方面|指标|项目|类别|年龄段|阶段|表))|家|宗|起|件|处|次|亩|元|吨|所|座|条|名|栋|套|辆|块|盏|%)/;

/**
 * （一）低保对象：户数、人数； / 特困供养人员：人数 — an object, a colon and nothing but measures of it is an entry of the
 * item list, whatever word the object ends in (对象 is also a section word: 报送对象：各镇街 names who reports, and is
 * followed by units, not by measures).
 */
// (one way only to read each measure: a second alternative for 户数 made a long list of them backtrack exponentially)
const BARE_MEASURE = '[\u4e00-\u9fa5]{0,2}?(?:人数|户数|个数|家数|处数|人次|数量|面积|金额|总额|总量|产量)';
const MEASURES_ENTRY = new RegExp(`^[^:：，,。；;]{2,12}[:：]\\s*${BARE_MEASURE}(?:\\s*(?:、|和|及|以及|，|,)\\s*${BARE_MEASURE})*\\s*[；;。，,]?\\s*$`);

/**
 * UNIT_COLUMNS_ENTRY: 生猪：存栏（头），其中能繁母猪存栏（头）；出栏（头） / 低保对象：户数（户）、人数（人） — a row of a form written
 * as text: an object, a colon, then columns each closed by its counting unit in brackets. The units say every column is a
 * figure of that object, whatever its word (存栏, 出栏 are no bare measure); the row is one entry, not an object and then
 * a clause per column (the columns after a semicolon lost the object). A column may be a part (其中…) that names its own.
 */
const COLUMN_UNIT = '[（(]\\s*(?:万元|千元|亿元|元|人次|户次|床日|平方米|平方公里|公顷|万亩|亩|万吨|吨|万只|万头|万羽|公里|千米|米|[户人个家处座所件起名栋套条项次张头只羽匹辆])\\s*[)）]';
// (each column one way only: Chinese characters up to the bracket, which none of them can be)
const UNIT_COLUMN = `[\u4e00-\u9fa5]{1,14}${COLUMN_UNIT}`;
const UNIT_COLUMNS_ENTRY = new RegExp(`^[^:：，,。；;（()）]{1,12}[:：]\\s*${UNIT_COLUMN}(?:\\s*(?:、|和|及|，|,|；|;)\\s*${UNIT_COLUMN})*\\s*[；;。，,]?\\s*$`);

/** 塘坝工程：分别填写工程数量（处）和实际灌溉面积（亩）: columns said with the work of filling them in are a clause, no row. */
const COLUMN_WORK = /填|报|写|分别|统计|提供|请|按/;

function isUnitColumnsEntry(entry: string): boolean {
  return UNIT_COLUMNS_ENTRY.test(entry) && !COLUMN_WORK.test(entry.slice(entry.search(/[:：]/) + 1));
}

/**
 * UNIT_ROW: 建制村数（个） / 其中：30户以上的（个） / 通村硬化路面公路总里程（公里） — a line that is nothing but a figure's name
 * and its unit in brackets is a row of a form written as text: an item, under an ask that ends in a full stop as under
 * one that ends in a colon.
 */
const UNIT_ROW_LINE = new RegExp(`^\\s*(?:其中\\s*[:：]?\\s*)?[\u4e00-\u9fa5\\d.]{1,24}${COLUMN_UNIT}\\s*$`);

export function isUnitRow(line: string): boolean {
  return UNIT_ROW_LINE.test(line) && !COLUMN_WORK.test(line);
}

export function isMeasuresEntry(line: string): boolean {
  const entry = line.replace(LIST_MARKER, '');
  return MEASURES_ENTRY.test(entry) || isUnitColumnsEntry(entry);
}

/**
 * The object and the columns of a UNIT_COLUMNS_ENTRY row (生猪 and 存栏（头）, 其中能繁母猪存栏（头）, 出栏（头）), or null for any
 * other line.
 */
export function unitColumnsOf(line: string): { object: string; columns: string[] } | null {
  const entry = line.replace(LIST_MARKER, '').trim();
  if (!isUnitColumnsEntry(entry)) return null;
  const colon = entry.search(/[:：]/);
  const columns = entry.slice(colon + 1).match(new RegExp(UNIT_COLUMN, 'g')) ?? [];
  return { object: entry.slice(0, colon).trim(), columns };
}

/**
 * FILL_IN_ENTRY: 低保户数：____户 / 低保人数：  人 / 临时救助金额：（元） — a line laid out as a form to fill in: a name, a colon and
 * only the blank for the figure (spaces, underscores, at most the counting unit after it) is an entry of the item list. A
 * form's own header lines (填报单位：, 填报人：, 填报日期：) name who fills it and when, never an item.
 */
const FILL_IN_ENTRY = /^([^:：，,。；;\s_＿]{2,16})[:：][\s_＿]*(?:[（(]?\s*(?:万元|元|人次|户次|平方米|公顷|亩|吨|[户人个家处座所件起名栋套条项次张%])\s*[)）]?)?[\s_＿]*[；;。，,]?\s*$/;
const FORM_HEADER = /(?:填报|审核|负责|联系|统计)人$|单位(?:名称)?$|(?:日期|时间)$|签字|签名|盖章|电话|姓名|手机|邮箱/;

export function isFillInEntry(line: string): boolean {
  const m = FILL_IN_ENTRY.exec(line.replace(LIST_MARKER, ''));
  return Boolean(m) && !FORM_HEADER.test(m![1]!);
}

/** 现有多少百岁老人 / 低保户有几户 / 特困人员有多少人: a question of how many (its question mark already cut off). */
const HOW_MANY_THEN_OBJECT = /(?:多少|几[户人个家处名所座条项次]?)个?([\u4e00-\u9fa5]{2,12})$/;
const OBJECT_THEN_HOW_MANY = /([\u4e00-\u9fa5]{2,12}?)(?:一共|总共|共|现在|目前|现)?(?:有|是)?(?:多少|几)([户人个家处名所座条项次]?)$/;

/**
 * AMOUNT_QUESTION: what a question of how many asks the count of — the object after 多少 (多少百岁老人), or the one before
 * it with the measure it is counted in (低保户有几户 → 低保户户数 is read as 低保户). Null when it is no such question.
 */
/** 临时救助了多少人次: a work said done (了) before how many of a measure counts that work (临时救助人次); QUESTION_OF_EACH. */
const DONE_HOW_MANY = /([\u4e00-\u9fa5]{2,10}?)了(?:多少|几)(人次|户次|人|户|个|家|处|次|件|起)(?=$|[、，,和及与])/g;
/** 低保户、低保人数分别是多少 / …补贴人数各是多少 / 低保户有多少、特困人员有多少: how many, asked of every member of a list. */
const LIST_HOW_MANY = /^(.{2,60}?[、，,和及与].{1,30}?)(?:各|分别|各自)?(?:一共|总共|共|现在|目前|现)?(?:有|是)?(?:多少|几)$/;
const MEMBER_HOW_MANY = /(?:各|分别|各自)?(?:一共|总共|共|现在|目前|现)?(?:有|是)?(?:多少|几[户人个家处名所座条项次]?)$/;
/** 辖区内 / 全镇 / 各镇街: where the question is asked, before what it asks about. */
const WHERE_ASKED = /^.*(?:辖区内?|范围内|全[镇村街乡]|各(?:镇街|街镇|乡镇|街道|镇|村|街|乡|社区)[^\u4e00-\u9fa5]?)/;

/**
 * QUESTION_OF_EACH: 各镇街11月份临时救助了多少人次、发放金额多少 / 困难残疾人生活补贴、重度残疾人护理补贴人数各是多少 — a question of
 * how many put to a list asks the count of each member: the list is returned whole (临时救助人次、发放金额), each member
 * without its own 有多少, for the item reader to split (a lone object before 多少 was all that was read, 发放金额).
 */
function listHowMany(s: string): string | null {
  const m = LIST_HOW_MANY.exec(s);
  if (!m || !/[、，,]/.test(m[1]!)) return null;
  const members = m[1]!.replace(WHERE_ASKED, '').split(/([、，,和及与])/);
  const list = members.map((part, i) => (i % 2 ? part : part.replace(MEMBER_HOW_MANY, ''))).join('');
  return list.replace(/[、，,和及与]+$/, '').length >= 2 ? list : null;
}

export function howManyOf(sentence: string): string | null {
  const s = sentence.trim().replace(DONE_HOW_MANY, '$1$2');
  const listed = listHowMany(s);
  if (listed) return listed;
  const after = HOW_MANY_THEN_OBJECT.exec(s);
  if (after) return after[1]!;
  const before = OBJECT_THEN_HOW_MANY.exec(s);
  if (!before) return null;
  const object = before[1]!.replace(/^.*(?:辖区内?|范围内|全[镇村街乡]|各[镇村街乡][^\u4e00-\u9fa5]?)/, '');
  return object.length >= 2 ? object : null;
}

/**
 * TABLE_BELOW: 请各镇街填写下表，于12月10日前报送。⏎| 项目 | 数量 |⏎| 养老院数量 | | — an ask that names the table below opens
 * it as its list, colon or not, when a pasted row follows at once.
 */
export const TABLE_BELOW = /下表|下列表格?|以下表格?|如下表格?|表格如下/;
/**
 * BAR_ROW: 倒塌房屋｜间｜ / 项目｜计量单位｜数量 — a row of a table written in Chinese text, its cells split by the bar
 * (full-width, or as the reader's half-width form makes it) with no spaces round it: three cells or more, the last may be
 * left to fill, so that a figure stated as two cells (城关街道｜6385.15) is no row of a list.
 */
export const BAR_ROW = /^[^|｜\n]*[^|｜\s][^|｜\n]*[|｜][^|｜\n]*[|｜]/;
/** A row of a table pasted as text: cells split by | (a Markdown row opens and closes with one) or by tabs. */
export const PASTED_ROW = /^\s*\|?[^|\t]*(?:\s\|\s|\t)|^\s*\|[^|\n]*\|/;
/**
 * A row of a table given under an attachment line (附件：…数据表⏎序号｜指标｜单位⏎1｜卫生机构｜个): cells split by a bar, full-width
 * (｜) or not, or by tabs — at least two cells, each holding something.
 */
export const TABLE_ROW = /^[^｜|\t\n]*\S[^｜|\t\n]*(?:[｜|\t][^｜|\t\n]*)*[｜|\t]\s*\S/;
