// The items a notice asks for: split the ask into fragments and map each to the dictionary, or to a new field.
import { ACCEPT_SCORE, inferFieldType, objectNotNamed, objectOfAShortPhrase, type FieldMatcher } from '../dictionary.js';
import type { FieldDef, NewFieldSpec } from '../types.js';
import { ASK_VERB } from './detect.js';
import { readBreakdowns } from './breakdown.js';
import { blankSpans as blankWith } from '../text/spans.js';
import { LIST_MARKER, PASTED_ROW, STATED_FIGURE, TABLE_BELOW, howManyOf, isMeasuresEntry, isTitleLine, isUnitRow, unitColumnsOf } from './text.js';
import { prepareText } from '../text/normalize.js';

export interface ItemResult {
  fields: string[];
  newFields: NewFieldSpec[];
  /** Members that name only a kind several items count (低保 of 低保、特困数据): which of them is asked is not said. */
  categories?: string[];
}

/** Character used to blank spans (deadline, period, units) so that positions stay put and fragments split there. */
export const BLANK = '|';

export function blankSpans(text: string, spans: ReadonlyArray<[number, number]>): string {
  return blankWith(text, spans, BLANK);
}

/** Parenthesised asides (含已竣工和在建, 是/否, 以户籍人口为准) are explanations, not items. */
function blankAsides(text: string): string {
  return text
    // 包括《公共机构基本信息》《公共机构能源资源消费状况》等: names in title marks side by side are members of one list, as
    // if a 、 stood between them
    .replace(/》(?=《)/g, '》、')
    // 填报表1-1（山塘现状调查表）: a form's name in brackets after its number is the item, not an aside
    .replace(FORM_NAME_ASIDE, (_m, name: string) => `、${name}、`)
    // 养殖（苗种）总产量 / 苗种（亲本）投放量: an aside inside a name says which, and the name runs on past it
    .replace(INSIDE_A_NAME, (m) => (AGE_ASIDE.test(m) ? m : ''))
    // 景区（点）累计接待人数 / 机播（插）进度 / 村（居）委会: one character in brackets inside a name is another word for the
    // one before it (景点, 机插, 居委会); the name runs on past it, read with its first word. A unit (面积（亩）和…) is no
    // such word, unless the measure goes on after it (头（只）数); nor is a period (年（季）报 is a 年报 or a 季报, two
    // reports, and which one is asked is for the rest of the notice to say).
    .replace(ALTERNATIVE, (m, at: number, all: string) =>
      (UNIT_CHAR.test(m[1]!) && all[at + m.length] !== '数') || CADENCE_CHAR.test(m[1]!) || CADENCE_CHAR.test(all[at - 1] ?? '') ? m : '')
    .replace(/[（(]《[^（()）\n]{0,200}》[）)]/g, (m) => BLANK.repeat(m.length))
    .replace(/[（(][^（()）\n]{0,40}[）)]/g, (m) => BLANK.repeat(m.length));
}

/**
 * A bracket with a name's characters on both sides (养殖（苗种）总产量), not after it (留守儿童（0-5周岁）、); one character
 * in it is an alternative (景区（点）: 景区 or 景点), not a qualifier (see ALTERNATIVE).
 */
const INSIDE_A_NAME = /(?<=[\u4e00-\u9fa5])[（(][^（()）\n]{2,12}[）)](?=[\u4e00-\u9fa5])/g;
const ALTERNATIVE = /(?<=[\u4e00-\u9fa5])[（(][\u4e00-\u9fa5][）)](?=[\u4e00-\u9fa5])/g;
/** A period's word (年, 季, 月…). */
const CADENCE_CHAR = /[年季月周日旬]/;
/** A measure word said as a unit in brackets (亩, 个, 人…). */
const UNIT_CHAR = /[户人个家处座所支台辆件起宗栋套条名项艘只头亩元吨张场期份次批]/;
/**
 * 留守儿童（0-5周岁）人数: an age band stays with the name, which the field matcher reads (see dictionary.ts). A note on
 * the band before it, 100周岁以上（含100周岁）老年人人数, is no band: it goes, and the name runs on past it (kept, it cut
 * 老年人人数 off as an item of its own).
 */
const AGE_ASIDE = /^[（(]\s*\d[^（()）]*岁/;

const FORM_NAME_ASIDE = /[（(]([^（()）\n《》]{2,30}(?:表|报表|清单|台账|名册))[）)]/g;

/** 监督抽检食品（批次，其中不合格）: a list entry's breakdown (其中…) is a column of its own, not an explanation. */
const BREAKDOWN = /[（(][^（()）\n]{0,20}?[,，、;；]?\s*(其中[^（()）\n,，、;；]{2,14})[）)]/g;

function openBreakdowns(text: string): string {
  return text.replace(BREAKDOWN, (_m, part: string) => `、${part}`);
}

const SENTENCE_END = /[。!?;；！？\n]/;
/** Longer than any item: a fragment this long is a sentence. */
const LONGEST_ITEM = 24;
const CLAUSE_SPLIT = /[,，:：]/;
/**
 * Where a list of items breaks: punctuation, and 和 / 及 / 与 / 跟 as conjunctions, not inside the words that hold them
 * (涉及农民工人数, 普及率, 参与人数, 给与, 总和): cut there, 涉及农民工人数 would lose its head and read as another item.
 */
const FRAGMENT_SPLIT = /以及|或者|[、,，;；:：/|\s]|(?<![涉普波危顾触论])及(?![时格])|(?<![参给赋])与|(?<![总饱缓平温暖柔调])和(?![谐])|跟/;

/**
 * 其 before a name is "its" (名称及其保护点面积); 其他 / 其中 are words of their own. 当日 / 本日 (请每日16:00前报送当日巡山人次)
 * say which round's figure, as 本月 does, and are no part of the item's name; 一是 / 二是 count the entries of a list.
 * SPAN_WORD: 期间 / 以来 left where a span was blanked (2026年1月1日至11月30日期间新认定…人数, 今年以来…) close the span,
 * as a day said with them does (10月1日以来新增返乡创业人数: the day is when the count starts, not an item's date); so does
 * 同期 where 去年 was blanked (10月份临时救助人次及去年同期数: the same figure a year back, SAME_TIME_LAST_YEAR, no item 同期数).
 */
// (自10月15日以来临时救助人次 / 从10月15日起至今的…: 自 / 从 and 起 open and close the same span; left in, they kept the item
// from being read and the notice was no request)
// (IN_A_STATE: 在校困难学生人数 / 在册低保户数 / 在岗网格员人数 — 在 that opens a word of state with the character after it
// is part of the name, not the preposition of 在11月28日前; cut, 在校困难学生人数 was asked as 校困难学生人数)
const LEADING_NOISE =
  /^(?:(?:自|从)?(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号])?|\d{4}年|今年|本年度?)?起?(?:期间|以来|至今|同期)|其(?![他它余中])|[一二三四五六七八九十]{1,2}是|(?:当日|当天|本日|今日)(?=[\u4e00-\u9fa5]{2})|请|麻烦|烦请|务必|另外|再|同时|并|还|于|在(?![校岗册职读编建园押世外家管营网保档院养库途住])|将|把|对|按照?|各|前|之前|以前|报送|上报|填报|补报|报一下|报|一下|统计|提供|下|辖区内?|全部|所有|的|为|以下|如下|分别|具体|包括|含|共|其中|个|本单位|本辖区内?|单位|数据|截至|截止|等|全(?:县|区|市|镇|乡)|本(?:县|区|市|镇|乡|地)|填写|填(?![埋充补方]))+/;
/**
 * 当日和累计的临床诊断病例数 / 城市和农村低保户数: a short qualifier before a conjunction shares the head of the item after
 * it, when the dictionary names that reading outright.
 */
function matchWithNext(frag: string, nextRaw: string | undefined, matcher: FieldMatcher): string | null {
  if (frag.length > 4 || !nextRaw) return null;
  const next = cleanFragment(nextRaw).replace(/^的/, '');
  for (let k = 1; k <= next.length - 2; k++) {
    const [top, second] = matcher.match(frag + next.slice(k), 0.9);
    if (top && (!second || second.score < top.score - 0.05)) return top.field.key;
  }
  return null;
}

/** 年报 / 季度报表 / 月报表 / 半年报 / 统计表: a report named by its form alone. */
const REPORT_FORM = /^(?:年度?|季度?|月度?|半年度?)(?:报表?|统计表|报告|总结)(?:综合表|基层表)?$/;
const REPORT_PART = /(?:综合表|基层表)$/;
/** 调研表 / 统计表 / 报表: a form named by its kind alone, which the title names in full (关于填报…专题调研表的通知). */
const FORM_KIND = /^(?:调研|调查|统计|汇总|登记|一览)?(?:报表|表)$/;
/**
 * 盖章扫描件 / 电子版 / 纸质稿: the form a report is sent in, not what it reports; so is the manner of handing it in said
 * before the verb (整改数以书面形式报区应急局, 以电子邮件方式): HANDED_IN_MANNER.
 */
// (低保户数请于收到通知后3日内报送: what follows 请于 / 请在 says when, never what; the due day alone is blanked)
const TRAILING_NOISE = /(?:各(?:有)?多少|请[于在][^，,。；;、]*|等数据|等情况|等信息|的?基本情况|等?[\d一二三四五六七八九十]+(?:个|项|类)(?:方面|指标)?的?(?:数据|情况|信息)?|等|的数据|数据|信息|一下|即可|就行|报送|上报|报一下|报|谢谢|吧|的|个|一并|一起|一同|也|盖章|扫描件|电子版|电子稿|电子文档|纸质版|纸质稿|纸质件|原件|复印件|以[\u4e00-\u9fa5]{1,8}?(?:形式|方式))+$/;

// A fragment that reads like a data item even when the dictionary does not know it (a count of 件, but 文件 / 附件 /
// 证件 are papers, not a count).
// (EVENT_DATE: 开工日期、完工日期 after 危房改造户数 — the day a piece of work reached a stage is a figure of it, a date the
// units fill in; dropped, the lead heard only of 危房改造户数. Not the notice's own days, 截止日期 / 填报日期.)
const DATA_LIKE = /(?:数|人次|场次|次|(?<!文|附|稿|证)件|起|人口|金额|资金|面积|数量|额|值|量|率|比例|进度|状态|收入|支出|万元|元|亩|吨|(?:开工|完工|竣工|开始|完成|验收|交付|投用|办结|整改)(?:日期|时间))$|^是否|有无/;
const WORK_REPORT = /工作(?=总结|报告)/g;
const BARE_MEASURE = /^(?:总?人数|户数|人次|个数|总?数量|总数|数|底数|总量|需求量|需要量)$/;
// (报送一次 / 一式两份: a number with its measure word is how often or how many copies, never an item: COUNT_OF_TIMES)
// (有变化的报新数: a word for "the figure" itself names nothing; 区局将据此下拨资金: a subject that will act, said after the
// ask, is a sentence of what follows, not an entry of its list; 报送格式：镇街名称+户数 — a pattern of how to write the
// answer, its parts joined by +, is no item either; nor is a verb of work left alone where a year between it and its task was
// blanked: 完成2026年度危房改造任务 → 完成, read as 是否完成自查)
// (群 is the chat group, 发到群里; 困难群众 / 重点人群 / 特殊群体 are people counted)
const NOT_AN_ITEM = /[+]|格式|^(?:完成|开展|做好|推进|组织|实施|启动|部署|加强|确保)$|^(?:最?新|实际?|准确|正确)(?:数|数字|数据|数值)$|^[^将，,]{1,6}将(?:据此|依此|根据|按照?|视情|予以|及时|统一|适时|另行|对)|^[\d一二两三四五六七八九十]+[次遍回份]$|\d{1,2}月\d{1,2}[日号]|通知|工作|要求|学习|落实|会议|上会|(?<![人族社])群(?![众体落租])|私信|助手|联系|电话|姓名|附件|用于|以便|谢谢|感谢|辛苦|急用|要用|核对|比对|对数|[吗呢？?]|一个数|同一/;

/** 按养殖品种填写苗种投放量 / 分村统计户数: how the figures are broken down, then the verb; the item follows it. */
const BY_WAY_OF = /^[|\s]*(?:并|同时|请|还|再)?(?:按照?|分)[\u4e00-\u9fa5]{1,10}?(?:填写|填报|统计|汇总|报送|上报)(?=[\u4e00-\u9fa5]{2})/;

/**
 * 县城建设统计快报 / 年快报 / 统计年报: a fragment that ends in a report's name ends in a noun, not in the verb 报 (as
 * REPORT_NOUN tells 年报和季度报表 from 按月报): no trailing word is cleaned off it.
 */
const ENDS_IN_A_REPORT = /(?:(?:^|[^按每逐])(?:年度?|月度?)|季度?|(?:^|[^尽赶])快)报$/;

/**
 * ENTRY_NUMBER_IN_LINE: 请报送：1.排查户数 2.发现隐患数 — numbered entries written on one line: the number that opens a
 * fragment (after the space that parts the entries) marks the entry, it is no part of the item's name (a decimal, 2.5万元,
 * is a figure, not a mark).
 */
const ENTRY_NUMBER_IN_LINE = new RegExp(String.raw`${LIST_MARKER.source}(?![\d\s])`);

/**
 * WORK_DONE_BEFORE_DE: 本月开展的应急演练次数 / 组织开展的安全隐患排查数 / 累计完成的城镇新增就业人数 / 已开展的… — a modifier
 * before 的 made only of a verb saying that the counted work was carried out (开展, 组织, 进行, 举办, 完成, 实施), with the
 * time and aspect words said of it (已, 累计, 本月), tells nothing of what is counted: the item is the name after 的, and
 * a new item is named by it. A verb with an object or a sense of its own (完成整改的, 新认定的, 入住的, 已排查的) says which
 * ones are counted, and stays.
 */
const WORK_DONE_BEFORE_DE =
  /^(?:已经?|累计|共|均|全年|(?:今年|本年度?|年初)以来|本年度?|本月份?|本周|本季度|当月)*(?:组织|集中)?(?:开展|进行|举办|完成|实施)了?的(?=[\u4e00-\u9fa5]{2})/;

function cleanFragment(f: string): string {
  let t = f.trim().replace(ENTRY_NUMBER_IN_LINE, '').replace(BY_WAY_OF, '');
  for (let i = 0; i < 3 && !REPORT_FORM.test(t); i++) {
    t = t.replace(LEADING_NOISE, '').replace(WORK_DONE_BEFORE_DE, '');
    if (!ENDS_IN_A_REPORT.test(t)) t = t.replace(TRAILING_NOISE, '');
    t = t.trim();
  }
  return t;
}

/**
 * Words that say how to report rather than what: 按实际面积报, 按照…口径, 以…为准, 不要按计划数. A cadence or a breakdown
 * (孤儿人数按月报送, 低保户数按村报) says when or by what, and the words before it are still what is asked.
 */
const MANNER = /按照?(?!时|期|(?:月|季度?|周|旬|半年|年度?|日|天|村|社区|镇街?|乡镇|街道)(?:份|度)?(?:报|上报|报送|填报|汇总|统计|分列|\s*$))|依照|参照|以.{0,10}为准|口径|不要|不得|不能/;

/**
 * 并按养殖方式填写养殖总产量和苗种投放量: filling in is how a form's items are asked for, as reporting them is; the items
 * follow the verb. (A sentence that also reports is read at its reporting verb: see candidatesFromSentence.)
 */
const ITEM_VERB = new RegExp(`${ASK_VERB.source}|填写(?!说明)`);

/** The first ask verb of a clause (items follow it: 报送网格事件上报件数 — the second 上报 is part of an item). */
function firstVerb(clause: string, verbs: RegExp = ASK_VERB): { start: number; end: number } | null {
  for (let from = 0; from < clause.length;) {
    const m = verbs.exec(clause.slice(from));
    if (!m) return null;
    const start = from + m.index, end = start + m[0].length;
    // 年报和季度报表请于…填报: 年报 / 季报 / 月报表 name reports; the verb is further on
    if (!(m[0] === '报' && REPORT_NOUN.test(clause.slice(Math.max(0, start - 3), end + 1)))) return { start, end };
    from = end;
  }
  return null;
}

/**
 * 残联要逐一调查本辖区…适龄残疾儿童的人数 / 核清…底数: a verb of finding out, with its object after it, asks for that object
 * as an ask verb does (the units find it out to report it).
 */
const SURVEY_VERB = /(?:逐一|认真|全面|一并)?(?:调查|核查|摸清|核清|清查|普查|排查|核实)(?=[^，,。；;|]{2,})/;

/**
 * 森林防火演练次数、…、火灾隐患排查处数: inside a list of items, or followed by a measure, the verb is part of an item's
 * name (the count of inspections), not the units' duty to find something out.
 */
const SURVEY_VERB_IN_A_NAME = /^(?:处|个|户|人|次|件|宗|数|情况|结果)/;

function surveyVerb(clause: string): { start: number; end: number } | null {
  const m = SURVEY_VERB.exec(clause);
  if (!m) return null;
  const end = m.index + m[0].length;
  if (clause.slice(0, m.index).includes('、') || SURVEY_VERB_IN_A_NAME.test(clause.slice(end))) return null;
  return { start: m.index, end };
}

/** 年报 / 半年报 / 季报 / 月报表 / 快报 as nouns (not 按月报, 每月报送, 尽快报); a heading's colon may follow (（三）年快报：…). */
const REPORT_NOUN = /(?:(?:^|[^按每逐])年度?|季度?|(?:^|[^按每逐])月度?|(?:^|[^尽赶])快)报(?:表|$|[和及、，,:：]|\|)/;

interface Candidates {
  primary: string[];
  fallback: string[];
}

/** 结合… / 根据… / 参考… / 对照…: a clause naming what the figures are worked out from or checked against. */
const BASIS = /^[|\s]*(?:[一二三四五六七八九十\d]+\s*[、.．])?[|\s]*(?:要)?(?:结合|根据|依据|参考|参照|对照|基于)/;

/** 对…: a clause that puts the object of the next clause's verb first. */
const TOPIC_OBJECT = /^[|\s]*(?:[一二三四五六七八九十\d]+\s*[、.．])?[|\s]*对(?!比|照|应)/;
/**
 * 对全县台胞、台属…的基本情况进行摸底普查 / 对本地台胞、台属及涉台婚姻情况进行统计: a 对 clause whose own verb counts or
 * surveys what it puts first: those are the items.
 */
const SURVEYED_OBJECT = /对(?!比|照|应)(.{2,60}?)(?:的?(?:基本)?情况)?(?:进行|开展|组织)?(?:全面|逐一|认真)?(?:摸底|实名)?(?:普查|统计|调查|排查|核查|摸排|登记|摸底)(?:工作)?$/;

/**
 * TASK_ON_OBJECT: 请对辖区低保户、特困人员开展走访，…报送走访户数 — a 对 clause with a task verb of its own (开展走访, 进行慰问)
 * names whom the work is done to; its object is no item, whatever the next clause asks (a 对 clause that only surveys or
 * counts its object is SURVEYED_OBJECT, read first).
 */
const TASK_ON_OBJECT = /对(?!比|照|应)[^，,。；;]{1,40}?(?:开展|进行|组织|实施|做好|落实)[^，,。；;]{0,12}$/;

/** The object of a 对 clause that surveys it, or null. */
function surveyedObject(clause: string): string | null {
  const m = SURVEYED_OBJECT.exec(clause.replace(/[|\s。]+$/, ''));
  return m ? m[1]! : null;
}

/** 将 / 把 / 填好: what follows is what is sent (将统计表报县文旅局, 填好排查表报县河长办). */
const DISPOSAL = /[将把]|填写好?|填[好妥]/;
/** 报区河长办 / 报送至县文旅局规划科 / 报给镇政府: an office the report goes to. */
const RECIPIENT = /^(?:至|到|给|往)?\s*(?:[区县市省镇乡]|[^，,。；;|]{0,12}(?:局|办|委|中心|科|室|站|所|政府|办事处)(?:[，,。；;|(（\s]|$))/;

/**
 * 做好…年报的编制工作 / 做好年报填报工作 / 完成统计数据和分析报告的上报工作: what is compiled, filled in or handed in stands
 * between 做好 / 完成 and the work.
 */
const COMPILING_WORK = /(?:做好|完成)([^，,。；;：:]{2,60}?)的?(?:编制|填报|编报|上报|报送)工作/;

/**
 * INTO_A_FORM: 将低保户数、特困供养人数填入附件表格报送 / 录入系统: where the figures are put is no item; without it the
 * last item ran into the place (特困供养人数填入附件表格) and was lost.
 */
const INTO_A_FORM = /(?:填入|填到|填进|填在|录入|导入)[^，,。；;、：:]{0,20}?(?:表格?|模板|系统|平台)(?:中|内|里)?/g;

/**
 * HEADED_MEASURES: 报送：（一）城乡低保：户数、人数；（二）…: an entry's object before a colon with only measures after it
 * (户数、人数) is one entry, its object counted in each measure, not a clause and then a list of measures of nothing. The
 * pieces are split with their delimiters kept (split(/([,，:：])/)); the clauses are returned without them, such an
 * entry joined back at its colon.
 */
function headedMeasures(pieces: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const clause = pieces[i]!, colon = pieces[i + 1], next = pieces[i + 2];
    const measures = next === undefined ? [] : next.replace(/[。.|\s]+$/, '').split(/[、和及与]/).map((m) => m.replace(/^[|\s]+/, ''));
    if (colon && /[:：]/.test(colon) && measures.length && measures.every((m) => ONLY_A_MEASURE.test(m))
      && cleanFragment(clause).length >= 2 && !ASK_VERB.test(clause)) {
      out.push(clause + colon + next);
      i += 2;
      continue;
    }
    out.push(clause);
  }
  return out;
}

function candidatesFromSentence(whole: string, isItemSentence: boolean): Candidates {
  const sentence = whole.replace(INTO_A_FORM, '');
  if (isItemSentence) {
    const parts = sentence.split(/([,，:：])/).map((c) => surveyedObject(c) ?? c);
    const kept = parts.filter((c, i) => !BASIS.test(c) && !(TOPIC_OBJECT.test(c) && !ASK_VERB.test(parts[i + 2] ?? '')));
    return { primary: [kept.join('')], fallback: [] };
  }
  const out: Candidates = { primary: [], fallback: [] };
  // 做好…年报和地方储备粮油年报的编制工作: the work of compiling a report asks for the report
  const compiled = COMPILING_WORK.exec(sentence);
  if (compiled) out.primary.push(compiled[1]!);
  // (同步摸清…的基本情况，为建立信息库做准备: finding out for work of one's own, said with its purpose, asks for nothing)
  if (!ITEM_VERB.test(sentence) && (!SURVEY_VERB.test(sentence) || PURPOSE_CLAUSE.test(sentence))) return out;
  const clauses = headedMeasures(sentence.split(/([,，:：])/));
  // a sentence that reports is read at its reporting verb; one that only fills in, at 填写
  const verbs = ASK_VERB.test(sentence) ? ASK_VERB : ITEM_VERB;
  // 将A，B，以及C报县总工会: a 将 / 把 whose verb has not come yet holds its list open over the commas
  let disposalOpen = false;
  for (const [i, clause] of clauses.entries()) {
    const surveyed = surveyedObject(clause);
    if (surveyed) { out.primary.push(surveyed); continue; }
    const verb = firstVerb(clause, verbs) ?? surveyVerb(clause);
    const opened = disposalOpen;
    disposalOpen = verb ? false : disposalOpen || DISPOSAL.test(clause);
    if (!verb) {
      // 对威胁人员、重要设施等重点隐患，要及时提出搬迁避让建议: what 对 puts first is the object of the verb that follows,
      // and no item when that verb asks for nothing
      if (TOPIC_OBJECT.test(clause) && !ASK_VERB.test(clauses[i + 1] ?? '')) continue;
      if (TASK_ON_OBJECT.test(clause)) continue;
      // 结合住宿单位、旅行社…发展状况，测算直接就业人数: what a figure is worked out from is no item
      if (!BASIS.test(clause)) out.primary.push(clause);
      continue;
    }
    const after = clause.slice(verb.end);
    // 光荣牌悬挂户数一并报来 / 生猪存栏也报一下: with nothing after the verb, the items are the words before it —
    // unless they say how to report (油菜面积请按实际播种面积报, 以户籍人口为准).
    const before = clause.slice(0, verb.start);
    if (cleanFragment(after.replace(/\|/g, ' ')).length < 2) {
      // 饮水安全问题请按实际排查结果报: how to report what was asked before, not a new ask.
      if (!MANNER.test(before)) out.primary.push(before);
      else {
        // 把低保户数按村汇总后报上来: what 把/将 sends stands before the manner, and it is asked here
        const sent = DISPOSAL.exec(before), manner = MANNER.exec(before)!;
        if (sent && sent.index < manner.index) out.primary.push(before.slice(sent.index + sent[0].length, manner.index));
      }
      continue;
    }
    // 每年1月10日前将上年度工作总结报告报区河长办: what is sent stands between 将 and the verb; after it, the recipient
    const sent = DISPOSAL.exec(before);
    if (sent && RECIPIENT.test(after.replace(/^[|\s]+/, ''))) {
      out.primary.push(before.slice(sent.index + sent[0].length));
      continue;
    }
    // 将简要事迹3份，荣誉证书报县总工会: the last member of a 将 list that ran over commas stands before the verb, and
    // the office after it is where the list goes, not an item
    if (opened && RECIPIENT.test(after.replace(/^[|\s]+/, ''))) {
      out.primary.push(before);
      continue;
    }
    out.primary.push(after);
    // SENT_BY_BA: 这周五之前把高龄津贴人数报上来啊 还有百岁老人 — what the chat's 把 sends is asked, whatever the words after
    // the verb add (it was kept only for want of anything after the verb, and 还有百岁老人 left it out); a notice's 将 may
    // send a form whose contents the rest of the sentence names, and stays as it was
    if (sent?.[0] === '把' && cleanFragment(before.slice(sent.index + 1)).length >= 2) out.primary.push(before.slice(sent.index + 1));
    else out.fallback.push(before);
  }
  return out;
}

/** 以下数据： / 如下： and 以下数据（截至11月30日）：, a note in brackets before the colon (see LIST_INTRO, anatomy.ts). */
const INTRO = /(?:以下|如下)[^:：。\n（(]{0,12}(?:[（(][^（()）\n]{1,30}[）)])?\s*[:：]/;
/**
 * 请于12月10日前报送以下数据⏎项目⇥单位⏎低保户数⇥户: the data the ask names as what follows, at the end of its line without
 * a colon, open the list on the next lines as 以下数据： does (a pasted two-column table has no row TABLE_ROW knows).
 */
const DATA_INTRO_AT_LINE_END = /以下(?:数据|指标|项目|统计数据|统计指标)\s*$/;
/** 上报材料包括： / 报送内容主要有：: an ask's own list of what it includes follows. */
const INCLUDES = /(?:包括|包含|主要有|内容为)[:：]/;
/** ITEMS_SUBJECT: 表中所列项目包括： / 主要指标包括： — what a form lists, said as the subject of 包括, opens its items too. */
const ITEMS_SUBJECT = /(?:项目|指标|数据项|栏目)(?:主要|具体)?\s*$/;
/** 现就有关事项通知如下： / 具体要求如下：: the sections of a notice follow, not its items. */
/**
 * 一、报送内容（截至…） / 统计指标： / 一、报送材料。…工作总结，…工作思路。 — a section heading whose entries are the items
 * (the materials handed in are what is asked, as the contents reported are).
 */
const ITEMS_HEADING = /^\s*(?:报送|上报|填报|统计|调查|摸排|采集)?(?:内容|指标|事项|项目|数据项|材料)\s*[|\s]*[:：]?\s*$/;
/** 1 | 散煤替代户数 | 户 — a row of a table pasted as text (cells split by | or tabs). */
const TABLE_ROW = /^[^|\t]*(?:\s\|\s|\t)[^|\t]*(?:\s\|\s|\t)/;
const STRUCTURAL_INTRO = /(?:事项|通知|要求|安排|意见|方案)[^，,:：。\n]{0,4}(?:如下|以下)[^:：。\n（(]{0,4}(?:[（(][^（()）\n]{1,30}[）)])?\s*[:：]$/;

/** …，为建立全县信息库做准备 / …，以便…: a clause saying what the work is for. */
const PURPOSE_CLAUSE = /[，,]\s*(?:为(?!准|主|止)|以便|便于)/;

interface Sentence {
  text: string;
  /** A list entry (numbered, or after an intro ending in 以下…：): every fragment in it is a candidate item. */
  item: boolean;
  title: boolean;
}

const SEMICOLON = /[;；]/;

/**
 * ASK_GOES_ON: 各镇街12月10日前报11月低保户数、人数；特困人数；临时救助人次、金额 — after an ask that ends on a semicolon, a
 * short group of names with no verb and no comma of its own (特困人数 / 临时救助人次、金额) is more of what it asks for, not a
 * sentence of its own. A group that says anything else (各镇街要高度重视) is no such member group.
 */
function isBareMemberGroup(raw: string): boolean {
  const t = raw.trim();
  // (排查一般隐患项数，其中已完成整改的数量；排查重大隐患项数…: a comma that opens the parts of the item before it, PARTS_OPENER,
  // keeps the group bare; cut there, the list stopped at the first such entry and every item after it was dropped)
  const groups = t.split(PARTS_OPENER);
  return groups.every((g) => g.length >= 2 && g.length <= 24 && !/[，,：:]/.test(g) && !ASK_VERB.test(g) && !PURPOSE_CLAUSE.test(g)
    && g.split(/[、和及与]/).every((m) => DATA_LIKE.test(cleanFragment(m)) || MEASURE_ALONE.test(cleanFragment(m))));
}
/** PARTS_OPENER: ，其中 — a comma that opens the parts of the item before it (排查一般隐患项数，其中已完成整改的数量). */
const PARTS_OPENER = /[，,]\s*(?=其中)/;
/** 汇总表的主要指标： / 调查内容： — a short lead ending in a list heading and a colon, inside a sentence. */
const HEADED_LIST = /^[^，,。；;：:]{0,12}(?:指标|数据项)[:：]/;

/** 一、 / （二） / 第三部分: the head of a section of the notice (a numbered entry 1. is no section). */
const SECTION_HEAD = /^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+(?:部分|条|章))/;
/** 3.指标解释： / 名词解释： — the heading of entries that say what the terms mean (DEFINITIONS_SECTION). */
const DEFINING_HEAD = /^\s*(?:\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,3}\s*[、.．]|[(（]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）])?\s*(?:主要)?(?:指标|名词|术语)(?:解释|含义|释义)\s*[:：]/;
/** 4. / 二、 — a numbered entry of the level a definitions heading stands at, which ends its definitions. */
const TOP_ENTRY = /^\s*(?:\d{1,2}\s*[.、．]|[一二三四五六七八九十]{1,3}\s*[、.．])/;
/** 身份鉴别 / 对象界定 / 人员认定: a section that says how to tell who belongs to a category. */
const IDENTIFYING = /(?:身份|对象|人员)(?:的)?(?:鉴别|界定|认定|识别)|(?:鉴别|界定|认定)(?:范围|标准|依据)/;

/** 户数 / 人数 / 人次 / 金额（元） — a column that measures what each row names. */
const MEASURE_CELL = /^(?:(?:[户人家处个件座张条起名]|人次|户次)?(?:数|数量|总数)|人次|户次|次数|金额|资金|面积)(?:[（(][^()（）]{1,4}[)）])?$/;
/** A row's own cell left to fill: empty, or a dash or slash only. */
const EMPTY_CELL = /^[\s\-—－/]*$/;

/** The cells of a row pasted as text (split by | or tabs, a Markdown row's outer bars dropped); null for other lines. */
function tableCells(line: string): string[] | null {
  if (!PASTED_ROW.test(line)) return null;
  const row = line.replace(/^ +| +$/g, '').replace(/^\|/, '').replace(/\|$/, '');
  return row.split(/\s*\|\s*|\t/).map((c) => c.trim());
}

/**
 * GRID_FORM: 项目⇥户数⇥人数⏎低保⇥⇥⏎特困⇥⇥ — a pasted form whose header names two or more measures, and whose rows name kinds
 * with their cells left empty, asks for each kind in each measure (低保户数、低保人数、特困户数、特困人数). Returns the
 * measures of a header row, or null.
 */
function gridMeasures(cells: string[] | null): string[] | null {
  if (!cells || cells.length < 3) return null;
  const rest = cells.slice(1).filter((c) => c);
  if (rest.length < 2 || !rest.every((c) => MEASURE_CELL.test(c))) return null;
  return rest.map((c) => c.replace(/[（(][^()（）]*[)）]$/, ''));
}

/** 镇街名称 / 单位 / 村名 / 社区名称: the column of a form that names the reporting unit, one row a unit. */
const REPORTER_COLUMN = /^(?:镇街|镇（街道）|乡镇（街道）|乡镇|街道|镇|单位|村|社区|村（社区）)(?:名称|名)?$|^(?:填报)?单位名称$/;
/** 备注 / 联系人 / 填报人 …: columns of a form that hold no figure. */
const NOTE_COLUMN = /^(?:备注|说明|联系人|联系电话|电话|填报人|审核人|负责人)$/;

/**
 * UNIT_ROWS_FORM: 模板：镇街名称｜低保户数｜低保人数｜低保金发放金额 — a form's header whose first column (after 序号) names the
 * reporting unit, one row a unit: the other columns are the items asked. Cells are split by |, ｜ or tabs. Returns them,
 * or null.
 */
function unitRowsHeader(line: string): { items: string[]; start: number } | null {
  if (!/[|｜\t]/.test(line)) return null;
  // (请按模板填写，12月2日前报送。模板：镇街名称｜…: the header starts after the line's last colon; blanked words are bars too)
  const start = Math.max(line.lastIndexOf('：'), line.lastIndexOf(':')) + 1;
  const row = line.slice(start);
  const cells = row.split(/\s*[|｜\t]+\s*/).map((c) => c.trim()).filter(Boolean);
  const first = cells[0] === '序号' ? 1 : 0;
  if (cells.length - first < 3 || !REPORTER_COLUMN.test(cells[first]!)) return null;
  const items = cells.slice(first + 1).filter((c) => !NOTE_COLUMN.test(c));
  return items.length ? { items, start } : null;
}

/** Sentences of the notice in order; entries after "以下数据：" and numbered entries are marked as items. */
function splitSentences(body: string, listSpans: ReadonlyArray<[number, number]>): Sentence[] {
  const out: Sentence[] = [];
  let afterIntro = false;
  let lineStart = 0;
  // the measures of a GRID_FORM header above, while its rows go on
  let grid: string[] | null = null;
  // under 二、统计人员身份鉴别: entries that define who belongs (华侨：定居在国外的中国公民) say how to tell, not what to count
  let identifying = false;
  // under 指标解释：, DEFINITIONS_SECTION
  let defining = false;
  for (const line of body.split('\n')) {
    const offset = lineStart;
    lineStart += line.length + 1;
    if (!line.replace(/\|/g, '').trim()) continue;
    if (SECTION_HEAD.test(line)) identifying = IDENTIFYING.test(line);
    else if (identifying && definedTerm(line.replace(LIST_MARKER, '')) !== line.replace(LIST_MARKER, '')) continue;
    // DEFINITIONS_SECTION: 3.指标解释：⏎①农村留守儿童：父母双方外出务工…的未成年人 — an entry under a definitions heading says what
    // its term means; the words of the meaning (外出务工, 未成年人) name no item. It ends at the next numbered entry.
    const defines = DEFINING_HEAD.exec(line);
    if (defines) {
      defining = true;
      const rest = line.slice(defines[0].length).replace(LIST_MARKER, '').trim();
      if (!rest || definedTerm(rest) !== rest) continue;
    } else if (defining) {
      const entry = line.replace(LIST_MARKER, '').trim();
      if (TOP_ENTRY.test(line)) defining = false;
      else if (definedTerm(entry) !== entry) continue;
    }
    if (isTitleLine(line)) { out.push({ text: line, item: false, title: true }); continue; }
    const unitRows = unitRowsHeader(line);
    if (unitRows) {
      if (unitRows.start) out.push({ text: line.slice(0, unitRows.start), item: false, title: false });
      out.push({ text: unitRows.items.join('、'), item: true, title: false });
      continue;
    }
    const cells = tableCells(line);
    const measures = gridMeasures(cells);
    if (measures) {
      grid = measures;
      out.push({ text: line, item: false, title: false });
      continue;
    }
    if (grid && cells && cells[0] && !MEASURE_CELL.test(cells[0]) && cells.slice(1).every((c) => EMPTY_CELL.test(c))) {
      const kind = cells[0];
      out.push({ text: grid.map((m) => `${kind}${m}`).join('、'), item: true, title: false });
      continue;
    }
    if (!cells) grid = null;
    // UNIT_COLUMNS_ENTRY (text.ts): 生猪：存栏（头），其中能繁母猪存栏（头）；出栏（头） — a row of an object and its columns, each
    // with its unit: each column is the object's (生猪存栏, 生猪出栏); a part (其中…) names its own object. Split at its
    // semicolon, the columns after it lost their object.
    const row = unitColumnsOf(line);
    if (row) {
      const columns = row.columns.map((c) => {
        const part = c.replace(/^其中[:：]?/, '');
        return part !== c || part.startsWith(row.object) ? part : row.object + part;
      });
      out.push({ text: columns.join('、'), item: true, title: false });
      continue;
    }
    let at = offset;
    // 上报材料包括：…名称；涉案金额、涉及人数…；…: what an ask says it includes runs to the end of its line
    let included = false;
    // 一、乡镇表：村委会个数；自来水受益村数；…: a semicolon goes on with the entry it follows, a full stop ends it
    let entryGoesOn = false;
    // 报11月低保户数、人数；特困人数；临时救助人次、金额: an ask's items may go on past its semicolon (ASK_GOES_ON)
    let askGoesOn = false;
    const pieces = line.split(SENTENCE_END);
    for (const [k, raw] of pieces.entries()) {
      const rawStart = at;
      at += raw.length + 1;
      const goesOn = entryGoesOn;
      entryGoesOn = false;
      const semicolonBefore: boolean = askGoesOn;
      askGoesOn = false;
      if (!raw.replace(/\|/g, '').trim()) continue;
      if (included) { out.push({ text: raw, item: true, title: false }); continue; }
      const continues: boolean = (goesOn && !(raw.length > LONGEST_ITEM && (ASK_VERB.test(raw) || PURPOSE_CLAUSE.test(raw))))
        || (semicolonBefore && isBareMemberGroup(raw));
      const semicolon = SEMICOLON.test(line.charAt(rawStart + raw.length - offset)) && k < pieces.length - 1;
      const includes = INCLUDES.exec(raw);
      if (includes && (ASK_VERB.test(raw.slice(0, includes.index)) || ITEMS_SUBJECT.test(raw.slice(0, includes.index))) && !listSpans.some(([s, e]) => rawStart + raw.length > s && rawStart < e)) {
        out.push({ text: raw.slice(0, includes.index), item: false, title: false });
        out.push({ text: raw.slice(includes.index + includes[0].length), item: true, title: false });
        included = true;
        continue;
      }
      // an entry of the notice's item list (see anatomy.ts), whatever its heading or numbering
      if (listSpans.some(([s, e]) => rawStart + raw.length > s && rawStart < e)) {
        const text = definedTerm(raw.replace(LIST_MARKER, ''));
        if (!ITEMS_HEADING.test(blankAsides(text)) && !LIST_HEADING.test(text)) out.push({ text, item: true, title: false });
        continue;
      }
      // 各村现有多少低保户？周五前报我: a question of how many names the item the ask after it wants
      const asked = line.charAt(rawStart + raw.length - offset) === '？' || line.charAt(rawStart + raw.length - offset) === '?' ? howManyOf(raw) : null;
      if (asked) { out.push({ text: asked, item: true, title: false }); continue; }
      const marked = LIST_MARKER.test(raw);
      const text = marked ? raw.replace(LIST_MARKER, '') : raw;
      const intro = INTRO.exec(text) ?? (k === pieces.length - 1 ? DATA_INTRO_AT_LINE_END.exec(text) : null);
      // 现将…工作通知如下： opens the notice's sections and names no item
      if (intro && STRUCTURAL_INTRO.test(text.slice(0, intro.index + intro[0].length))) {
        afterIntro = false;
        continue;
      }
      if (intro) {
        out.push({ text: text.slice(0, intro.index), item: false, title: false });
        out.push({ text: text.slice(intro.index + intro[0].length), item: true, title: false });
        afterIntro = true;
        continue;
      }
      // 汇总表的主要指标：一、基本情况：家数、客房数…: a list heading inside the sentence opens the list there
      const headed = HEADED_LIST.exec(text);
      if (headed) {
        out.push({ text: text.slice(0, headed.index + headed[0].length), item: false, title: false });
        out.push({ text: text.slice(headed.index + headed[0].length).replace(LIST_MARKER, ''), item: true, title: false });
        entryGoesOn = semicolon;
        continue;
      }
      const heading = ITEMS_HEADING.test(blankAsides(text));
      if (heading) afterIntro = true;
      // 请各镇街填写下表，于…报送。: the table below is the list (TABLE_BELOW, anatomy.ts)
      if (k === pieces.length - 1 && TABLE_BELOW.test(line) && (ASK_VERB.test(line) || /填写|填报/.test(line))) afterIntro = true;
      // 三、样本企业…于2月10日前报送…文字材料: a numbered paragraph that asks is read like any ask, not as one item
      // 四、同步摸清…的基本情况，为建立信息库做准备: a numbered paragraph of work with its purpose is no entry either
      const paragraph = marked && text.length > LONGEST_ITEM && (ASK_VERB.test(text) || PURPOSE_CLAUSE.test(text));
      // (建制村数（个）: a line of a name and its unit alone is a form's row, UNIT_ROW)
      const item: boolean = (marked && !paragraph) || afterIntro || TABLE_ROW.test(raw) || continues || (pieces.length === 1 && isUnitRow(raw));
      out.push({ text, item, title: false });
      entryGoesOn = item && semicolon;
      askGoesOn = semicolon && (ASK_VERB.test(text) || (semicolonBefore && item));
    }
  }
  return out;
}

/**
 * （一）华人：已取得外国国籍的原我县籍中国公民 / 侨眷：…在县内的眷属，包括其配偶、父母… — an entry that defines a term
 * counts the term: what follows the colon says who belongs, and names no measure of its own (低保：户数、人数 does).
 */
const DEFINED_ENTRY = /^([^：:，,、。；;]{2,16}?)[：:](.{6,})$/;
const SECTION_WORD = /对象|范围|内容|要求|时间|方式|目的|意义|原则|步骤|指标|事项|项目$|栏目|表$|情况|说明|口径|备注|注$/;
const MEASURE_WORD = /数|金额|面积|量|值|收入|率|比例|时长|次/;
/**
 * 上报数据包括： / 请填报： — a lead-in to a list, not a term. So is 其中： opening a row of a table (其中：倒塌居民住房｜间｜),
 * which names a part of the row above it: the part is the item, not 其中.
 */
const LEAD_IN = /包括|包含|报|填|统计|提供|汇总|如下|以下|有$|为$|^其中$/;

function definedTerm(entry: string): string {
  const m = DEFINED_ENTRY.exec(entry);
  const head = m?.[1]!.replace(/[（(][^（()）]*[）)]/g, '') ?? '';
  if (!m || SECTION_WORD.test(head) || LEAD_IN.test(head) || MEASURE_WORD.test(m[2]!)) return entry;
  return m[1]!;
}

/**
 * 请各乡镇按以上八类分别统计人数（个数） / 上述对象的数量: the ask counts the entries of the notice's own scope list (二、普查
 * 对象), which are then its items.
 */
export const COUNTS_THE_SCOPE =
  /(?:以上|上述|前述)[一二三四五六七八九十\d]*(?:类|项|种|类别)?(?:对象|人员)?[^，,。；;]{0,6}?(?:分别|分类)?(?:统计|汇总|填报|报送)|(?:以上|上述)[^，,。；;]{0,8}的?(?:人数|数量|个数)/;

export interface ItemContext {
  matcher: FieldMatcher;
  /** Where the notice's item list is (its entries, see anatomy.ts): every fragment there is a candidate item. */
  listSpans?: ReadonlyArray<[number, number]>;
  /** The dictionary's names that hold a list mark (see wholeNamesOf): each, said word for word, is one item. */
  wholeNames?: ReadonlyArray<WholeName>;
  /** The dictionary itself: a field's unit is evidence for an item that says its unit (总面积（平方千米）). */
  fields?: ReadonlyArray<FieldDef>;
  /** The notice's own words, its background too: where a short name's qualifier is looked for (SHORT_NAME_OF_THE_NOTICE). */
  notice?: string;
}

/** A dictionary name with a list mark inside it, and the field it names. */
export interface WholeName {
  text: string;
  key: string;
}

/**
 * 粮食、油脂商品流转统计年报 / 归侨、侨眷、港澳台同胞及其眷属、外籍华人及其亲属情况统计表: the names of the dictionary that hold
 * a list mark, longest first. Such a name is one item whose words a list mark joins; cut at the mark, its words would
 * read as members (粮食 alone; 归侨 → 归侨人数) and the name itself as neither.
 */
export function wholeNamesOf(fields: ReadonlyArray<FieldDef>): WholeName[] {
  const out: WholeName[] = [];
  for (const f of fields) {
    for (const name of new Set([f.label, ...f.aliases].map((n) => prepareText(n, '').trim()))) {
      // (涉及农民工人数 holds 及 inside a word: nothing cuts it, see FRAGMENT_SPLIT)
      if (name.length >= 5 && name.split(FRAGMENT_SPLIT).filter((w) => w.trim()).length > 1) out.push({ text: name, key: f.key });
      // 法人单位基本信息 / 调查单位基本情况: a name that ends in words an item is cleaned of (基本情况, 信息, 数据…) would lose
      // what makes it that name (法人单位 alone), so said word for word it is one item too
      else if (name.length >= 5 && name.replace(TRAILING_NOISE, '').length < name.length) out.push({ text: name, key: f.key });
      // 网格事件上报件数和办结件数请于…报送: a name holding a verb of reporting (上报) would be cut at it, the verb read as the
      // ask's and 件数 after it as an item of its own
      else if (name.length >= 5 && ASK_VERB.test(name)) out.push({ text: name, key: f.key });
    }
  }
  // (two fields under one name, a label here and an alias there, are no answer: the name is left to the matcher)
  const keysOf = new Map<string, Set<string>>();
  for (const n of out) keysOf.set(n.text, (keysOf.get(n.text) ?? new Set()).add(n.key));
  return out.filter((n) => keysOf.get(n.text)!.size === 1).sort((a, b) => b.text.length - a.text.length);
}

/** After a name: the end of it, unless a character goes on with the name (…年报表 is another, longer name). */
const NAME_GOES_ON = /^[\u4e00-\u9fa5A-Za-z0-9](?<![和及与或的等])/u;

/** The whole names a sentence says word for word, each taken as its field and blanked, so that its list marks split nothing. */
function takeWholeNames(text: string, names: ReadonlyArray<WholeName>): { text: string; keys: string[] } {
  const keys: string[] = [];
  for (const { text: name, key } of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (NAME_GOES_ON.test(text.slice(at + name.length, at + name.length + 1))) continue;
      text = text.slice(0, at) + BLANK.repeat(name.length) + text.slice(at + name.length);
      if (!keys.includes(key)) keys.push(key);
    }
  }
  return { text, keys };
}

/** 一、核报内容 / 统计指标： — the heading of an item list, not an item. */
const LIST_HEADING = /^\s*[^，,。；;：:]{0,10}(?:内容|指标|事项|项目|数据项|清单)\s*(?:[(（][^()（）]*[)）])?\s*[:：]?\s*$/;

/** 本次调查范围为… / 统计对象是… — the scope of the work, stated. */
const SCOPE_STATEMENT = /^[|\s]*(?:本次|此次)?(?:调查|统计|普查|摸底|排查|清查|填报|采集)(?:的)?(?:范围|对象)(?:为|是|主要是)/;

/** The sentence is an entry of the notice's item list (a scope list an ask counts is one, see COUNTS_THE_SCOPE). */
function inList(sentence: string, body: string, listSpans: ReadonlyArray<[number, number]>): boolean {
  const at = body.indexOf(sentence);
  return at >= 0 && listSpans.some(([s, e]) => at < e && at + sentence.length > s);
}

/**
 * Splits the ask into items and maps them. `body` has its non-item spans (deadline, period, units, department)
 * already blanked with BLANK.
 */
export function extractItems(body: string, ctx: ItemContext): ItemResult {
  const sentences = splitSentences(body, ctx.listSpans ?? []);
  const primary: string[] = [];
  const fallback: string[] = [];
  const titles: string[] = [];
  const broken: string[] = [];
  const whole: string[] = [];
  for (const s of sentences) {
    if (s.title) { titles.push(s.text); continue; }
    // 二、本次调查范围为全县所有农村用水人口，包括…: a sentence stating the scope says who is covered, not what is counted
    if (SCOPE_STATEMENT.test(s.text.replace(LIST_MARKER, '')) && !inList(s.text, body, ctx.listSpans ?? [])) continue;
    const said = takeWholeNames(s.text, ctx.wholeNames ?? []);
    if (said.keys.length && !(STATED_FIGURE.test(s.text) && !ASK_VERB.test(s.text))) {
      s.text = said.text;
      for (const key of said.keys) if (!whole.includes(key)) whole.push(key);
    }
    // 2025年全县共实现城镇新增就业3,215人…参保率达到98.6%: background figures, not items asked for
    // (其中：30户以上的（个）: a threshold in a form's row states nothing, UNIT_ROW)
    if (STATED_FIGURE.test(s.text) && !ASK_VERB.test(s.text) && !(s.item && isUnitRow(s.text))) continue;
    // 如实填写《清理建设工程项目拖欠工程款和农民工工资情况表》: a form to fill in names its items by what it records
    for (const form of s.text.matchAll(FORM_NAME)) primary.push(formContent(form[1]!, ctx.matcher));
    // 留守儿童要分别摸清父亲一方外出、母亲一方外出…的数量: the parts of a whole, each the field that refines it
    s.text = openItemBrackets(openMemberLists(s.text, ctx.matcher));
    const parts = readBreakdowns(s.text, ctx.matcher);
    for (const p of parts) for (const key of p.fields) if (!broken.includes(key)) broken.push(key);
    const text = blankSpans(s.text, parts.map((p) => p.span));
    const c = candidatesFromSentence(blankAsides(s.item ? openBreakdowns(text) : text), s.item);
    primary.push(...c.primary);
    fallback.push(...c.fallback);
  }
  // 关于填报…能源资源消费年报和第四季度报表的通知 … 年报和季度报表请于…: the body names the title's reports by their form alone
  const subjectsWhole = titles.map(titleSubject).filter((f) => f.length >= 4);
  const subjects = [...subjectsWhole, ...titles.flatMap((t) => prepareCandidate(blankAsides(t)).split(FRAGMENT_SPLIT).map(cleanFragment)).filter((f) => f.length >= 4)];
  const said = unitsSaid(body);
  const objects = workObjects([...titles.map(titleSubject), ...sentences.filter((s) => !s.title).flatMap((s) => s.text.split(/[，,。；;：:]/))]);
  const notice = ctx.notice ?? body;
  let result = mapCandidates(primary, ctx, subjects, said, objects, notice);
  if (!result.fields.length && !result.newFields.length && !whole.length) result = mapCandidates(fallback, ctx, subjects, [], objects, notice);
  if (!result.fields.length && !result.newFields.length && !whole.length) {
    const fromTitles: string[] = [];
    for (const t of titles) fromTitles.push(...candidatesFromSentence(blankAsides(t), false).primary);
    result = mapCandidates(fromTitles, ctx, subjects, [], [], notice);
  }
  // 关于做好2031年村镇建设统计工作的通知 … 完成本地数据的汇总: the ask names no item, the title's subject is it
  if (!result.fields.length && !result.newFields.length && !whole.length) {
    const known = subjectsWhole.filter((w) => knownOutright(w, ctx.matcher)).map((w) => ctx.matcher.match(w, 0.9)[0]!.field.key);
    result = { fields: [...new Set(known)], newFields: [] };
  }
  for (const key of broken) if (!result.fields.includes(key)) result.fields.push(key);
  if (whole.length) result = { fields: [...whole, ...result.fields.filter((k) => !whole.includes(k))], newFields: result.newFields };
  return result;
}

/**
 * 主要工业污染物（包括COD、氨氮、二氧化硫、氮氧化物）的排放量 / 主要工业污染物（化学需氧量、氨氮…）排放量: a bracket that
 * lists what an item is made of asks for each member in the item's measure (COD的排放量、氨氮的排放量…). Read so only when the dictionary knows most members in that
 * reading; otherwise the bracket stays an aside (含已竣工和在建).
 */
// (医疗救助人次（分门诊、住院）和医疗救助金额: the measure follows the bracket at once; a word that joins (和, 及) starts the
// next item, whose measure it is not)
const MEMBER_LIST = /([^\s|、，,。；;：:（()）]{0,12})[（(](包括|包含|含|即|如)?([^（()）]{1,30}[、，,][^（()）]{1,30})[）)]((?:的|之)?(?![和及与或以])[\u4e00-\u9fa5]{0,6}?(?:量|数|额|面积|率))?/g;
const MEMBER_SPLIT = /[、，,]|以及|(?<![总])和|及|与/;

function openMemberLists(text: string, matcher: FieldMatcher): string {
  return text.replace(MEMBER_LIST, (whole, _head: string, includes: string | undefined, list: string, measure: string | undefined) => {
    // （化学需氧量、氨氮…）排放量: without 包括 a bracket lists members only when a measure follows it for them to share
    if (!includes && !measure) return whole;
    const members = list.split(MEMBER_SPLIT).map((m) => m.trim().replace(/等$/, '')).filter((m) => m.length >= 2);
    if (members.length < 2) return whole;
    const named = members.map((m) => m + (measure ?? ''));
    const known = named.filter((n) => matcher.best(n));
    return known.length * 2 >= named.length ? `、${named.join('、')}、` : whole;
  });
}

/**
 * ITEMS_IN_BRACKETS: 复核结果（特困供养人数、终止人数、新增人数） / 12月份低保数据（户数、人数、金额） / …统计表（含救助户数、救助人数、
 * 发放资金）: a bracket of two or more names that each end in a measure lists the items themselves, and a bare measure in it
 * (户数, 金额) is the measure of the object named right before the bracket (低保数据 → 低保户数). A bracket whose members name
 * no measure (含已竣工和在建) stays an aside. A head that only names the report (…数据, …结果, …统计表) is no item of its own.
 */
const ITEM_BRACKET = /([\u4e00-\u9fa5]{0,12})[（(](包括|包含|含|即)?([^（()）]{2,60}?)[）)]/g;
const ENDS_IN_MEASURE = /(?:数|数量|量|额|率|面积|资金|人次|户次)$/;
const ONLY_A_MEASURE = /^(?:人数|户数|个数|家数|处数|人次|户次|数量|面积|金额|总额|总量|产量|资金)$/;
const NAMES_THE_REPORT = /(?:的)?(?:数据|情况|结果|信息|统计表|报表|表)$/;
const BEFORE_THE_OBJECT = /^.*(?:报送|上报|填报|统计|辖区内?|本镇|本街道|请|将|把)/;

/** 2026年残疾人两项补贴发放情况: the time before the object is no part of it. */
const TIME_BEFORE_THE_OBJECT = /^(?:\d{4}年度?|本年度?|今年|上年度?|\d{1,2}月份?|本月|上月)+/;
/** 燃气隐患排查整改情况: the work done on a thing (排查, 整改) follows it; what is counted is the thing. */
const WORK_ON_IT = /(?:排查|整治|整改|检查|巡查|摸排|摸底|核查|核实|复核|清理|治理|督查)+$/;
/** 隐患数 / 已整改数 in a bracket after 燃气隐患…情况: the object's last word and a measure, or only what is said of a count. */
const MEASURE_END = /(?:人数|户数|处数|个数|家数|件数|人次|金额|资金|数量|数)$/;

/**
 * A member that names the head's object by its last word (隐患数 after 燃气隐患) or names no object at all (已整改数) is
 * said of the head's object: 燃气隐患数, 燃气隐患已整改数. A member naming a thing of its own stays as it is.
 */
function withTheObject(member: string, object: string): string {
  if (object.length < 2) return member;
  if (OBJECTLESS.test(member)) return object + member;
  const noun = member.replace(MEASURE_END, '');
  if (noun.length >= 2 && noun.length < object.length && object.endsWith(noun) && noun !== member) return object + member.slice(noun.length);
  // 发现隐患数 after 燃气隐患…情况: the object's head word said with what is done to it takes the object's qualifier too
  // (发现燃气隐患数), or the nearest item of another kind of hazard (消防隐患发现数) is read in its place
  const head = object.slice(-2);
  const at = noun.lastIndexOf(head);
  return object.length > 2 && at > 0 && at + head.length === noun.length && !noun.includes(object) ? member.slice(0, at) + object + member.slice(at + head.length) : member;
}

function openItemBrackets(text: string): string {
  return text.replace(ITEM_BRACKET, (whole, head: string, _includes: string | undefined, list: string, at: number) => {
    // (2026年残疾人…: the head starts after the digits, with their 年 left on it)
    const dated = /\d$/.test(text.slice(0, at)) ? head.replace(/^(?:年度?|月份?)/, '') : head;
    const members = list.split(MEMBER_SPLIT).map((m) => m.trim().replace(/等$/, ''));
    const reportOnly = NAMES_THE_REPORT.test(head);
    // 排查结果（独居老人人数）: one name after a head that only names the report is what the report holds
    const single = members.length === 1 && reportOnly && !ONLY_A_MEASURE.test(members[0]!) && !/\d/.test(members[0]!);
    if ((members.length < 2 && !single) || members.some((m) => m.length < 2 || !ENDS_IN_MEASURE.test(m))) return whole;
    const wholeObject = dated.replace(NAMES_THE_REPORT, '').replace(BEFORE_THE_OBJECT, '').replace(WORK_ON_IT, '').replace(TIME_BEFORE_THE_OBJECT, '');
    const object = wholeObject.slice(-6);
    if (members.some((m, k) => ONLY_A_MEASURE.test(m) && !ownObjectBefore(members, k)) && object.length < 2) return whole;
    // (an object cut short, 疾人基本状况 of 残疾人基本状况, is lent to no member that names a measure of its own)
    // 年审结果（在册低保户数、人数）: a bare measure after a member that names its own object is that object's (低保人数), as
    // it is outside brackets; only a bracket that opens with bare measures takes the head's object
    const named = members.map((m, k) => (ONLY_A_MEASURE.test(m) ? (ownObjectBefore(members, k) ? m : object + m) : withTheObject(m, wholeObject.length <= 10 ? wholeObject : '')));
    // (请报送年审结果（…）: the head's ask words stay, or the sentence would ask for nothing)
    const kept = reportOnly || named.some((n, k) => n !== members[k]) ? (BEFORE_THE_OBJECT.exec(head)?.[0] ?? '') : head;
    return `${kept}、${named.join('、')}、`;
  });
}

function ownObjectBefore(members: string[], k: number): boolean {
  return members.slice(0, k).some((m) => !ONLY_A_MEASURE.test(m));
}

/** …统计年报表 / …情况汇总表 / …月报表: an entry that names a report form by its kind. */
const REPORT_FORM_ENTRY = /.{2}(?:(?:统计|汇总|登记|调查|情况)(?:年|季|月|半年)?度?(?:报表|表)|(?:年|季|月)报表)$/;

/** 《…情况表》 / 《…统计报表》 / 《…清单》: a form named in a sentence. */
const FORM_NAME = /《([^《》\n]{2,40}?(?:表|清单|台账))》/g;
/** 清理… / 开展…: the work a form belongs to opens its name; its kind (情况统计表) closes it. */
const FORM_WORK = /^(?:清理|开展|排查|摸排|做好|报送|填报|统计)/;
const FORM_KIND_TAIL = /(?:基本)?(?:情况)?(?:统计|汇总|登记|调查|摸底|排查|明细)?(?:年|季|月|半年)?度?(?:报表|表|清单|台账)$/;

/**
 * What a form records: its name as the dictionary knows it, or else the words between the work and the kind, which
 * are then read like any list of items (拖欠工程款和农民工工资 — the second shares the first one's verb).
 */
function formContent(name: string, matcher: FieldMatcher): string {
  if (knownOutright(name, matcher)) return name;
  const content = name.replace(FORM_WORK, '').replace(FORM_KIND_TAIL, '');
  return content.length >= 2 ? content : name;
}

/** 关于做好…工作的通知 / 关于实行《…》的通知: what the notice is about, with its verbs of doing and its document word cut. */
const TITLE_LEAD = /^[\s|]*(?:【[^】]*】)?[\s|]*关于(?:切实|进一步|认真)?(?:做好|开展|报送|填报|上报|实施|实行|建立|转发|印发|组织|启动|做)?/;
const TITLE_TAIL = /(?:工作)?(?:有关事项|相关事宜)?的?(?:紧急|补充)?(?:通知|函|安排)[\s|]*$/;

/** 困难家庭基本情况调查 / 留守儿童摸底排查: a survey named by what it surveys; the rest says how. */
const SURVEY_OF = /(?:的)?(?:基本)?(?:情况)?(?:调查|摸底|排查|普查|核查|统计|登记)(?:摸底|排查|登记)?$/;

function titleSubject(title: string): string {
  const subject = title.replace(TITLE_LEAD, '').replace(TITLE_TAIL, '').replace(/[《》“”"|\s]/g, '').replace(/^\d{4}年度?/, '');
  const surveyed = subject.replace(SURVEY_OF, '');
  return surveyed.length >= 2 && surveyed !== subject ? surveyed : subject;
}

function prepareCandidate(text: string): string {
  return text.replace(/及以上|及以下/g, '以上').replace(/及时|以及时/g, ' ');
}

/**
 * DUE_DAY_OPENER: 排查件数、调处件数于11月27日前报送 — the 于 that opened a list's blanked due day is left on its last member
 * (调处件数于 named nothing). Only a list's: 申报材料于…报送 / 请各养老机构于… keep theirs (a single name is read as it was).
 */
// (blanked words are | : 调处件数于|||||||)
const DUE_DAY_OPENER = /(?<![位关属对等处请])于[|\s]*$/;
const LISTED = /、/;

/**
 * WORK_OBJECT: 持证残疾人数据核对 / 关于开展农村留守儿童摸底排查工作的通知 — the clause or title that names the work by what it
 * checks or counts (数据核对, 摸底排查, 信息采集…): what it names before the work word is the object of the work.
 */
const WORK_TOPIC = /^[\s|]*([\u4e00-\u9fa5]{2,12}?)(?:的)?(?:基本)?(?:数据|信息|情况|底数)?(?:核对|核查|核实|摸底|排查|普查|清查|调查|采集|复核|比对|统计)(?:摸底|排查|登记|核实)?(?:工作)?[\s|]*$/;

function workObjects(clauses: string[]): string[] {
  const out: string[] = [];
  for (const c of clauses) {
    const m = WORK_TOPIC.exec(c.replace(/^(?:关于|开展|做好|请|根据)+/, ''));
    if (m && !ASK_VERB.test(m[1]!) && !out.includes(m[1]!)) out.push(m[1]!);
  }
  return out;
}

/**
 * BARE_MEASURE_OBJECT: 持证残疾人数据核对，请…将名单和人数反馈给我 — a measure asked with no object (人数, 户数) counts the object of
 * the work the notice names (WORK_OBJECT), when the dictionary knows that object with that measure outright; else it
 * names no item, as before.
 */
const COUNT_MEASURE = /^(?:总?人数|户数|人次|个数|家数)$/;

function measureOfTheWork(frag: string, objects: readonly string[], matcher: FieldMatcher): string | null {
  if (!COUNT_MEASURE.test(frag)) return null;
  for (const object of objects) {
    const found = matcher.best(object + frag.replace(/^总/, ''), 0.9);
    if (found) return found.field.key;
  }
  return null;
}

function mapCandidates(
  candidates: string[], ctx: ItemContext, subjects: string[] = [], said: ReadonlyArray<UnitSaid> = [], objects: readonly string[] = [], notice = '',
): ItemResult {
  const fields: string[] = [];
  const newFields: NewFieldSpec[] = [];
  const seenNew = new Set<string>();
  // the item before, across the entries of a list: what an elliptical entry (2. 本季度新增人数) leaves out
  let lastItem: string | null = null;
  // 农村劳动力数，其中男性、女性各多少: a clause opened by 其中 names parts of the item the clause before it ended on
  let lender: string | null = null;
  // 临时救助情况，包括救助人次、救助金额: the 情况 a candidate ends on, whose members the next one lists after 包括
  let situation: string | null = null;
  let opened = false;
  const categories: Array<{ kind: string; keys: string[] }> = [];
  const topics = listTopics(candidates);
  for (const [at, cand] of candidates.entries()) {
    // (请于…前报送 between a 情况 and its list: the ask's own words, with its days blanked, name nothing and hand nothing on)
    if (situation !== null && isAskResidue(cand)) continue;
    // LIST_TOPIC: 2026年城乡医疗救助资金发放情况统计，请…报送，内容：资助参保人数…: the 情况 the list's opener hands on is the
    // list's topic, lent to its entries; it is no item of its own
    if (topics.has(at)) {
      situation = situationBefore(splitPieces(prepareCandidate(withoutIdentityModifiers(cand))).pieces);
      opened = false;
      lender = null;
      continue;
    }
    let prev: string | null = PARTS_OF_THE_LAST.test(cand) ? lender : null;
    // the item a 其中 clause breaks down, while its parts are read (OBJECT_OF_THE_WHOLE)
    let whole: string | null = prev;
    // (the 情况 in force as this candidate opens: what a list after 内容包括 is of, and where a state-only entry's object is)
    const handedOn = situation;
    const topic = topicOf(cand);
    const { pieces, joiners } = namesRunTogether(splitPieces(prepareCandidate(withoutIdentityModifiers(LISTED.test(cand) ? cand.replace(DUE_DAY_OPENER, '') : cand))), ctx.matcher);
    const shared = new Map([...sharedHeadReadings(pieces, joiners, ctx.matcher), ...sharedMeasureReadings(pieces, joiners, ctx.matcher)]);
    const lent = lentObjects(pieces, joiners, situation, ctx.matcher, opened);
    const banded = bandedNouns(pieces, joiners);
    const countedLike = countedLikeTheLast(pieces, joiners, ctx.matcher);
    // (医疗救助情况，内容含：救助人次…: an opener standing alone hands the 情况 on to the list after it)
    opened = situation !== null && isBareOpener(cand);
    if (!opened) situation = situationBefore(pieces);
    const crossed = crossReadings(pieces, joiners, ctx.matcher);
    const qualified = qualifierReadings(pieces, joiners, ctx.matcher);
    for (const [i, raw] of pieces.entries()) {
      if (i > 0 && PARTS_OF_THE_LAST.test(raw)) whole = prev;
      // 城市、农村低保户数: the head of the member after the qualifiers, read with each of them (QUALIFIERS_BEFORE_A_SHARED_HEAD)
      const readings = qualified.get(i);
      if (readings) {
        for (const r of readings) {
          if (r.key) { if (!fields.includes(r.key)) fields.push(r.key); continue; }
          if (!seenNew.has(r.text)) { seenNew.add(r.text); newFields.push({ label: r.text, type: inferFieldType(r.text) }); }
        }
        if (readings.length) prev = lastItem = readings[readings.length - 1]!.text;
        continue;
      }
      // 水、电、燃油的消耗数量和金额: each object with each measure, read as one; a measure read with them names nothing more
      const cross = crossed.get(i);
      if (cross) {
        for (const r of cross) if (!fields.includes(r.key)) fields.push(r.key);
        if (cross.length) prev = lastItem = cross[cross.length - 1]!.text;
        continue;
      }
      // （五）供销合作社系统人员统计年报表: an entry naming a report form asks for what the form records
      const cleaned = shared.get(i)?.text ?? lent.get(i) ?? banded.get(i) ?? countedLike.get(i) ?? cleanFragment(raw);
      const named = REPORT_FORM_ENTRY.test(cleaned) ? formContent(cleaned, ctx.matcher) : cleaned;
      // QUALIFIER_OF_THE_WHOLE: 建制村数（个）⏎其中：位于集中连片特困地区的（个） — a part that ends on 的 says which of the whole it
      // counts and leaves the whole unsaid: it is the whole so qualified (位于集中连片特困地区的建制村数)
      const frag = whole && QUALIFIER_PART.test(raw) && named.length >= 2 && !namesAnItem(named, ctx.matcher) ? `${named}的${whole}` : named;
      if (frag.length < 2) continue;
      // A fragment the dictionary knows outright is an item even with a word like 工作 in it (接种工作启动日期).
      // (年度工作总结 / 工作报告: 工作 before the report it names is the report's kind, not a duty; the report is an item)
      if (frag.length > LONGEST_ITEM || (NOT_AN_ITEM.test(frag.replace(WORK_REPORT, '')) && !knownOutright(frag, ctx.matcher))) { prev = null; continue; }
      // a qualifier sharing the next item's head (当日和累计的…病例数) is read with it before it is read alone; a
      // fragment that names an item by itself (一般隐患、重大隐患和列入治理计划的重大隐患) is no such qualifier
      // 城市（县城）建设统计2027年年报…：年报综合表于…报送: a report named by its form alone is first the title's report of
      // that form; only then whichever report of the dictionary it resembles
      const resembled = (namesAnItem(frag, ctx.matcher) ? null : matchWithNext(frag, pieces[i + 1], ctx.matcher))
        ?? matchWithContext(frag, topic && frag !== topic ? topic : prev, ctx.matcher, Boolean(topic && frag !== topic))
        ?? (topic && frag !== topic ? matchWithContext(frag, prev, ctx.matcher) : null)
        ?? matchByTitle(frag, subjects, ctx.matcher)
        ?? matchByNotice(frag, notice, ctx.matcher);
      // 2053年年报 / 填报调查表 in a notice about 建筑业 or 旧货: a report or form named by its kind alone is the notice's own;
      // a dictionary form it merely resembles (物业管理统计年报, 基层社情况调查表) is taken only when the notice says that
      // form's object (示范社申报材料、汇总表 → 示范社申报汇总表)
      const bareKind = subjects.length > 0 && (REPORT_FORM.test(frag) || FORM_KIND.test(frag));
      const read = shared.get(i)?.key
        ?? (REPORT_FORM.test(frag) ? matchWithSubject(frag, subjects, ctx.matcher) : null)
        ?? (resembled && (!bareKind || objectSaid(resembled, [...subjects, ...(prev ? [prev] : []), ...(topic ? [topic] : [])], ctx)) ? resembled : null)
        ?? (FORM_KIND.test(frag) ? matchTitleForm(frag, subjects, ctx.matcher) : null);
      // 《联合收割机跨区收获作业证》的需求量: a field named only by what qualifies the head is not the item the head counts
      const headed = read && (headOutside(frag, read, ctx.matcher) || countedWithinAGroup(frag, read, ctx)) ? null : read;
      // STATE_ONLY_ENTRY: 2027年拟改造户数 / 已整改数 names a state and a measure but no object; the notice says which
      // (关于摸排农村危房改造需求的通知): a field whose object the notice never says (无障碍改造户数) is not it, and the notice's
      // subject lends the object it does say (危房 → 危房改造户数) — as does the 情况 its list is of (安全生产隐患排查整治情况，
      // 内容包括：排查隐患数、已整改数 → 安全生产隐患整改数, not the 消防隐患已整改数 its bare words resemble)
      const stateOnly = STATE_ONLY_ENTRY.test(entryName(frag));
      const context = [...subjects, ...(prev ? [prev] : []), ...(topic ? [topic] : [])];
      const kept = stateOnly && headed && !fieldObjectSaid(headed, frag, context, ctx) ? null : headed;
      // 总面积（平方千米） / 工程数量（处） under 窖池工程: the item's unit rules out a field measured otherwise, and picks the one
      // field of that unit the item and its section name, when it names one only
      const unit = unitOf(frag, said);
      const ofUnit = unit && ctx.fields && !namesAnItem(frag, ctx.matcher) ? fieldsOfUnit(frag, topic, unit, ctx.fields) : [];
      const hit = unit && ctx.fields
        ? (kept && contradicts(unit, ctx.fields.find((f) => f.key === kept)) ? null : kept)
          ?? (ofUnit.length === 1 && !fields.includes(ofUnit[0]!) ? ofUnit[0]! : null)
        : kept;
      // an elliptical entry borrows the object of the last entry that named one, and names none itself
      const borrowed = (hit || !lastItem || lastItem === frag ? null : matchElliptical(frag, lastItem, ctx.matcher))
        ?? (hit || !stateOnly ? null : borrowFromSubjects(frag, handedOn ? [...subjects, handedOn] : subjects, ctx.matcher));
      if (hit || borrowed) {
        const fresh = !fields.includes((hit ?? borrowed)!);
        if (fresh) fields.push((hit ?? borrowed)!);
        // 农村劳动力数，其中男性、女性: a part read with the item before it lends nothing; that item still lends its head
        if (!(hit && prev && ctx.matcher.best(frag)?.field.key !== hit)) prev = frag;
        // (残疾类别, read with the item before it, names that item again: the object to lend is still the item's own)
        if (hit && ctx.matcher.best(frag)?.field.key === hit) lastItem = frag;
        continue;
      }
      // 持证残疾人数据核对…名单和人数: a bare measure counts the work's object (BARE_MEASURE_OBJECT)
      const ofTheWork = BARE_MEASURE.test(frag) ? measureOfTheWork(frag, objects, ctx.matcher) : null;
      if (ofTheWork) {
        if (!fields.includes(ofTheWork)) fields.push(ofTheWork);
        continue;
      }
      // 分别统计人数（个数）: a measure with no object names no item of its own
      if (DATA_LIKE.test(frag) && !ASK_VERB.test(frag) && !BARE_MEASURE.test(frag) && nominal(frag)) {
        lastItem = frag;
        const label = namedWithTheWhole(frag, whole) ?? frag;
        if (!seenNew.has(label)) {
          seenNew.add(label);
          // (two or three fields of the item's unit, alike: the lead is offered them first)
          const near = ofUnit.length > 1 && ofUnit.length <= 3 ? ofUnit : [];
          const choices = [...new Set([...near, ...closeFields(label, ctx.matcher)])].slice(0, 3)
            .filter((k) => !fields.includes(k) && k !== read && !(unit && contradicts(unit, ctx.fields?.find((f) => f.key === k))));
          newFields.push({ label, type: inferFieldType(label), ...(choices.length ? { choices } : {}) });
        }
        prev = frag;
        continue;
      }
      const kinds = ctx.fields ? kindOfSeveral(frag, ctx.fields) : [];
      if (kinds.length) categories.push({ kind: frag, keys: kinds });
      prev = null;
    }
    lender = prev;
  }
  // (低保数据：低保户数 — a kind one of whose items the notice names is said, not left open)
  const open = categories.filter((c) => !c.keys.some((k) => fields.includes(k))).map((c) => c.kind);
  return { fields, newFields, ...(open.length ? { categories: [...new Set(open)] } : {}) };
}

/** 户数 / 人次 / 金额…: what may follow a kind's name in an item's name. */
const MEASURE_AFTER_KIND = /^(?:对象)?(?:总?人数|户数|人次|次数|金额|资金|家数|个数|数量?|面积)$/;

/**
 * CATEGORY_ONLY: 低保 of 报送低保、特困、临时救助数据 names what 低保户数 and 低保人数 both count, and no measure: the
 * member does not say which items are asked, and a notice read without it would silently ask for less than the lead
 * wants. Two or more fields whose label is the member and then a measure make it such a kind; their keys are returned.
 * (A kind one of whose items the notice also names, 低保数据：低保户数, is said, not left open: see mapCandidates.)
 */
function kindOfSeveral(frag: string, fields: readonly FieldDef[]): string[] {
  if (frag.length < 2 || frag.length > 8 || DATA_LIKE.test(frag)) return [];
  // (labels only: an alias is a short name one office uses, 监测户数 for 防返贫监测户数, and 监测 of 报送监测数据 names no kind)
  const keys = fields.filter((f) => f.label.startsWith(frag) && MEASURE_AFTER_KIND.test(f.label.slice(frag.length)));
  return keys.length >= 2 ? keys.map((f) => f.key) : [];
}

/**
 * What may become a new field, asked of staff: a name, whole and nominal. 文字说明（写明累计数 is cut out of a bracket (an
 * open bracket left unclosed, or a close with no open); 都是本次 is a clause (an adverb, a copula), not a
 * thing counted; 写明…/保留一位小数 says how to write figures, not which. Such a fragment is no new field.
 */
const BRACKET_PAIRS: ReadonlyArray<[string, string]> = [['(', ')'], ['（', '）'], ['《', '》'], ['“', '”'], ['【', '】'], ['[', ']'], ['〔', '〕']];
// An adverb opens a clause only before its verb: 就业…, 还款…, 均价… are words, not 就/还/均 + a verb.
const CLAUSE_OPENING = /^(?:都|均|也|就|还|又|皆|亦)(?:是|有|在|要|已|不|没|未|需|应|会|能|可|按|从)|^尤其|(?:都|均|也|就)是/;
const WRITING_INSTRUCTION = /^(?:文字说明|说明|写明|注明|标明|载明)|写明|注明|保留[一二两三四\d]位小数/;

function balanced(text: string): boolean {
  for (const [open, close] of BRACKET_PAIRS) {
    let depth = 0;
    for (const ch of text) {
      if (ch === open && open !== close) depth++;
      else if (ch === close) { depth--; if (depth < 0) return false; }
    }
    if (depth !== 0) return false;
  }
  return true;
}

/**
 * A duty, a manner or a way of handing in says what to do about a thing, not which thing is counted: 确保工程质量,
 * 摸清底数, 结合往年情况确定实际需求数量, 切实提高调查数据质量 open with the duty (a verb of aim or care, or its adverb);
 * 活动数据可用手机短信或电子邮件 names the channel; …供求情况进行一次 and 每名儿童只填一次 end on one round of the work; 表包括县城人口
 * says what a form covers. None of them is a name a figure, a yes/no, a date or a text can fill.
 */
const DUTY_OPENING =
  /^(?:确保|保证|提高|加快|加强|切实|认真|务必|结合|兼顾|摸清|核清|查清|弄清|摸准|做好|确定|重点(?:检查|核查|排查)|要(?:组织|做好|确保|认真|加强)|组织(?:汇总|填写|开展|做好)|即(?!时))/;
const HANDING_CHANNEL = /(?:可?用|通过|以)(?:手机)?(?:短信|电子邮件|邮件|传真|微信)/;
const ONE_ROUND = /(?:进行|做|开展|填|报)一次$/;
const COVERS = /包括|包含/;
/**
 * ROUND_WORD_ONLY: 本次请于12月10日前报送 after 每季度首月10日前报送上季度…: 本次 / 此次 / 本期 point at the round being asked,
 * the subject of the sentence that gives its due day; they name nothing counted.
 */
const ROUND_WORD_ONLY = /^(?:本|此|这|该|上|下|首|每)(?:一)?(?:次|期|批|轮|回)$/;

function nominal(label: string): boolean {
  return balanced(label) && !CLAUSE_OPENING.test(label) && !WRITING_INSTRUCTION.test(label)
    && !DUTY_OPENING.test(label) && !HANDING_CHANNEL.test(label) && !ONE_ROUND.test(label) && !COVERS.test(label)
    && !ROUND_WORD_ONLY.test(label);
}

/**
 * 具有归侨、侨眷、港澳台同胞…身份的干部职工: a list inside a modifier that says who the head is (具有/属于…身份的) belongs to
 * the head; its members are no items of their own. The modifier is set aside, and the head is read alone (a group of
 * people with no measure is no item; the form the ask names is). A head that is a bare measure (属于低保、特困的人数)
 * counts the members, and the list stays.
 */
const IDENTITY_MODIFIER =
  /(?:具有|属于|持有|兼有|拥有)([^，,。；;：:|的]{2,80}?)(?:身份|户籍|资格|背景)?的(?=([\u4e00-\u9fa5]{2,8}))|([^，,。；;：:|的]{2,80}?)(?:身份|户籍|资格|背景)的(?=([\u4e00-\u9fa5]{2,8}))/g;

function withoutIdentityModifiers(candidate: string): string {
  return candidate.replace(IDENTITY_MODIFIER, (m, opened: string | undefined, head1: string | undefined, closed: string | undefined, head2: string | undefined) => {
    const list = opened ?? closed ?? '';
    const head = head1 ?? head2 ?? '';
    if (!LIST_MARK.test(list) || GENERIC_HEAD.test(head)) return m;
    return BLANK.repeat(m.length);
  });
}

const LIST_MARK = /[、]|(?<![涉普])及|和|与/;

/**
 * What a head after 的 may be and still leave the item to the words before it: a bare measure (人数, 户数, 面积…), a
 * share (比例, 占比) or the state of things (情况). Any other head (需求量, 缺口, 影响) counts something else.
 */
const GENERIC_HEAD = /^(?:总?(?:人数|户数|个数|家数|处数|数量|人次|次数|件数|面积|金额|资金|总数|总量|底数|数额|数)|人员数?|人口数?|对象数?|比例|占比|比重|[率数]|(?:基本)?情况|名单|明细)$/;

/**
 * 《联合收割机跨区收获作业证》的需求量: the head after 的 says what is counted; a field whose names say nothing of that head
 * but only of the words before 的 (联合收割机) qualifies the item, it is not the item.
 */
function headOutside(frag: string, key: string, matcher: FieldMatcher): boolean {
  const at = frag.lastIndexOf('的');
  if (at < 2) return false;
  const head = frag.slice(at + 1).replace(/[|\s》”]+$/, '');
  // (a head is a short noun: 须按…审定的统一数据填 / 执行范围为县城 go on as a clause, and say nothing of the item)
  if (!HEAD_NOUN.test(head) || CLAUSE_WORD.test(head) || GENERIC_HEAD.test(head) || WORK_HEAD.test(head)) return false;
  const field = matcher.match(frag, 0.01).find((m) => m.field.key === key)?.field;
  if (!field) return false;
  // (新受理的拖欠农民工工资案件数 for 本周新受理欠薪案件: the field says most of the head, in its own words or in the
  // dictionary's normal form, which may shorten a name to its alias: 已落实帮扶措施监测户数 → 落实帮扶措施户数)
  const says = (head: string, name: string): boolean => {
    const said = [...pairs(head)];
    return said.length > 0 && said.filter((g) => name.includes(g)).length * 2 >= said.length;
  };
  // (a head the normal form wears down to a measure alone, 底数 → 数, says nothing of its own)
  if (pairs(matcher.normalize(head)).next().done) return false;
  return ![field.label, ...field.aliases].some((name) => says(head, name) || says(matcher.normalize(head), matcher.normalize(name)));
}

/** Whether the item counts within a group (WITHIN_A_GROUP) that no name of the field says (低保对象人数 for 空巢老人中的低保对象人数). */
function countedWithinAGroup(frag: string, key: string, ctx: ItemContext): boolean {
  const within = WITHIN_A_GROUP.exec(frag);
  const field = within && ctx.fields?.find((f) => f.key === key);
  if (!within || !field) return false;
  const group = [...pairs(ctx.matcher.normalize(within[1]!))];
  return !group.length || ![field.label, ...field.aliases].some((name) => group.every((g) => ctx.matcher.normalize(name).includes(g)));
}

/** …等数据的汇总和整理 / …的收集报送: the work done with the items after 的, which counts nothing of its own. */
const WORK_HEAD = /^(?:汇总|整理|收集|统计|填报|报送|上报|审核|核实|核查|录入|采集|更新)/;
/** A head noun of two to six characters. */
const HEAD_NOUN = /^[\u4e00-\u9fa5]{2,6}$/;
/** Words that make what follows 的 a clause, not a head noun. */
const CLAUSE_WORD = /[为是填报按须要即]|包括|包含/;

/** The pieces of a candidate and, between each two, the separator that split them (、 / 和 / ，). */
/** GRADES_JOINED: 一、二级重度残疾人数 / 三、四类 — grades listed before their grade word are one qualifier, no list of items. */
const GRADES_JOINED = /([一二三四五六七八九十\d])、(?=(?:[一二三四五六七八九十\d]、)*[一二三四五六七八九十\d](?:级|类|档|星))/g;
const KEPT_COMMA = '\uE000';

/**
 * WITHIN_A_GROUP: 空巢、独居老人中的低保对象人数 / 低保、特困人员中的老年人数量 / 低保户中的重度残疾人数 — a count said 中的 after a
 * group of people counts those people within the group: one item, however the group is listed, and not the count the
 * words after 中的 name alone (低保对象人数 of the whole district), nor the group (空巢老人人数). The group ends in a word
 * for people or households (老人, 人员, 对象, 低保户…); 其中的 / 集中的 / 高中的 are no group.
 */
const GROUP_BEFORE_WITHIN = /((?:[\u4e00-\u9fa5\d]{1,12}(?:、|和|及|与))*[\u4e00-\u9fa5\d]{0,11}[人员象户童众庭女生民工者属眷])中的(?=[\u4e00-\u9fa5\d]{2})/g;
/** An item that is a count within a group (WITHIN_A_GROUP): the group, and what is counted in it. */
const WITHIN_A_GROUP = /^(.{2,}?[人员象户童众庭女生民工者属眷])中的(.{2,})$/;

/**
 * NOT_OF_THE_GROUP: 冬春救助户数，以及救助对象中的老年人数 / 冬春救助户数及低保对象中的老年人数 — a joining word that opens the group
 * (以及, 及, 和, 还有), and a measure joined before it (…户数及), join the item to the ones before; they are no members of the
 * group (read as members, 以 became an item of its own, and 冬春救助户数 a group counted within).
 */
const NOT_OF_THE_GROUP = /^(?:.*(?:数|人次|户次|金额|资金|面积|率)(?:、|以及|和|及|与))?(?:以及|及|和|与|并且?|还有|同时)?/;

function joinGroupsCounted(text: string): string {
  return text.replace(GROUP_BEFORE_WITHIN, (m, group: string) => {
    const lead = NOT_OF_THE_GROUP.exec(group)![0];
    return lead + group.slice(lead.length).replace(/、|和|及|与/g, KEPT_COMMA) + m.slice(group.length);
  });
}

function splitPieces(text: string): { pieces: string[]; joiners: string[] } {
  const parts = joinGroupsCounted(text).replace(GRADES_JOINED, `$1${KEPT_COMMA}`).split(new RegExp(`(${FRAGMENT_SPLIT.source})`));
  const pieces: string[] = [];
  const joiners: string[] = [];
  parts.forEach((part, i) => (i % 2 === 0 ? pieces.push((part ?? '').split(KEPT_COMMA).join('、')) : joiners.push(part ?? '')));
  return { pieces, joiners };
}

/** Where a name may end and another begin: right after a measure word. */
const MEASURE_WORD_END = /(?:数|人次|户次|金额|资金|面积|率)(?=[\u4e00-\u9fa5]{3})/g;
const LONGEST_NAME = 16;

/** The dictionary names one field outright by exactly these words (no near reading). */
function exactName(words: string, matcher: FieldMatcher): boolean {
  const [top, second] = matcher.match(words, 0.999);
  return Boolean(top && !second);
}

/** A name of the dictionary ends right at `cut` and another starts there. */
function namesMeetAt(text: string, cut: number, matcher: FieldMatcher): boolean {
  let ends = false;
  for (let l = 3; l <= Math.min(LONGEST_NAME, cut) && !ends; l++) ends = exactName(text.slice(cut - l, cut), matcher);
  if (!ends) return false;
  for (let r = 3; r <= Math.min(LONGEST_NAME, text.length - cut); r++) if (exactName(text.slice(cut, cut + r), matcher)) return true;
  return false;
}

/**
 * NAMES_RUN_TOGETHER: 低保户数低保人数 / 临时救助人次临时救助金额 — names typed or spoken with nothing between them: a piece the
 * dictionary does not name as a whole is cut where one of its names, said word for word, ends on a measure word and another
 * begins; each part is then read as an entry of the list. (Read whole, such a piece was one item, the others lost.)
 */
function namesRunTogether(split: { pieces: string[]; joiners: string[] }, matcher: FieldMatcher): { pieces: string[]; joiners: string[] } {
  const pieces: string[] = [];
  const joiners: string[] = [];
  split.pieces.forEach((piece, i) => {
    let rest = piece;
    if (!exactName(cleanFragment(piece), matcher)) {
      for (let again = true; again;) {
        again = false;
        for (const m of rest.matchAll(MEASURE_WORD_END)) {
          const cut = m.index + m[0].length;
          if (!namesMeetAt(rest, cut, matcher)) continue;
          pieces.push(rest.slice(0, cut));
          joiners.push('、');
          rest = rest.slice(cut);
          again = true;
          break;
        }
      }
    }
    pieces.push(rest);
    if (i < split.joiners.length) joiners.push(split.joiners[i]!);
  });
  return { pieces, joiners };
}

/** 、 / 和 / 及 / 与: members of one list; a comma or a colon ends it. */
const LIST_JOINER = /^(?:、|和|及|与|以及|跟)$/;
/** The measure a list's last member ends with (交通运输用地面积, 氮氧化物排放量, 未入学人数). */
const MEMBER_MEASURE = /(?:排放量|产量|面积|数量|人数|户数|个数|人次|金额|总量|里程)$/;
/** What a tail of the last member must end with to be a measure it may share (批发价格, 零售价, 销售额, 普及率). */
const MEASURE_TAIL = /(?:价格?|[量数额率值]|面积|人次|里程)$/;

/** 80-89岁 / 90岁以上 / 六十周岁以下: an age band. */
const AGE_BAND = String.raw`(?:\d{1,3}|[一二三四五六七八九十百]{1,4})(?:\s*[-—–~～至到]\s*(?:\d{1,3}|[一二三四五六七八九十百]{1,4}))?\s*周?岁(?:及?以[上下])?`;
const AGE_BAND_ONLY = new RegExp(`^${AGE_BAND}$`);
/** The band that opens the last member (100岁以上老人人数), the rest being the noun the bands share. */
const AGE_BAND_OPENING = new RegExp(`^${AGE_BAND}(?=[\\u4e00-\\u9fa5]{2})`);

/**
 * AGE_BANDS_SHARE_THE_NOUN: 80-89岁、90-99岁、100岁以上老人人数 — members that are only an age band count what the last member
 * counts after its own band (80-89岁老人人数…); read alone they named nothing and were dropped.
 */
function bandedNouns(pieces: string[], joiners: string[]): Map<number, string> {
  const readings = new Map<number, string>();
  for (const [start, end] of listRuns(pieces, joiners)) {
    const last = cleanFragment(pieces[end]!);
    const band = AGE_BAND_OPENING.exec(last);
    if (!band) continue;
    const noun = last.slice(band[0].length);
    for (let i = start; i < end; i++) {
      const member = cleanFragment(pieces[i]!);
      if (AGE_BAND_ONLY.test(member)) readings.set(i, member + noun);
    }
  }
  return readings;
}

/**
 * MEMBERS_SHARE_THE_COUNT: 留守儿童、留守妇女、留守老人人数 / 失能、半失能老人人数 — a member that names no item alone and says no
 * measure counts as the last member does: a member found inside the last one (失能 of 半失能老人人数) takes what follows it
 * there (失能老人人数); a member opening with the last one's first word (留守妇女 beside 留守老人人数) takes its measure
 * (留守妇女人数). Read alone they named nothing and were dropped. Other members are left as they are.
 */
function countedLikeTheLast(pieces: string[], joiners: string[], matcher: FieldMatcher): Map<number, string> {
  const readings = new Map<number, string>();
  for (const [start, end] of listRuns(pieces, joiners)) {
    const last = cleanFragment(pieces[end]!);
    const measure = MEMBER_MEASURE.exec(last)?.[0];
    if (!measure || last.length - measure.length < 2) continue;
    for (let i = start; i < end; i++) {
      const member = cleanFragment(pieces[i]!);
      if (member.length < 2 || DATA_LIKE.test(member) || matcher.best(member)) continue;
      const at = last.indexOf(member);
      if (at > 0) readings.set(i, member + last.slice(at + member.length));
      else if (member.length >= 4 && member.slice(0, 2) === last.slice(0, 2) && !last.startsWith(member)) readings.set(i, member + measure);
    }
  }
  return readings;
}

/** The pieces [start, end] of each list in a candidate: members joined by 、 / 和 / 及, not by a comma. */
function* listRuns(pieces: string[], joiners: string[]): Generator<[number, number]> {
  for (let start = 0; start < pieces.length;) {
    let end = start;
    // (名称及其保护点面积: what follows 其 is said of the member before it, not another member)
    // (未入学人数（均…合计）和入学率: an aside blanked between two members does not end the list)
    // (1.救助人次 2.救助金额: entries numbered on one line are joined by the space before each number: ENTRY_NUMBER_IN_LINE)
    while (end < joiners.length && (LIST_JOINER.test(joiners[end]!) || (joiners[end] === BLANK && !pieces[end + 1]!.trim())
      || (/^\s+$/.test(joiners[end]!) && LIST_MARKER.test(pieces[end + 1] ?? '')))
      && !/^\s*其(?![他它余中])/.test(pieces[end + 1] ?? '')) end++;
    const next = end + 1;
    while (end > start && !pieces[end]!.trim()) end--;
    if (end > start) yield [start, end];
    start = next;
  }
}

/** 批发价格 / 客运周转量 / 平均交易价格: the longest tail tried as a shared measure. */
const LONGEST_MEASURE = 8;

/**
 * The measures the list's last member may share: the measure word it ends with, or else every tail of it that ends as
 * a measure does (鲜猪肉批发价格: 价格, 批发价格…); the dictionary then says which reading of each member it names.
 */
function sharedMeasures(last: string): { tails: string[]; least: number } {
  const word = MEMBER_MEASURE.exec(last)?.[0];
  if (word) return { tails: [word], least: ACCEPT_SCORE };
  if (!MEASURE_TAIL.test(last)) return { tails: [], least: 1 };
  const tails: string[] = [];
  // (a measure is a few characters: longer tails are no measure, and each costs a dictionary match per member)
  for (let n = 2; n <= Math.min(last.length - 2, LONGEST_MEASURE); n++) tails.push(last.slice(-n));
  // (a tail is a guess at where the measure starts: 运力、旅客客运量、客运周转量 shares none, so a member is read with
  // one only when the dictionary names that reading outright)
  return { tails, least: 0.9 };
}

/**
 * 因灾损毁的耕地、林地、园地和交通运输用地面积 / 化学需氧量、氨氮排放量: a list whose last member carries the measure asks
 * for that measure of every member (耕地面积, 林地面积…), and a modifier before the first member (因灾损毁的) is said of
 * the whole list. A member is read so only when the dictionary names that reading better than the member alone, and
 * the last member is itself an item it knows: the measure is then shared, not guessed.
 */
function sharedMeasureReadings(pieces: string[], joiners: string[], matcher: FieldMatcher): Map<number, { text: string; key: string }> {
  const readings = new Map<number, { text: string; key: string }>();
  for (const [start, runEnd] of listRuns(pieces, joiners)) {
    // 活鸡、白条鸡、鲜猪肉批发价格和交易量: a bare measure after the member that carries one (交易量) is a second measure
    // of the same members, not a member; the measure is shared from the member before it
    const bare = runEnd - start >= 2 && !matcher.best(cleanFragment(pieces[runEnd]!));
    const end = bare ? runEnd - 1 : runEnd;
    const last = cleanFragment(pieces[end]!);
    const first = cleanFragment(pieces[start]!);
    // (因灾损毁的 said of the list: a member's reading must name a field that says it too, 耕地损毁面积 not 耕地面积 — but
    // only a modifier the dictionary uses at all says which field: 前一日的 names the day, not the item)
    const said = first.includes('的') ? matcher.normalize(first.slice(0, first.lastIndexOf('的'))) : '';
    // (a modifier is the few words right before 的, 因灾损毁的: only those are tried, as each character pair of a longer
    // run would cost a dictionary match per member and measure)
    const near = said.slice(-LONGEST_MEASURE);
    const modifier = near && matcher.match(near, 0.01).length ? near : '';
    const saysModifier = (field: FieldDef): boolean =>
      !modifier || [field.label, ...field.aliases].some((name) => [...pairs(modifier)].some((g) => matcher.normalize(name).includes(g)));
    // 破损、缺失、松动、下沉等问题井盖数: members closed by 等 and a noun of their own are kinds of one item, not items
    if (!matcher.best(last) || /等[\u4e00-\u9fa5]{4,}$/.test(last)) continue;
    for (let i = start; i < end; i++) {
      const member = cleanFragment(pieces[i]!).replace(/^.*的/, '');
      if (member.length < 2 || DATA_LIKE.test(member)) continue;
      const alone = matcher.best(member)?.score ?? 0;
      let taken: { text: string; key: string; score: number } | null = null;
      const { tails, least } = sharedMeasures(last);
      for (const measure of tails) {
        if (last.length - measure.length < 2) continue;
        // (the modifier's word may stand where Chinese puts what is said of a measure: 耕地[损毁]面积)
        for (const reading of [member + measure, ...[...pairs(modifier)].map((g) => member + g + measure)]) {
          const [m, next] = matcher.match(reading, least).filter((f) => saysModifier(f.field));
          if (m && m.score > alone && (!next || next.score < m.score) && (!taken || m.score > taken.score)) taken = { text: reading, key: m.field.key, score: m.score };
        }
      }
      if (taken) readings.set(i, { text: taken.text, key: taken.key });
    }
  }
  return readings;
}

/** A measure said after 的 with no object of its own (消耗数量, 金额, 产量, 面积, 户数, 人数). */
const BARE_MEASURE_AFTER_DE = /^[\u4e00-\u9fa5]{0,2}(?:数量|人数|户数|个数|家数|人次|面积|金额|产量|总量|[量数额])$/;

/**
 * 水、电、燃油的消耗数量和金额 / 网箱养殖的产量和面积: a list of objects whose last member says 的 and then a list of
 * measures asks for every measure of every object (用水量, 水费, 用电量…). The measures after 的 name no object of their
 * own; each object is read with each measure, and a reading is taken only when the dictionary names it outright: a field
 * clearly best that says both the object and the measure's own word. An object may be one character (水, 电): the
 * measure it is read with makes the name.
 */
function crossReadings(pieces: string[], joiners: string[], matcher: FieldMatcher): Map<number, Array<{ text: string; key: string }>> {
  const readings = new Map<number, Array<{ text: string; key: string }>>();
  for (const [start, end] of listRuns(pieces, joiners)) {
    for (let k = start; k <= end; k++) {
      const carrier = cleanFragment(pieces[k]!);
      const at = carrier.lastIndexOf('的');
      if (at < 1) continue;
      const measures = [carrier.slice(at + 1)];
      if (!BARE_MEASURE_AFTER_DE.test(measures[0]!)) continue;
      let last = k;
      while (last < end && BARE_MEASURE_AFTER_DE.test(cleanFragment(pieces[last + 1]!))) measures.push(cleanFragment(pieces[++last]!));
      // (a run that goes on after its measures is not this layout)
      if (last !== end) break;
      const objects: Array<[number, string]> = [];
      for (let i = start; i < k; i++) objects.push([i, cleanFragment(pieces[i]!).replace(/^.*的/, '')]);
      objects.push([k, carrier.slice(0, at).replace(/^.*的/, '')]);
      if (objects.length * measures.length < 2) break;
      const found = new Map<number, Array<{ text: string; key: string }>>();
      for (const [i, object] of objects) {
        if (!object || DATA_LIKE.test(object)) continue;
        const own = matcher.normalize(object);
        for (const measure of measures) {
          const word = matcher.normalize(measure).slice(-2);
          const reading = object + measure;
          const [m, next] = matcher.match(reading, ACCEPT_SCORE);
          if (!m || (next && next.score >= m.score)) continue;
          const says = [m.field.label, ...m.field.aliases].some((name) => {
            const n = matcher.normalize(name);
            return n.includes(own) && n.includes(word);
          });
          if (!says) continue;
          const list = found.get(i) ?? [];
          if (!list.some((r) => r.key === m.field.key)) list.push({ text: reading, key: m.field.key });
          found.set(i, list);
        }
      }
      if ([...found.values()].reduce((n, l) => n + l.length, 0) < 2) break;
      for (const [i, list] of found) readings.set(i, list);
      // (the bare measures after the carrier are read with every object: they are no items of their own)
      for (let i = k + 1; i <= end; i++) readings.set(i, []);
      break;
    }
  }
  return readings;
}

/** 城市 / 农村 / 集中 / 分散: a word of two to four characters that may stand before a head as a qualifier. */
const QUALIFIER_WORD = /^[\u4e00-\u9fa5]{2,4}$/;
/** How sure the dictionary must be that the words after the last qualifier are an item of their own (低保户数). */
const HEAD_SCORE = 0.9;

/**
 * QUALIFIERS_BEFORE_A_SHARED_HEAD: 城市、农村低保户数 / 集中、分散供养特困人员数 / 城市、农村低保户数和人数 — short words listed before
 * a member that ends in an item the dictionary knows by itself (低保户数) are qualifiers that member's head shares: the list
 * asks for the head of each (城市低保户数, 农村低保户数), and a bare measure after it (和人数) for that measure of each too.
 * The head alone (the total) is not asked: read so, the towns would be asked a figure nobody wanted. Each reading is the
 * field the dictionary names outright and that says the qualifier; otherwise it is a new item of that whole name (null).
 * A qualifier must be no item by itself (低保、特困… are kinds, see kindOfSeveral) and only words (60周岁、80周岁 are bands).
 */
function qualifierReadings(pieces: string[], joiners: string[], matcher: FieldMatcher): Map<number, Array<{ text: string; key: string | null }>> {
  const readings = new Map<number, Array<{ text: string; key: string | null }>>();
  for (const [start, end] of listRuns(pieces, joiners)) {
    let c = start;
    while (c <= end && !DATA_LIKE.test(cleanFragment(pieces[c]!))) c++;
    if (c > end || c === start) continue;
    const qualifiers = pieces.slice(start, c).map((p) => cleanFragment(p));
    if (!qualifiers.every((q) => QUALIFIER_WORD.test(q) && !matcher.best(q))) continue;
    const carrier = cleanFragment(pieces[c]!);
    // (破损、缺失、松动、下沉等问题井盖数: members closed by 等 are kinds of one item, not qualifiers of several)
    if (carrier.includes('等')) continue;
    // (the shortest opening of the carrier that leaves an item of its own: 农村|低保户数)
    let k = 2;
    let head = '';
    for (; k <= Math.min(4, carrier.length - 2); k++) {
      const rest = carrier.slice(k).replace(/^的/, '');
      if ((matcher.best(rest)?.score ?? 0) >= HEAD_SCORE) { head = rest; break; }
    }
    if (!head) continue;
    const measure = MEASURE_END.exec(head)?.[0] ?? '';
    const body = head.slice(0, head.length - measure.length);
    let last = c;
    const measures = [measure];
    while (last < end && measure && BARE_MEASURE_AFTER_DE.test(cleanFragment(pieces[last + 1]!))) measures.push(cleanFragment(pieces[++last]!));
    const found: Array<{ text: string; key: string | null }> = [];
    for (const q of [...qualifiers, carrier.slice(0, k)]) {
      const own = matcher.normalize(q);
      for (const m of measures) {
        const text = q + (m === measure ? head : body + m);
        const [top, next] = matcher.match(text, HEAD_SCORE);
        const says = top && [top.field.label, ...top.field.aliases].some((name) => matcher.normalize(name).includes(own));
        found.push({ text, key: top && says && (!next || next.score < top.score) ? top.field.key : null });
      }
    }
    for (let i = start; i <= last; i++) readings.set(i, []);
    readings.set(c, found);
  }
  return readings;
}

/** The measure the first member of a list ends with, after which its head is what the list is about. */
const HEAD_MEASURE = /(?:总数|数量|人数|户数|个数|人次|面积|金额|总量)$/;

/**
 * 已改造小区数量、住宅建筑面积、户数 / 残疾儿童总数、已入学人数和入学率: what a list says once at its head — a state
 * (已改造小区) or the object of its first count (残疾儿童) — is said of every member after it that names none of its own
 * (no state; for an object, nothing but a state and a measure). A member is read so only when the dictionary has a field
 * that says the head's state and ends in the member's own measure (已改造住宅小区户数, not 已改造住宅小区数量), or says the
 * head's object and the whole member (适龄残疾儿童入学率); otherwise it is read alone.
 */
function sharedHeadReadings(pieces: string[], joiners: string[], matcher: FieldMatcher): Map<number, { text: string; key: string }> {
  const readings = new Map<number, { text: string; key: string }>();
  for (const [start, end] of listRuns(pieces, joiners)) {
    const first = cleanFragment(pieces[start]!);
    const measure = HEAD_MEASURE.exec(first)?.[0];
    const head = measure ? first.slice(0, -measure.length) : '';
    const state = /^[已未][\u4e00-\u9fa5]{2}/.exec(head)?.[0];
    const said = state && head.length >= 4 ? state : !state && head.length >= 2 ? head : '';
    if (!said) continue;
    for (let i = start + 1; i <= end; i++) {
      const member = cleanFragment(pieces[i]!);
      if (member.length < 2 || (state ? /[已未无]/.test(member) : !NO_OBJECT.test(member))) continue;
      // (a state's field may put the member's words around its object, 已改造[住宅]小区[建筑面积]; an object's field says
      // the whole member after it, 适龄残疾儿童入学率 — not 出生人数 for 出生人数、死亡人数)
      const own = matcher.normalize(state ? member.slice(-2) : member);
      const fit = matcher.match(head + member, ACCEPT_SCORE).filter((m) => [m.field.label, ...m.field.aliases].some((name) => {
        const n = matcher.normalize(name);
        return n.includes(matcher.normalize(said)) && (state ? n.endsWith(own) : n.includes(own));
      }));
      if (fit.length && (fit.length === 1 || fit[1]!.score < fit[0]!.score)) readings.set(i, { text: head + member, key: fit[0]!.field.key });
    }
  }
  return readings;
}

/** 老 / 病 / 军 / 工 / 残疾 …: the first half of a noun ending in 人 (老人, 病人, 军人, 工人, 残疾人), before a 人数 that is 人+数. */
const PERSON_NOUN_BEFORE = /(?:老|病|军|工|残疾|盲|聋|艺|商|个|家|成年|亲|证|党|主|客|犯|伤)$/;
/** 户数 / 金额 / 人次: a measure alone, which names no object at all. */
const MEASURE_ALONE = /^(?:总?人数|户数|个数|家数|人次|总?数量|总数|总量|面积|金额|资金|[数量额])$/;
/** 开工户数 / 救助人次: a member that is two words before its measure — a stage of the work or the object's tail. */
const QUALIFIED_COUNT = /^([\u4e00-\u9fa5]{2})(人数|户数|个数|家数|人次|数量|面积|金额|资金)$/;
/**
 * 开工 / 竣工 / 发放 / 新增: the stages of one work a list counts in turn (开工户数、竣工户数). Only a word of this kind,
 * standing where the first member has one too, is taken for a stage and not for an object of the member's own.
 */
const STAGE_WORD = /^(?:[开竣完停复施]工|在建|新建|新增|减少|发放|领取|到位|拨付|申请|审批|批准|受理|办结|退出|纳入|验收|签约|入住|搬迁)$/;
/** 11月临时救助情况 / 本季度…的基本情况: the object a 情况 is of, once its time and its 情况 are cut. */
const SITUATION_OF = /^(?:(?:\d{4}年度?|今年|本年度?|上年度?)?(?:\d{1,2}月份?|本月|上月|第?[一二三四1-4]季度|本季度|上半年|下半年)?)([\u4e00-\u9fa5]{2,10}?)的?(?:基本|工作|开展|落实|发放|办理)?情况$/;
/** 包括 / 包含 / 主要包括 / 内容含：: what opens the list of what a 情况 is made of. */
const INCLUDES_OPENER = /^[|\s]*(?:(?:主要|具体|报送|统计)?内容)?(?:主要|具体)?(?:包括|包含|含|为)/;

/** 内容含 / 包括 / 主要内容(包括：): an opener with nothing after it. */
const BARE_OPENER = /^[|\s]*(?:(?:主要|具体|报送|统计)?内容(?:主要)?(?:包括|包含|含|为|有)?|(?:主要|具体)?(?:包括|包含|含))[:：|\s]*$/;
function isBareOpener(text: string): boolean {
  return BARE_OPENER.test(text);
}

/** 请于|||||| (a due day blanked): what is left of the ask's own words once the day is out names nothing. */
function isAskResidue(candidate: string): boolean {
  return cleanFragment(candidate.replace(/[|\s]/g, '')).length < 2;
}

/**
 * The candidates that end on a 情况 (or its 统计) which a later opener (内容：, 具体内容：) hands to the list after it — past the
 * ask's residue only (请于…报送): LIST_TOPIC.
 */
function listTopics(candidates: readonly string[]): Set<number> {
  const out = new Set<number>();
  candidates.forEach((cand, i) => {
    const { pieces } = splitPieces(prepareCandidate(withoutIdentityModifiers(cand.replace(/统计$/, ''))));
    if (!situationBefore(pieces)) return;
    let j = i + 1;
    while (j < candidates.length && isAskResidue(candidates[j]!)) j++;
    if (j + 1 < candidates.length && isBareOpener(candidates[j]!)) out.add(i);
  });
  return out;
}

/** The object of the 情况 a candidate ends on (临时救助 for 11月临时救助情况), if it ends on one. */
function situationBefore(pieces: string[]): string | null {
  for (let i = pieces.length - 1; i >= 0; i--) {
    const t = cleanFragment(pieces[i]!);
    if (t) return SITUATION_OF.exec(t)?.[1] ?? null;
  }
  return null;
}

/**
 * 农村危房改造开工户数、竣工户数 / 冬季取暖补贴发放户数和金额 / 临时救助情况，包括救助人次、救助金额: a list names its object
 * once — in its first member, or in the 情况 its list is said to include — and its later members are counts of that
 * object: a measure alone (金额), a measure after the object's own tail (救助人次 of 临时救助), or a measure after a stage
 * of the work where the first member says a stage too (竣工户数 after 开工户数). Such a member is read as the object's:
 * 临时救助人次, 冬季取暖补贴发放金额, 农村危房改造竣工户数. A member the dictionary knows by itself, or one with any other
 * words of its own (补助资金到位金额), names its own object and is left alone.
 */
function lentObjects(pieces: string[], joiners: string[], situation: string | null, matcher: FieldMatcher, opened = false): Map<number, string> {
  const readings = new Map<number, string>();
  for (const [start, end] of listRuns(pieces, joiners)) {
    // (内容含：救助人次、救助金额: the opener may stand alone before a colon, in this candidate or as the one before)
    const opener = INCLUDES_OPENER.test(pieces[start]!) || (start === 0 && opened)
      || (start > 0 && /^[:：]$/.test(joiners[start - 1]!) && isBareOpener(pieces[start - 1]!));
    const included = situation !== null && opener;
    let object: string;
    let stage = '';
    if (included) object = situation!;
    else {
      const first = cleanFragment(pieces[start]!).replace(/^.*的/, '');
      const found = HEAD_MEASURE.exec(first)?.[0];
      if (!found) continue;
      // 高龄老人数和金额: 人 belongs to a noun that ends in it (老人, 病人, 军人…); the measure is only 数 there
      const measure = found === '人数' && PERSON_NOUN_BEFORE.test(first.slice(0, -2)) ? '数' : found;
      object = first.slice(0, -measure.length);
      if (STAGE_WORD.test(object.slice(-2))) stage = object.slice(-2);
    }
    if (object.length < 2 || DATA_LIKE.test(object)) continue;
    for (let i = included ? start : start + 1; i <= end; i++) {
      const member = cleanFragment(i === start && included ? pieces[i]!.replace(INCLUDES_OPENER, '') : pieces[i]!);
      if (!member || knownOutright(member, matcher)) continue;
      const q = QUALIFIED_COUNT.exec(member);
      let reading: string | null = null;
      if (MEASURE_ALONE.test(member)) reading = object + member;
      else if (q && object.endsWith(q[1]!) && object.length > 2) reading = object + q[2]!;
      else if (q && stage && STAGE_WORD.test(q[1]!) && q[1] !== stage && object.length - stage.length >= 2) reading = object.slice(0, -stage.length) + member;
      if (reading) readings.set(i, reading);
    }
  }
  return readings;
}

/** 户数 / 已入学人数 / 入学率: a member that names no object, only a state or a verb of one and a measure. */
const NO_OBJECT = /^(?:[已未新]?[\u4e00-\u9fa5]{0,2})(?:人数|户数|个数|人次|数量|面积|金额|[率数量额])$/;

const PARTS_OF_THE_LAST = /^[|\s]*其中/;
/** 其中位于集中连片特困地区的 / 其中30户以上的: a part that ends on 的, its whole left unsaid (QUALIFIER_OF_THE_WHOLE). */
const QUALIFIER_PART = /的[|\s]*$/;

/**
 * OBJECT_OF_THE_WHOLE: 燃气隐患数，其中已完成整改的数量 — an objectless part (OBJECTLESS) of the item a 其中 clause breaks down, which
 * the dictionary does not know, is named with that item's object (燃气隐患已完成整改的数量): asked as 已完成整改的数量 alone, the
 * units could not tell what is counted.
 */
const MEASURE_OF_THE_WHOLE = /(?:人数|户数|人次|处数|个数|件数|家数|栋数|套数|起数|项数|数量|数)$/;

function namedWithTheWhole(frag: string, whole: string | null): string | null {
  if (!whole || !OBJECTLESS.test(frag)) return null;
  const object = whole.replace(MEASURE_OF_THE_WHOLE, '');
  return object.length >= 2 && object !== whole ? object + frag : null;
}

/**
 * 塘坝工程：…分别填写工程数量、总容积、实际灌溉面积和供水人口: an entry headed by what it is about lends that object to the
 * measures it lists (塘坝总容积, 塘坝供水人口). Headings that name a section (调查内容：, 填报说明：) lend nothing.
 */
const TOPIC_HEADING = /^[|\s]*([\u4e00-\u9fa5]{2,8})[：:]/;

function topicOf(candidate: string): string | null {
  // (（一）低保对象：户数、人数 — followed by measures alone, a numbered heading, even one ending in a section word, is
  // still their object)
  const measures = isMeasuresEntry(candidate);
  const m = TOPIC_HEADING.exec(measures ? candidate.replace(LIST_MARKER, '') : candidate);
  if (!m || ((SECTION_WORD.test(m[1]!) || LEAD_IN.test(m[1]!)) && !measures)) return null;
  return m[1]!;
}

/** The dictionary names this fragment clearly (下达《责令改正通知书》份数, though it says 通知): it is an item. */
/** Weakest likeness that still makes a field worth offering to the lead. */
const OFFER_SCORE = 0.55;
/** How far below the best a field may score and still be offered. */
const OFFER_MARGIN = 0.1;

/** Fields an item matched no field clearly may mean: two equally close (救助金额), or one only weakly like it. */
function closeFields(frag: string, matcher: FieldMatcher): string[] {
  const found = matcher.match(frag, OFFER_SCORE);
  const top = found[0];
  if (!top) return [];
  return found.filter((m) => m.score >= top.score - OFFER_MARGIN).slice(0, 3).map((m) => m.field.key);
}

/**
 * The fragment names an item of the dictionary by itself: known outright, or a name of three or more characters the
 * matcher accepts (重大隐患). Two characters found inside a longer name (当日 in 当日临床诊断病例数) are a qualifier.
 */
function namesAnItem(frag: string, matcher: FieldMatcher): boolean {
  return knownOutright(frag, matcher) || (frag.length >= 3 && matcher.best(frag) !== null);
}

function knownOutright(frag: string, matcher: FieldMatcher): boolean {
  const [top, second] = matcher.match(frag, 0.9);
  return Boolean(top && (!second || second.score < top.score - 0.05));
}

/**
 * 低保户数、人数 / 临时救助人次及救助金额 / 医疗救助人次和金额: a short fragment that does not stand alone borrows the head
 * of the item before it; whichever reading matches the dictionary best wins.
 */
/**
 * OBJECTLESS: 已整改数 / 未完成户数 / 新增人数: what is said of a count and its measure, and nothing of what is counted (the
 * finished state said with 完成 as well: 已完成整改的数量, as STATE_ONLY_ENTRY reads it).
 */
const OBJECTLESS = /^(?:新增|(?:[已未]|已?完成)[\u4e00-\u9fa5]{1,3}?)的?(?:人数|户数|人次|处数|个数|件数|家数|栋数|套数|起数|数量|数)$/;

// (`whole`: prev is an entry's topic, 低保 in （一）低保：户数、人数, lent whole: 低保 + 户数; an item before lends its head only)
function matchWithContext(frag: string, prev: string | null, matcher: FieldMatcher, whole = false): string | null {
  const alone = matcher.match(frag, ACCEPT_SCORE);
  const top = alone[0];
  const unique = top && (!alone[1] || alone[1].score < top.score);
  if (top && unique && top.score >= 0.9) return top.field.key;
  // (燃气隐患数、已整改数: an entry that names no object counts the one the item before it names, or nothing known)
  const lent = prev !== null && OBJECTLESS.test(frag);
  let best: { key: string; score: number } | null = top && unique && !lent ? { key: top.field.key, score: top.score } : null;
  // SAID_AGAIN: 拟救助户数、拟救助资金 — an entry that opens on the same words as the item before it says that object itself;
  // lent again (拟救助户 + 拟救助资金) the words would be doubled, and the doubled phrase read as some other field (临时救助金额)
  const saysItsObject = prev !== null && frag.length >= 2 && prev.startsWith(frag.slice(0, 2));
  if (prev && frag.length <= 8 && !saysItsObject) {
    const ownObject = objectOfAShortPhrase(frag);
    for (let k = 1; k < prev.length + (whole ? 1 : 0); k++) {
      const head = prev.slice(0, k);
      // 已入学人数、未入学人数: the item before lends its object, never its state (已未入学 reads as neither)
      if (/[已未]/.test(head)) break;
      const found = matcher.match(head + frag, ACCEPT_SCORE);
      const f = found[0];
      if (!f || (found[1] && found[1].score >= f.score)) continue;
      // (低保户数、改厕户数: 改厕户数 says its own object, which 低保户数 does not name: nothing is borrowed — OBJECT_NOT_NAMED)
      if (ownObject && objectNotNamed(ownObject, f.field)) continue;
      // A borrowed reading must beat the fragment alone clearly.
      if (!best || f.score > best.score + 0.05) best = { key: f.field.key, score: f.score };
    }
  }
  return best?.key ?? null;
}

/** 新增人数 / 因返乡减少的人数 / 已办结案件数: something said of a count, with the count's measure last and no object. */
const QUALIFIED_MEASURE = /^([\u4e00-\u9fa5|]+?)的?(人数|户数|人次|件数|案件数|个数|栋数|套数|处数|家数|起数|数量|数|面积|金额|数额)$/;

/** The longest object an elliptical entry may borrow, and the shortest. */
const OBJECT_SPAN: [number, number] = [2, 7];

/**
 * Elliptical entries: 1. 目前农村留守儿童人数；2. 本季度新增人数；3. 因父母返乡减少的人数 — or 新受理的拖欠农民工工资案件数和
 * 已办结案件数: an entry that names only a qualifier and a measure counts the object of the item before it. The object is
 * put back where Chinese puts it, between the qualifier and the measure (本季度新增[留守儿童]人数); a reading is taken only
 * when the dictionary names it clearly, one field ahead of any other.
 */
function matchElliptical(frag: string, before: string, matcher: FieldMatcher): string | null {
  const said = QUALIFIED_MEASURE.exec(frag);
  if (frag.length > 12 || !said) return null;
  // what the entry says of the count must be what the field says of it (燃气报警器安装户数 is an object of its own)
  const core = matcher.normalize(said[1]!);
  const saysTheSame = (field: FieldDef): boolean =>
    [field.label, ...field.aliases].some((name) => {
      const term = matcher.normalize(name);
      return [...core].filter((ch) => term.includes(ch)).length >= (2 * core.length) / 3;
    });
  const objects = new Set<string>();
  for (let i = 0; i < before.length; i++) {
    for (let n = OBJECT_SPAN[0]; n <= OBJECT_SPAN[1] && i + n <= before.length; n++) {
      const object = before.slice(i, i + n);
      // only words the dictionary uses can be the object it counts
      if (!frag.includes(object)) objects.add(object);
    }
  }
  let best: { key: string; score: number } | null = null;
  let second = 0;
  const at = frag.length - said[2]!.length;
  for (const object of objects) {
    const [top, next] = matcher.match(frag.slice(0, at) + object + frag.slice(at), ACCEPT_SCORE);
    if (!top || (next && next.score >= top.score - 0.05) || !saysTheSame(top.field)) continue;
    if (!best || top.score > best.score) {
      if (best && best.key !== top.field.key) second = Math.max(second, best.score);
      best = { key: top.field.key, score: top.score };
    } else if (top.field.key !== best.key) second = Math.max(second, top.score);
  }
  return best && best.score >= 0.75 && best.score > second + 0.05 ? best.key : null;
}

/**
 * 水产养殖业普查表 … 养殖总面积: an item that two fields fit equally (水产养殖面积, 网箱养殖面积) is the one whose words
 * the item leaves out are the title's (水产): the notice's own subject says which.
 */
function matchByTitle(frag: string, subjects: string[], matcher: FieldMatcher): string | null {
  if (!subjects.length) return null;
  const found = matcher.match(frag, ACCEPT_SCORE);
  if (found.length < 2) return null;
  const tied = found.filter((m) => m.score >= found[0]!.score - 0.05);
  if (tied.length < 2) return null;
  const said = matcher.normalize(frag);
  const titles = subjects.map((s) => matcher.normalize(s));
  const backed = tied.filter((m) => {
    const name = matcher.normalize(m.field.label);
    const left = [...pairs(name)].filter((g) => !said.includes(g));
    return left.length > 0 && left.every((g) => titles.some((t) => t.includes(g)));
  });
  return backed.length === 1 ? backed[0]!.field.key : null;
}

/**
 * SHORT_NAME_OF_THE_NOTICE: 城乡居民医保集中征缴工作已启动，请各地每周五报送参保人数 — a short name several fields end in
 * (城乡居民医保参保人数, 城乡居民养老保险参保人数) is the one whose own qualifier, the rest of its name, the notice says
 * word for word; when it says none or more than one, the name stays unsettled (asked of the lead).
 */
function matchByNotice(frag: string, notice: string, matcher: FieldMatcher): string | null {
  // (a figure's name only: 情况总结 in 做好…汇总分析和情况总结 is a duty, and the notice saying 深松整地 makes it no item)
  if (!notice || !DATA_LIKE.test(frag)) return null;
  // (every field the name may be, not only the closest: 城乡居民养老保险参保人数 scores a little below 城乡居民医保参保人数)
  const found = matcher.match(frag, ACCEPT_SCORE);
  if (found.length < 2) return null;
  const said = matcher.normalize(frag);
  const words = new Set(pairs(notice.replace(/\s+/g, '')));
  // each field's longest qualifier the notice says; one said inside another's (城乡居民 of 城乡居民养老保险) yields to it
  const backed = found.map(({ field }) => ({ key: field.key, rest: longestSaidRest(field, frag, said, words, matcher) })).filter((b) => b.rest);
  const kept = backed.filter((b) => !backed.some((o) => o !== b && o.rest.length > b.rest.length && o.rest.includes(b.rest)));
  return kept.length === 1 ? kept[0]!.key : null;
}

function longestSaidRest(field: FieldDef, frag: string, said: string, words: ReadonlySet<string>, matcher: FieldMatcher): string {
  let longest = '';
  for (const name of [field.label, ...field.aliases]) {
    const rest = name.includes(frag) ? name.replace(frag, '') : matcher.normalize(name).includes(said) ? matcher.normalize(name).replace(said, '') : null;
    if (rest && rest.length >= 2 && rest.length > longest.length && [...pairs(rest)].every((g) => words.has(g))) longest = rest;
  }
  return longest;
}

function* pairs(text: string): Generator<string> {
  for (let i = 0; i + 1 < text.length; i++) yield text.slice(i, i + 2);
}

/** A report named by its form alone is the title's report of that form, when the dictionary names it outright. */
function matchWithSubject(frag: string, subjects: string[], matcher: FieldMatcher): string | null {
  // 年报综合表 / 年报基层表: the tables a report is made of are that report
  frag = frag.replace(REPORT_PART, '');
  for (const subject of subjects) {
    for (let k = subject.length - 1; k >= 2; k--) {
      const [top, second] = matcher.match(subject.slice(0, k) + frag, 0.9);
      if (top && (!second || second.score < top.score - 0.05)) return top.field.key;
    }
  }
  return null;
}

/** 物业管理统计年报 → 物业管理, 基层社情况调查表 → 基层社: what a report or form is of, its kind cut. */
const KIND_OF_NAME = /(?:基本)?(?:情况)?(?:统计|汇总|登记|调查|调研|摸底|排查|明细|评分|申报)?(?:年|季|月|半年)?度?(?:报表?|统计表|表|报告|总结|清单|台账)$/;

/**
 * STATE_ONLY_ENTRY: a state (已 / 未 / 拟 and its verb) and a measure (拟改造户数, 已整改数; a list mark and a year cut). The
 * finished state is said with 完成 too, and the measure after 的 (其中已完成整改的数量, 完成整改的数量): as bare of an object.
 */
const STATE_ONLY_ENTRY = /^(?:[已未拟]|已?完成)[\u4e00-\u9fa5]{1,4}?的?(?:户数|人数|个数|数量|数|面积|金额)$/;

/**
 * Whether the texts say the object a field counts beyond what the entry says (无障碍 of 无障碍改造户数 for 拟改造户数): two
 * characters of it in one of the texts. A field whose names do not end on what the entry says is not judged here.
 */
function fieldObjectSaid(key: string, frag: string, texts: string[], ctx: ItemContext): boolean {
  const field = ctx.fields?.find((f) => f.key === key);
  if (!field) return true;
  const core = entryName(frag).replace(/^[已未拟]/, '');
  const objects = [field.label, ...(field.aliases ?? [])].filter((name) => name.endsWith(core))
    .map((name) => name.slice(0, -core.length).replace(/^[已未拟]/, '')).filter((object) => object.length >= 2);
  if (!objects.length) return true;
  return objects.some((object) => {
    for (let k = 0; k + 2 <= object.length; k++) if (texts.some((t) => t.includes(object.slice(k, k + 2)))) return true;
    return false;
  });
}

/** An entry's name without its list mark and the year before it (1. 2027年拟改造户数 → 拟改造户数). */
function entryName(frag: string): string {
  return frag.replace(/^\s*(?:\d{1,2}\s*[.．、]|[(（][一二三四五六七八九十\d]{1,2}[)）])\s*/, '').replace(/^\d{4}年度?/, '');
}

/**
 * 关于摸排农村危房改造需求的通知 … 1. 2027年拟改造户数: the object a state-only entry leaves out, taken from the notice's
 * subject and put before the entry (危房 + 拟改造户数); a reading is taken only when the dictionary names it clearly.
 */
function borrowFromSubjects(frag: string, subjects: string[], matcher: FieldMatcher): string | null {
  const entry = entryName(frag);
  let best: { key: string; score: number } | null = null;
  for (const subject of subjects) {
    for (let i = 0; i < subject.length; i++) {
      for (let n = 2; n <= 6 && i + n <= subject.length; n++) {
        const object = subject.slice(i, i + n);
        if (entry.includes(object)) continue;
        const [top, next] = matcher.match(object + entry, ACCEPT_SCORE);
        if (!top || (next && next.score >= top.score - 0.05)) continue;
        if (!best || top.score > best.score) best = { key: top.field.key, score: top.score };
      }
    }
  }
  return best && best.score >= 0.85 ? best.key : null;
}

/** Whether the texts say the object of the field's report or form (two characters of it, in any of its names). */
function objectSaid(key: string, texts: string[], ctx: ItemContext): boolean {
  const field = ctx.fields?.find((f) => f.key === key);
  if (!field) return true;
  return [field.label, ...(field.aliases ?? [])].some((name) => {
    const object = name.replace(KIND_OF_NAME, '');
    for (let k = 0; k + 2 <= object.length; k++) if (texts.some((t) => t.includes(object.slice(k, k + 2)))) return true;
    return false;
  });
}

/** The title's form, when the fragment names its kind (调研表 for …专题调研表) and the dictionary knows it outright. */
function matchTitleForm(frag: string, subjects: string[], matcher: FieldMatcher): string | null {
  const subject = subjects.find((s) => s.endsWith(frag) && s.length > frag.length && knownOutright(s, matcher));
  return subject ? matcher.match(subject, 0.9)[0]!.field.key : null;
}

/**
 * 请按附表格式… / 认真填写附表 / 相关表格 / 将报表汇总报送: the ask points to its attachments for what to fill in. So does an ask
 * that names what it sends by the kind of form (上报的统计表须加盖公章, 将调查表报送, 汇总表电子版): the forms are the attached ones
 * (调查表明, 统计表示 are verbs after the word, not a form). So does an ask that sends what is to be reported (现将…统计指标印发给你们):
 * what it sends is attached.
 */
const POINTS_TO_ATTACHMENTS = /附表|附件|表格|报表|按[^，,。；;\n]{0,6}格式|(?:统计|调查|登记|汇总|普查|摸底)表(?![明示达述])|(?:印发|下发)给你们/;
/** 附件：1. …表 2. …表 / 附：表9 …；表14 … — where one attachment's name ends and the next begins. */
const ATTACHMENT_ENTRY = /(?:附件|附表|附)\s*[:：]|(?:^|\s|[；;])\s*(?:\d{1,2}\s*[.．、]|表\s*\d+|[一二三四五六七八九十]{1,3}\s*[、.．])|[；;\n]/;

/**
 * The attachments the ask points to (按附表格式报送, 填写附表) are the forms to fill in: an attachment the dictionary names
 * outright is an item. Name lists, rules and higher bodies' documents match no field and add nothing.
 */
export function itemsFromAttachments(ask: string, attachments: string, matcher: FieldMatcher): string[] {
  if (!attachments.trim() || !POINTS_TO_ATTACHMENTS.test(ask)) return [];
  const out: string[] = [];
  for (const raw of attachments.split(ATTACHMENT_ENTRY)) {
    // 表1：…登记表（序号、信息编号…）: the colon after the number and the columns after the name are not the name
    const entry = raw.trim().replace(/^[:：]\s*/, '').replace(/表\s*[（(][^（()）]*[)）]\s*$/, '表');
    // 学龄前残疾儿童台账（留存）: a form kept where it is filled in is not sent
    if (entry.length < 2 || entry.length > 40 || KEPT_FORM.test(entry)) continue;
    if (knownOutright(entry, matcher)) {
      const key = matcher.match(entry, 0.9)[0]!.field.key;
      if (!out.includes(key)) out.push(key);
      continue;
    }
    for (const key of formMembers(entry, matcher)) if (!out.includes(key)) out.push(key);
  }
  // …报到情况统计表（已到居住地报到的党员数；其中市级机关事业单位党员数、区级及以下机关事业单位党员数）: the columns of a form
  // listed in brackets after its name are what the form asks; each the dictionary names outright is an item
  for (const aside of attachments.matchAll(FORM_COLUMNS)) {
    for (const raw of aside[1]!.split(/[、；;，,：:]/)) {
      const column = raw.replace(/^\s*(?:其中|包括|含)/, '').replace(/[（(][^（()）]*[）)]\s*$/, '').trim();
      if (column.length < 2 || !knownOutright(column, matcher)) continue;
      const key = matcher.match(column, 0.9)[0]!.field.key;
      if (!out.includes(key)) out.push(key);
    }
  }
  // 序号｜指标｜单位⏎1｜卫生机构｜个⏎2｜其中：医院｜个: the rows of a table given under the attachment line name its items
  for (const key of tableRowItems(attachments, matcher)) if (!out.includes(key)) out.push(key);
  // 附件3：填表说明⏎1.空巢老人：没有子女照顾…⏎2.独居老人：… — the terms a form's note defines (FORM_NOTE_TERMS)
  for (const key of formNoteTerms(attachments, matcher)) if (!out.includes(key)) out.push(key);
  // 镇县之间大型运输车辆（辆） / 科普报告会（场）: a column given with its unit is an item of the form, however it is worded
  for (const column of attachments.matchAll(UNIT_COLUMN)) {
    const [top, second] = matcher.match(column[1]!, ACCEPT_SCORE);
    if (top && (!second || second.score < top.score - 0.05) && !out.includes(top.field.key)) out.push(top.field.key);
  }
  return out;
}

/**
 * FORM_MEMBERS: 附件：经营性自建房排查户数和C级D级危房栋数统计表 / 乡镇（街道）村（社区）“空巢老人”基本情况、志愿服务统计调查表
 * — a form whose name lists what it records, joined by 、 / 和 / 及, before its kind (统计表, 汇总表, 情况表): each member
 * the dictionary names outright is an item of the form (经营性自建房排查户数, C级D级危房栋数; 空巢老人), with the units the form
 * is kept by (乡镇（街道）村（社区）) and 基本情况 set aside. A member it does not know (志愿服务) is left to the lead, who is
 * told the items read; nothing is guessed.
 */
const FORM_MEMBER_SPLIT = /[、和及与]/;
const FORM_KEEPERS = /^(?:[县区市]|乡镇|镇街|街道|乡|镇|村|社区)+/;

function formMembers(entry: string, matcher: FieldMatcher): string[] {
  if (!FORM_KIND_TAIL.test(entry)) return [];
  const content = entry.replace(/^(?:附件|附表)\s*\d{0,2}\s*[:：]\s*/, '').replace(/[（(][^（()）]*[)）]/g, '').replace(/[“”"《》]/g, '').replace(FORM_KIND_TAIL, '').replace(FORM_WORK, '');
  const out: string[] = [];
  for (const raw of content.split(FORM_MEMBER_SPLIT)) {
    const member = raw.replace(/的?(?:基本)?情况$/, '').trim();
    for (const name of [member, member.replace(FORM_KEEPERS, '')]) {
      if (name.length < 2 || !knownOutright(name, matcher)) continue;
      const key = matcher.match(name, 0.9)[0]!.field.key;
      if (!out.includes(key)) out.push(key);
      break;
    }
  }
  return out;
}

/**
 * FORM_NOTE_TERMS: 附件3：填表说明⏎1.空巢老人：没有子女照顾…的老人⏎4.失能老人：…；半失能老人：…⏎7.服务次数：历年来… — the note of
 * the forms an ask points to says what each of the form's terms means, one term before its colon, at an entry's number or
 * after a semicolon. A term that is a name of a field, word for word, is an item of the form; the others (生活状况, 结对
 * 关爱类型, or 中小学实验教学普及县 that only resembles 实验教学普及情况) are words the note explains, and add nothing.
 */
const FORM_NOTE = /填表说明|填报说明|指标解释|名词解释/;
const NOTE_TERM = /(?:^|[\n；;。])\s*(?:\d{1,2}\s*[.．、]\s*|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]\s*)?([^：:，,。；;（()）、\s\d]{2,10})[:：]/g;

function formNoteTerms(attachments: string, matcher: FieldMatcher): string[] {
  const at = attachments.search(FORM_NOTE);
  if (at < 0) return [];
  const out: string[] = [];
  for (const m of attachments.slice(at).matchAll(NOTE_TERM)) {
    // (a term merely like a field, 中小学实验教学普及县 beside 实验教学普及情况, is a word the note explains: only a name of a
    // field, word for word, is its column)
    const [top, second] = FORM_NOTE.test(m[1]!) ? [] : matcher.match(m[1]!, 1);
    if (!top || second) continue;
    if (!out.includes(top.field.key)) out.push(top.field.key);
  }
  return out;
}

const KEPT_FORM = /留存|存档|备查|自留|不需?上报|无[需须]上报/;

/** A table's cells: split by a bar (full-width or not) or a tab. */
const CELL_SPLIT = /[｜|\t]/;
/** The header cell over the items' names (指标, 项目, 指标名称) and the one over their units (单位, 计量单位). */
const NAME_HEADER = /^(?:指标|项目|指标名称|项目名称|内容|类别)$/;
const UNIT_HEADER = /^(?:计量)?单位$/;
/** A unit cell: the measure a row is counted in (个, 张, 人, 万元…). */
const UNIT_CELL = /^(?:人次|户次|个次|批次|人|户|个|辆|场|期|项|次|万元|元|亿元|亩|公顷|吨|%|座|处|家|所|件|支|小时|公里|平方米|立方米|张|床|头|只|株|份|台|套|栋|条|间|名)$/;
/** 其中：乡镇卫生院 / 　　　医院 (indented under it): a row that breaks down the row above it. */
const PART_ROW = /^(?:其中\s*[:：]?|[\s　]+)/;

/**
 * 序号｜指标｜单位｜2066年｜2065年⏎1｜卫生机构｜个⏎2｜其中：医院｜个: a table whose header has a name column (指标, 项目) and a
 * unit column (单位) lists its items row by row; a row given with its unit is an item when one field matches it clearly. A part row (其中：乡镇卫生院,
 * or indented under it) is an item only as the part of the row it breaks down (乡镇卫生院 + 年末医疗卫生单位床位 → 乡镇卫生院床位数):
 * the field named by both must hold the part's words and be another field than the whole's — never the whole again, never a guess.
 */
function tableRowItems(attachments: string, matcher: FieldMatcher): string[] {
  const out: string[] = [];
  let nameAt = -1;
  let unitAt = -1;
  let whole: { names: string[]; key: string | null } | null = null;
  for (const line of attachments.split('\n')) {
    if (!CELL_SPLIT.test(line)) { nameAt = -1; unitAt = -1; continue; }
    const cells = line.split(CELL_SPLIT).map((c) => c.replace(/^[\s]+|\s+$/g, ''));
    const header = cells.findIndex((c) => NAME_HEADER.test(c));
    const unitHeader = cells.findIndex((c) => UNIT_HEADER.test(c));
    if (header >= 0 && unitHeader >= 0) { nameAt = header; unitAt = unitHeader; whole = null; continue; }
    if (nameAt < 0) continue;
    const raw = line.split(CELL_SPLIT)[nameAt] ?? '';
    const name = raw.replace(PART_ROW, '').trim();
    if (name.length < 2 || !UNIT_CELL.test(cells[unitAt] ?? '')) continue;
    if (PART_ROW.test(raw) && whole) {
      const partName = matcher.normalize(name);
      for (const wholeName of whole.names) {
        const hit = matcher.best(name + wholeName);
        if (!hit || hit.field.key === whole.key || out.includes(hit.field.key)) continue;
        if ([hit.field.label, ...hit.field.aliases].some((n) => matcher.normalize(n).includes(partName))) { out.push(hit.field.key); break; }
      }
      continue;
    }
    // a row given with its unit is a column of the form, however it is worded (as UNIT_COLUMN): its clear best match
    const [top, second] = matcher.match(name, ACCEPT_SCORE);
    const field = top && (!second || second.score < top.score - 0.05) ? top.field : null;
    // the part is joined to the row's own words and to each name the dictionary gives the whole (床位数 for 年末医疗卫生单位床位)
    whole = { names: [name, ...(field ? [field.label, ...field.aliases] : [])], key: field?.key ?? null };
    const key = field?.key ?? null;
    if (key && !out.includes(key)) out.push(key);
  }
  return out;
}

/** …统计表（栏目；栏目、栏目）: a form's name, then what it holds in brackets (a unit in brackets may stand inside). */
const FORM_COLUMNS = /(?:表|台账|名册|清单)\s*[（(]((?:[^（()）\n]|[（(][^（()）\n]{1,6}[）)])+)[）)]/g;

/** A form's column with its unit in brackets: 所辖农村人口（人）, 培训班（期）, 集中收运农村人口比例（%）. */
const UNIT_COLUMN =
  /([^、；;：:，,。（()）\n|]{2,24})[（(]\s*(?:人次|户次|个次|批次|人|户|个|辆|场|期|项|次|万元|元|亩|吨|%|座|处|家|所|件|支|小时|公里|平方米|立方米|万?千瓦时|盏|台|套|栋)\s*[）)]/g;

/** Maps a bare list of items (百岁老人、低保人数) with no verb around it: used for edits like 去掉百岁老人. */
export function extractItemsFromList(text: string, ctx: ItemContext): ItemResult {
  return mapCandidates([blankAsides(text)], ctx);
}

/** A unit said in brackets after an item's name (总面积（平方千米）, 工程数量（处）). */
const UNIT_ASIDE = /([\u4e00-\u9fa5]{2,16})[（(](平方千米|平方公里|公顷|亩|万?吨|千克|公斤|万?元|亿元|万人|人次|人|户|个|处|座|条|公里|千米|万?立方米)[）)]/g;

interface UnitSaid {
  words: string;
  unit: string;
}

function unitsSaid(body: string): UnitSaid[] {
  return [...body.matchAll(UNIT_ASIDE)].map((m) => ({ words: m[1]!, unit: sameUnit(m[2]!) }));
}

function sameUnit(unit: string): string {
  return unit.trim().replace(/^平方公里$/, '平方千米').replace(/^公里$/, '千米');
}

/** The unit the notice says for this fragment: every bracketed unit after words ending with it, when they agree. */
function unitOf(frag: string, said: ReadonlyArray<UnitSaid>): string | null {
  const units = new Set(said.filter((s) => s.words.endsWith(frag)).map((s) => s.unit));
  return units.size === 1 ? [...units][0]! : null;
}

/** What a unit measures: two units of one dimension (公顷 and 亩) convert, of two dimensions they contradict. */
const DIMENSIONS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:平方千米|平方米|公顷|亩|万亩)$/, 'area'],
  [/^(?:万?吨|千克|公斤|斤)$/, 'mass'],
  [/^(?:万?元|亿元)$/, 'money'],
  [/^(?:万?立方米)$/, 'volume'],
  [/^(?:千米|米)$/, 'length'],
];

function dimensionOf(unit: string): string | null {
  return DIMENSIONS.find(([re]) => re.test(unit))?.[1] ?? null;
}

/** The field's unit is of another dimension than the item's (面积 in 亩 for an item in 吨). */
function contradicts(unit: string, field: FieldDef | undefined): boolean {
  const a = dimensionOf(unit);
  const b = dimensionOf(sameUnit(field?.unit ?? ''));
  return Boolean(a && b && a !== b);
}

/**
 * 总面积（平方千米）: the matcher finds no field, yet the dictionary has one area in 平方千米 only (行政区域面积); 工程数量（处）
 * under 二、窖池工程: of the fields counted in 处, one names 窖池. The fields of the item's very unit sharing a word (two
 * characters) with the item or its section, those sharing what is measured only when none shares the object; one is the
 * item's field, two or more are no answer but a choice for the lead.
 */
function fieldsOfUnit(frag: string, topic: string | null, unit: string, dictionary: ReadonlyArray<FieldDef>): string[] {
  const words = bigramsOf(`${topic ?? ''}|${frag}`);
  const sharing = (skip: RegExp) => dictionary.filter((f) => !f.fallback && sameUnit(f.unit ?? '') === unit
    && [f.label, ...f.aliases].some((n) => bigramsOf(n).some((g) => words.includes(g) && !skip.test(g))));
  // (实际灌溉面积（亩） under 一、塘坝工程: of the fields in 亩 one names 塘坝 or 灌溉; others share only the measure 面积)
  const byObject = sharing(MEASURE_WORDS);
  return (byObject.length ? byObject : sharing(UNIT_WORDS)).map((f) => f.key);
}

/** Two characters that say only a count or a unit, shared by any two names (数量, 个数). */
const UNIT_WORDS = /^(?:数量|个数|总数|人数|户数|工程|情况)$/;
/** …and those that say only what is measured (面积, 总额): a name sharing one of these names no object of the item. */
const MEASURE_WORDS = /^(?:数量|个数|总数|人数|户数|工程|情况|面积|总额|金额|产量|容积|人口)$/;

function bigramsOf(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 <= text.length; i++) {
    const g = text.slice(i, i + 2);
    if (/^[\u4e00-\u9fa5]{2}$/.test(g)) out.push(g);
  }
  return out;
}
