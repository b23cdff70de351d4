// The anatomy of a notice: the parts its reader sees before reading anything out of it. Every attribute of a request
// is then read only from the parts it belongs to (see parse.ts): the period never from the purpose, the deadline
// never from a higher body's requirement quoted in the background, the items never from a note.
//
// A formal notice (公文) runs: issuer and title (关于…的通知), addressee line (各镇人民政府、各街道办事处：), purpose and
// background (为/根据/按照…), the ask (请各镇街…报送以下数据：) with its item list, numbered sections (一、报送内容 /
// 二、填报口径 / 三、报送时间), notes (注：…), contacts, attachments, and the issuing office and date. A chat message
// is the same with most parts missing: 低保户数，请各村周五前报一下 is a topic and an ask.
import { blankSpans, type Span } from '../text/spans.js';
import { clausesOf, lines, sentencesOf, type Piece } from '../text/pieces.js';
import { ASK_VERB } from './detect.js';
import { BAR_ROW, LIST_MARKER, PASTED_ROW, REPORT_TITLE, STATED_FIGURE, TABLE_BELOW, TABLE_ROW, howManyOf, isAttachmentLine, isContactOrAttachmentLine, isFillInEntry, isMeasuresEntry, isUnitRow } from './text.js';

export type PartKind =
  | 'title' // 关于…的通知, 【区城管局】补充通知, and an issuing office written above it
  | 'addressee' // 各镇人民政府、各街道办事处：
  | 'purpose' // 为做好…, 根据…, 按照…: why the notice is sent
  | 'background' // sentences before the ask that state a situation (目前全区进度滞后…)
  | 'quote' // a higher body's requirement (市局《…》要求各区县于11月28日前上报…)
  | 'topic' // the unmarked lead-in of the ask's own sentence (低保户数，请…; 年度考核要用，请…)
  | 'ask' // what the units are asked to do
  | 'heading' // a section heading of no known kind
  | 'items' // the item list: entries under 报送内容 / 统计指标, or after 以下数据：
  | 'rules' // how to count and report: 填报口径, 注：, 说明, conditions (…的，分别计入)
  | 'deadline' // the section that gives the units' due time (三、报送时间)
  | 'period' // the section that says what time the figures are for (二、数据时间：截至2029年年底)
  | 'scope' // 填报范围 / 报送对象: who reports
  | 'contact'
  | 'attachment'
  | 'signature'; // the issuing office and the date at the end

export interface NoticePart {
  kind: PartKind;
  start: number;
  end: number;
}

export interface Anatomy {
  text: string;
  /** In text order, not overlapping; the blank space between parts belongs to none. */
  parts: NoticePart[];
}

const TITLE_WORDS = '(?:通知|通报|函|提示|提醒|公告|预警|安排|通告|说明|公示|公报|规定|办法|细则)';
// 民政事业统计报表填报说明（请各镇街统计人员留存）: an aside may follow the title word.
// 转发市机关事务管理局关于…的通知 / 县民政局关于…的通知: an issuer, or a forwarding verb and the body forwarded, may stand
// before 关于 (no clause, no ask and no reference: 请按照市局关于…的通知 is a sentence of the body).
const TITLE_HEAD = '(?:(?:(?!请|按照|根据|依据|参照|详见)[^，,。；;！!？?:：\\s]){1,30}?)?';
const TITLE = new RegExp(`^\\s*(?:【[^】]{1,24}】)?\\s*(?:${TITLE_HEAD}关于.{2,80}${TITLE_WORDS}|[^，,。；;！!？?:：]{0,24}${TITLE_WORDS})\\s*(?:[(（][^()（）]{1,20}[)）])?\\s*$`);
/** 乡、镇、村基本情况统计调查制度说明： — the title of a system document may close with a colon before its text. */
const SYSTEM_TITLE = new RegExp(`^\\s*(?:【[^】]{1,24}】)?\\s*[^，,。；;！!？?:：]{0,30}(?:制度|办法|规定|细则|方案)${TITLE_WORDS}\\s*[:：]\\s*$`);
/** 转区应急管理局（区安委办）通知： — a forwarded notice's header line, above its title. */
const FORWARD_LINE = /^\s*(?:转发?|受)[^:：，,。]{2,30}[:：]\s*$/;
/** 鹤川区民政局 / 区安委办 on a line of its own: an issuing office (above the title, or signing at the end). */
const OFFICE_LINE =
  /^\s*[\u4e00-\u9fa5（）()]{2,30}(?:局|委|委员会|办|办公室|政府|中心|联合会|残联|所|站|队|院|处|科|组|部|会|室|街道)\s*$/;
const DATE_LINE = /^\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d〇○零一二三四五六七八九十]{1,3}\s*月\s*[\d〇○零一二三四五六七八九十]{1,3}\s*日\s*$/;

/**
 * 温馨提醒： / 应急办通报： / 国庆长假旅游简报： — a short label before a colon at the head of a chat message (after the
 * department's own name, which is read apart) says what the message is, as a notice's title does.
 */
// (请各镇街11月23日17:00前报送: the colon of a clock time ends no label)
const HEAD_LABEL = /^\s*([^\s:：，,。；;！!？?、（）()“”《》]{2,12})(?<!\d)[:：]/;

/**
 * INLINE_TITLE: 关于报送应急避难场所数的通知：各镇街于11月28日前报送。 — a whole title before a colon at the head of a message is
 * a title line its body runs on from. The colon becomes a line break (the same length: every index stays put), so the
 * title is read as one written on its own line.
 */
// (关于… only: a short head label, 转区残联通知：, is read as one already and may name the department)
const INLINE_TITLE = /^(\s*(?:【[^】]{1,24}】)?\s*关于[^:：，,。；;！!？?\n]{2,58}?)[:：](?=[^\n]*\S)/;
export function splitInlineTitle(text: string): string {
  const m = INLINE_TITLE.exec(text);
  return m && TITLE.test(m[1]!) ? `${m[1]}\n${text.slice(m[0].length)}` : text;
}

/** 各镇人民政府、各街道办事处： — who the notice is addressed to. */
const ADDRESSEE_WORD = /各|人民政府|办事处|街道|镇|乡|村|社区|居委会|服务站|服务中心|单位|部门|残联|有关|同志/;
const NOT_ADDRESSEE = /请|报送|上报|填报|。|说明|口径|内容|要求|时间|事项|备注|注|附件|联系|电话|如下|以下/;
/** 各镇街本周五前报： — a due day says when to hand in; who is greeted never carries one. */
const DUE_IN_ADDRESSEE = /(?:今天|今日|明天|明日|后天|本周|下周|这周|月底|月末|[日号天])(?:[^，,:：]{0,3}?)(?:之|以)?前/;
/** An addressee at the head of a chat message's first line: 各村（社区）：请… */
const INLINE_ADDRESSEE = /^\s*((?:各|全体|所有)[^:：，,。；;\n]{1,40})[:：]/;

/** Section headings, by what the section holds. Background first: 基本情况 is not the item list. */
const HEADING_KINDS: Array<[RegExp, PartKind]> = [
  // 会议内容 / 会议时间 / 参会人员: the sections of a meeting notice say what happens there, not what to report
  [/会议|参会|报到|议程|培训/, 'background'],
  [/基本情况|背景|目的|意义|总体要求|指导思想|工作目标/, 'background'],
  // 检查内容 / 抽查主要内容 / 督查重点: what an inspection looks at is its scope, not items the units report
  // (排查重点：消防通道、电路线路、燃气使用等 / 整治重点 likewise: a hazard hunt's targets, not 消防通道堵塞处数; but a
  // hunt's 排查内容 lists what it finds and counts: 新增的地质灾害隐患点…的基本信息)
  [/范围|对象|(?:检查|抽查|督查|巡查|督导)(?:的)?(?:主要)?(?:内容|重点|事项)|(?:排查|整治)(?:的)?(?:主要)?重点/, 'scope'],
  // 数据时间 / 统计时点, but not 报告期别和报送时间 (a due time too)
  [/^(?!.*(?:报送|上报|截止|填报))(?=.*(?:数据时间|数据时点|统计时点|统计时间|统计期|报告期|统计时段|数据期间))/, 'period'],
  [/时间|时限|期限|日期|截止/, 'deadline'],
  [/口径|说明|要求|注意|方式|方法|渠道|来源|程序|流程|纪律|保障|组织|实施|责任|标准|审核/, 'rules'],
  [/内容|指标|事项|项目|数据项|数据|情况|清单|栏目/, 'items'],
];
/** …综合统计快报表 / …月报表（样表） at the end of a line: the name of a form or list. */
const FORM_NAME_AT_END = /[^\s，,。；;：:、]*?(?:报表|快报|统计表|情况表|汇总表|登记表|调查表|名录|清单)\s*(?:[(（][^()（）]{1,12}[)）])?\s*$/;
const SECTION_WORD = '(?:时间|地点|方式|要求|人员|对象|范围|内容|程序|方法|时限)';
/** 会议时间、地点 / 报送时间、方式: section words of a heading joined by 、. */
const JOINED_HEAD = new RegExp(`^(?:[\u4e00-\u9fa5]{0,4}?)${SECTION_WORD}(?:、${SECTION_WORD})+$`);
/** 抓紧… / 切实… / 认真… : an adverb of urging opens a heading that names a task to do, not a kind of section. */
const ACTION_HEAD = /^(?:抓紧|切实|认真|迅速|扎实|尽快|全力)/;
const MARKER_LEVELS: Array<[RegExp, number]> = [
  [/^\s*[一二三四五六七八九十]{1,3}\s*[、.．]/, 1],
  [/^\s*[(（]\s*[一二三四五六七八九十]{1,3}\s*[)）]/, 2],
  // 1.5 is a decimal, not an entry; but 2.2061年度育苗与供应情况统计表 is entry 2 whose name opens with its year
  [/^\s*\d{1,2}\s*[.、．](?!\d(?!\d{3}\s*年))/, 3],
  [/^\s*[(（]\s*\d{1,2}\s*[)）]/, 4],
  [/^\s*[①-⑳]/, 5],
];
/**
 * A list intro: 请报送以下数据： / 具体如下： (but 现将有关事项通知如下： opens sections, not items). A note in brackets may stand
 * before the colon (以下数据（截至2026年11月30日）：): it says when the figures are counted, the list still follows.
 */
const LIST_INTRO = /(?:以下|如下)[^:：。\n（(]{0,12}(?:[（(][^（()）\n]{1,30}[）)])?\s*[:：]\s*$/;
const STRUCTURAL_INTRO = /(?:事项|通知|要求|安排|意见|方案)[^，,:：。\n]{0,4}(?:如下|以下)[^:：。\n（(]{0,4}(?:[（(][^（()）\n]{1,30}[）)])?\s*[:：]\s*$/;
/** 请报：/ 报送以下：/ 需报送的数据有： — a line that ends in a colon after an ask verb also opens a list. */
const ASK_INTRO = /[:：]\s*$/;

/**
 * 要分别填写《…申报表》 / 向…中心提交《…报告》和《…承诺书》 / 据实填写《…统计表》，传真至…: a verb that fills in or hands in a
 * document the sentence names in title marks asks for that document, whatever the heading of its section (推荐申报程序与要求,
 * 要求) calls the section.
 */
const HANDS_IN_NAMED = /(?:报送|提交|上报|填报|填写|提供|上交|报)[^，,。；;！!？?《]{0,6}《/;
/**
 * KINDS_LISTED: （1）分类填报：幼儿园学生、小学生、小学毕业生 / 分别统计：城市低保户数、农村低保户数 — under 统计要求 a rule that the
 * kinds be reported apart, followed by the kinds themselves after a colon, lists what is reported: each kind is an item,
 * whatever the section's heading calls the section. Only a verb of reporting right after 分类 / 分别 and a list of two or
 * more entries (分班级、年级填报：幼儿园分小班、中班… breaks a figure down by class and is a rule of how to fill).
 */
const KINDS_LISTED = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）.．、]\s*)?(?:请)?(?:按类别|分类别|分类|分别)(?:填报|统计|填写|报送|上报)\s*[:：][^:：。；;\n]*、/;
/** 于每年1月、4月、7月、10月的8日之前，将…报送 — a duty with its own due day. */
const DUE_DUTY = /于[^，,。；;]{1,30}?(?:之前|以前|前)[^。；;]{0,30}?(?:报送|上报|填报|报)/;
/**
 * 由供电企业直接向市统计局报送 / 县民政局将定期向各成员单位通报… / 区水利局分别于1月30日前将汇总数据报市水利局: a sentence
 * in which another body (a company, the issuing office, a higher one) does the reporting asks nothing of the units
 * addressed; it reads like a quoted requirement (its day and its items are not theirs).
 */
const OTHER_REPORTER = /(?:由|[\u4e00-\u9fa5]{1,10}(?:局|办公室|办|中心|领导小组|小组|指挥部|公司|企业))[^，,。；;]{0,20}?(?:将|负责|直接|统一|定期)[^。；;]{0,30}?(?:通报|汇总上报|上报|报送|报(?![告到名]))/;
/**
 * 县住建局办公室负责全县政府信息公开统计的组织、协调和数据审核、汇总 / 县水利局办公室负责本制度的组织和协调，汇总全县…: an
 * office that opens the sentence and is charged with compiling does its own work there; the figures compiled are the units'
 * forms, asked elsewhere (由…股负责收集汇总 inside an entry is not this: the office does not open it).
 */
const OFFICE_COMPILES = /^\s*(?:[^，,。:：]{1,8}[:：])?\s*[\u4e00-\u9fa5、]{1,16}?(?:局|办公室|办|中心)[^，,。；;]{0,20}?负责[^。；;]{0,40}?汇总/;
/** 各镇街 / 你镇 / 请: the units addressed are the ones who act in the sentence. */
const UNITS_ACT = /请|各(?:乡|镇|街|村|社区|单位|部门)|你(?:乡|镇|街道|单位)|本(?:乡|镇|街道)/;
/** 请注意与月报口径区分 — a caution on how to count, not an ask. */
const CAUTION = /请注意|请勿|^\s*注意/;
/** …请报送。联系人：张三，电话：… — a contact or attachment at the end of a line. */
const CONTACT_TAIL = /(?:联系人|联系电话|咨询电话|附件)\s*[:：]/;
/** 注：/ 备注：/ 填报说明：/ 口径说明： — a note on how to count or report. */
const NOTE_START = /^\s*[(（]?\s*(?:注|备注|说明|填报说明|口径说明|特别说明|特别提醒|温馨提示|附注|ps|PS)\s*\d*\s*[:：]/;
/** Why the notice is sent: 为做好…, 根据…, 按照…, 据气象部门预报…, 入冬以来… */
const PURPOSE_START =
  /^\s*(?:为了?|根据|按照|依据|依照|遵照|据|鉴于|结合|围绕|针对|随着|由于|因|近期|近日|日前|入冬以来|入汛以来|今年以来|目前|当前)/;
/** TIME_THEN_PLEASE: 近期请组织开展…大排查 — a time word leading straight into 请 sets when the ask runs, it gives no reason. */
const TIME_THEN_PLEASE = /^\s*(?:近期|近日|日前|目前|当前)\s*(?:请|务必|要)/;
/** A higher body's requirement: 市局《…》要求各区县…, 根据市残联…的要求, 市里要求月底前汇总. */
const QUOTE =
  /^\s*(?:根据|按照|依据|按)?\s*(?:市|省|国家|国务院|中央|上级|上面|市里|省里|县里|部里|厅里)[^，,。；;！!？?]{0,80}?(?:要求|通知|部署|明确|规定|提出)/;
/** Where the ask turns in: 请…, 现将…, 经研究…, 决定…, 务必…, and a duty with a due time (各乡镇须于6月12日前…) */
const ASK_TURN = /请(?!示|假|教|柬)|^\s*(?:现(?:将|就|把|对|需|要求|转发|印发|下发|部署|布置|启动)|特(?:此|将|通知)|经[^，,]{0,10}研究|决定|务必|即日起|自即日起|需|望)|(?:务必|必须|须|应当?)于[^，,。；;]{1,20}前/;
/** 三、6月16日前，各镇（街道）要…: a clause that is only a due day opens a duty of the units, whatever verb follows. */
const DUE_DAY_CLAUSE = /^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）])?\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]?\s*(?:之前|以前|前)\s*[，,]?\s*$/;
/**
 * DUE_LABEL: 各镇街：截止时间：11月25日中午12:00。报送内容：… — a sentence that opens on the label of a hand-in time and its
 * day states the notice's own due time, wherever it stands, never a background situation.
 */
/**
 * THIS_ROUND_MOVED: 因系统升级，本次报送10月数据时间延至11月26日 — a clause that opens on this round and moves its hand-in to a day
 * is the ask's own due time turning in, after a reason (因…) as after any lead-in; it is no part of the purpose.
 */
const THIS_ROUND_MOVED = /^\s*(?:本次|此次|这次|本期|本轮|本月)[^，,。；;]{0,20}?(?:延至|延长至|延长到|延期至|延期到|推迟至|推迟到|顺延至|顺延到|调整为|调整至|改为|提前至|提前到)\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]/;
const DUE_LABEL = /^\s*(?:截止|报送|上报|填报|提交|反馈)(?:时间|日期|期限|时限)\s*(?:为|是|:|：)?\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]/;
/**
 * 县里部署摸底工作，麻烦各村把低保户数发过来 / 根据市局要求，各镇把…报上来: a later clause that opens on the units (after a polite
 * 麻烦 / 辛苦 / 劳烦 at most) and carries an ask verb is the ask turning in, even after a quoted requirement or a purpose clause,
 * which otherwise swallow the whole sentence.
 */
const UNITS_TURN = /^\s*(?:麻烦|辛苦|劳烦)?\s*(?:各|你|本)(?:乡镇|镇街|乡|镇|街道|村|社区|居委会|单位|部门)/;
/**
 * 今年以来两项补贴人数多少，麻烦周五前报一下: a later clause that opens on a polite ask (麻烦, 劳烦, 烦请, 辛苦) and carries an ask verb
 * turns in like 请, after a lead-in that reads as a purpose.
 */
const POLITE_TURN = /^\s*(?:麻烦|劳烦|烦请|辛苦)/;
/** …，县老龄办决定在全县开展本年度…统计工作: after a purpose clause, the sender's decision is the ask turning in. */
const DECISION = /^[^，,。；;]{0,12}?(?:研究)?决定(?:在|于|对|从|自|开展|启动|实行|建立)/;
/**
 * 确定一名联络员，联系电话于4月15日前报… — an ask for contact details only (联络员, 姓名, 手机号), not for figures: its
 * date is not the data's deadline.
 */
const CONTACT_ASK = /联络员|联系人|联系电话|联系方式|手机号|姓名|职务/;
const DATA_WORD = /数|量|额|率|面积|情况|人次|金额|收入|产量|进度/;
/**
 * HANDS_IN_WITH_CONTACT: 请各乡镇于4月21日前将文字资料和图片资料报送县地方志办公室，并注明编写负责人的姓名、职务和联系方式 — a
 * sentence whose clauses without a contact word still hand something in (an ask verb with the material handed: 资料, 材料,
 * 表, 报告, 图片…) is an ask that also asks who wrote it; its day is the units' due day. Only a sentence whose every hand-in
 * is of contact details (确定一名联络员，将姓名、手机号于…前报…) is a contact ask.
 */
const HANDED_MATERIAL = /资料|材料|报表|[计统汇登调查报]表|报告|总结|图片|照片|台账|名单|名册|文件|稿件|数据/;

function handsInBeyondContact(sentence: string): boolean {
  const rest = sentence.split(/[，,；;]/).filter((c) => !CONTACT_ASK.test(c)).join('，');
  return ASK_VERB.test(rest) && HANDED_MATERIAL.test(rest);
}

/** 县老龄办百岁老人实名统计工作已完成 / 摸底排查工作完成: work said to be done, which asks for nothing. */
const DONE = /^(?!.*(?:确保|力争|务必|请|要|将|需)).*(?:(?:已|已经)(?:全面|顺利)?(?:完成|结束)|(?:完成|结束)了|(?:工作|统计|排查|调查)(?:全面|顺利)?(?:完成|结束)\s*[。!！]?\s*$)/;
/**
 * DONE_COUNTED: 排查一般隐患项数，其中已完成整改的数量 — 已完成 with the work and a measure after it names a count (how many are
 * done), an item of a list, not work said to be done (DONE): read as a statement, the entry was background and its items lost.
 */
const DONE_COUNTED = /(?:已|已经)完成[\u4e00-\u9fa5]{1,8}?的?(?:数量|[户人个处家件项栋座]?数|面积|金额)/g;


/**
 * LIST_ABOVE_THE_ASK: 1.低保户数⏎2.低保人数⏎以上数据请于12月3日前报送: the ask comes after its list and points back at it
 * (以上 / 上述, maybe naming what: 数据, 指标, 各项…; or 请于…报送以上数据). The short lines right above it, numbered or bare names with no verb and
 * no sentence of their own, are its items, though nothing introduced them.
 */
const POINTS_BACK = /^\s*(?:以上|上述|前述)(?:各项|几项|[一二两三四五六七八九十\d]{1,2}项)?(?:数据|指标|项目|内容|信息|数字|情况)?|(?:报送|上报|填报|报|提供|提交)(?:以上|上述|前述)(?:各项|几项|[一二两三四五六七八九十\d]{1,2}项)?(?:数据|指标|项目|信息|数字)/;
/**
 * BARE_ASK: 1.低保户数⏎2.特困供养人数⏎请于下周三前报送。 — an ask that names nothing (its verb with only who, when and how urgently
 * before it, nothing after it) points back at the short lines above it as surely as 以上 does.
 */
const BARE_ASK_WORDS = /请|烦请|麻烦|各镇街|各单位|各位|务必|尽快|按时|抓紧|于|在|前|之前|以前|今天|明天|后天|(?:本|下|这)?(?:周|星期)[一二三四五六日天]|本周|下周|星期[一二三四五六日天]|上午|中午|下午|晚上|\d+|[月日号点时分半]|[\s，,。！!]/g;
function isBareAsk(line: string): boolean {
  const t = line.trim();
  const verbs = [...t.matchAll(new RegExp(ASK_VERB.source, 'g'))];
  const last = verbs[verbs.length - 1];
  if (!last) return false;
  const after = t.slice(last.index! + last[0].length).replace(/[。！!\s]/g, '');
  return !after && !t.slice(0, last.index).replace(BARE_ASK_WORDS, '');
}
const ENTRY_LINE_MAX = 30;
function isBareEntryLine(line: string): boolean {
  if (isFillInLine(line)) return true;
  const t = line.replace(LIST_MARKER, '').trim();
  return t.length >= 2 && t.length <= ENTRY_LINE_MAX && !/[，,。；;：:！!？?]/.test(t) && !/请/.test(t) && !ASK_VERB.test(t);
}

/**
 * ENTRIES_AFTER_THE_INTRO: 请于11月26日前报送：⏎低保户数、低保人数。 / ⏎一是低保户数；二是低保人数。 — a line right after an
 * ask that ends in a colon, made only of short names joined by 、 or ；(一是 / 二是 counting them), is its list, numbered or
 * not. A clause with a duty or an ask in it (务必…, 要…, 请…) is no entry.
 */
const ENTRY_PIECE_MAX = 15;
const DUTY_WORD = /请|要|务必|必须|应当?|需要?|须|确保|做好|加强|及时|认真/;
function isEntriesLine(line: string): boolean {
  const t = line.replace(LIST_MARKER, '').replace(/[。；;，,\s]+$/, '');
  if (!t || /[：:！!？?]/.test(t) || ASK_VERB.test(t) || DUTY_WORD.test(t)) return false;
  return t.split(/[、；;，,]/).every((piece) => {
    const name = piece.trim().replace(/^[一二三四五六七八九十]{1,2}是/, '');
    return name.length >= 2 && name.length <= ENTRY_PIECE_MAX;
  });
}

/** 逾期未报的，将…; 同时享受两项补贴的，分别计入…; 已报送…且无变化的镇街，不必重复报送: a condition and what follows from it. */
const CONDITION_CLAUSE = /的(?:单位|镇街|镇|街道|村|社区|对象|人员)?\s*[，,]?\s*$/;
/**
 * DUE_THEN_REPORT: 两项补贴人数每月5号前报上月的，… — a clause that hands something in by a due day is the ask, though it
 * ends on 的 (上月的: last month's figures); no condition is said with a due day and a verb of reporting.
 */
const DUE_THEN_REPORT = /(?:前|之前|以前)\s*(?:报送|上报|填报|报(?![告到名]))/;

function markerLevel(line: string): number {
  for (const [re, level] of MARKER_LEVELS) if (re.test(line)) return level;
  return 0;
}

/** A line that is only a section heading (一、报送内容 / 填报说明： / 三、报送时间：11月25日前), and its kind. */
function readHeading(line: string): { kind: PartKind; headEnd: number } | null {
  const marker = LIST_MARKER.exec(line);
  const from = marker ? marker[0].length : 0;
  const rest = line.slice(from);
  const colon = /[:：]/.exec(rest);
  const head = (colon ? rest.slice(0, colon.index) : rest).replace(/[(（][^()（）]*[)）]/g, '').trim();
  // 五、会议时间、地点： / 三、报送时间、方式： — a heading may name two sections joined by 、 (not 1.低保户数、低保人数：, a list)
  const joined = JOINED_HEAD.test(head);
  if (!head || head.length > 14 || (/[、]/.test(head) && !joined) || /[，,。；;！!？?]|请|以下|如下/.test(head)) return null;
  if (!marker && !colon) return null;
  // (各镇街注意： greets the units and calls their attention; it heads no section of rules)
  if (!marker && ATTENTION.test(head) && isAddresseeText(head)) return null;
  // 1. 低保户数 — a numbered item, not a heading: headings name a kind of section.
  // 一、抓紧组织调查摸底： — a heading that urges an action is a task, whatever noun it holds (组织 here is a verb)
  const kind = ACTION_HEAD.test(head) ? undefined : HEADING_KINDS.find(([re]) => re.test(head))?.[1];
  if (!kind) return marker && colon ? { kind: 'heading', headEnd: from + colon.index + 1 } : null;
  return { kind, headEnd: colon ? from + colon.index + 1 : line.length };
}

/** 各镇街注意： / 各位请注意： — a call for attention after the addressees is part of the addressee line. */
const ATTENTION = /(?:请|都)?注意$/;

function isAddresseeText(s: string): boolean {
  const t = s.trim().replace(ATTENTION, '');
  return t.length >= 2 && t.length <= 80 && ADDRESSEE_WORD.test(t) && !NOT_ADDRESSEE.test(t) && !DUE_IN_ADDRESSEE.test(t) && !LIST_MARKER.test(t);
}

/**
 * A FILL_IN_ENTRY (text.ts) whose name is not who the message speaks to (各镇街：, 各位：) nor an ask that opens a list
 * (请各镇街报送以下数据：).
 */
function isFillInLine(line: string): boolean {
  const name = line.replace(/[:：][^:：]*$/, '');
  return isFillInEntry(line) && !isAddresseeText(name) && !hasAsk(name) && !/以下|如下/.test(name);
}

function hasAsk(s: string): boolean {
  return ASK_TURN.test(s) || ASK_VERB.test(s);
}

/** Splits a text into its parts. Pure and linear in the text's length. */
export function readAnatomy(text: string): Anatomy {
  const parts: NoticePart[] = [];
  const add = (kind: PartKind, start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) parts.push({ kind, start, end });
  };
  const all = lines(text);

  // The tail: contacts, attachments, the issuing office and the date.
  let bodyEnd = all.length;
  for (let i = all.length - 1; i >= 1; i--) {
    const l = all[i]!.text;
    if (OFFICE_LINE.test(l) || DATE_LINE.test(l) || isContactOrAttachmentLine(l)) bodyEnd = i;
    else break;
  }

  // The head: an issuing office, the title, the addressee line.
  let i = 0;
  for (let seen = 0; i < Math.min(all.length, bodyEnd) && seen < 3; seen++) {
    const l = all[i]!;
    const next = all[i + 1]?.text ?? '';
    if (TITLE.test(l.text) || (seen === 0 && (SYSTEM_TITLE.test(l.text) || (REPORT_TITLE.test(l.text) && i + 1 < bodyEnd))) || ((OFFICE_LINE.test(l.text) || FORWARD_LINE.test(l.text)) && TITLE.test(next))) {
      add('title', l.start, l.end);
      i++;
    } else break;
  }
  if (i < bodyEnd) {
    const l = all[i]!;
    const m = /^(.*)[:：]\s*$/.exec(l.text);
    if (m && isAddresseeText(m[1]!)) { add('addressee', l.start, l.end); i++; }
  }
  // 三夏进度：截至6月20日… / 再提醒一次：按5月16日的通知… — a chat message's head label names it as a title does
  let label: Piece | null = null;
  if (i === 0 && all.length) {
    const l = all[0]!;
    const m = HEAD_LABEL.exec(l.text);
    if (m && !isAddresseeText(m[1]!) && !ASK_VERB.test(m[1]!) && !NOTE_START.test(l.text) && !readHeading(l.text)) {
      add('title', l.start + m.index, l.start + m[0].length - 1);
      label = { start: l.start + m[0].length, end: l.end, text: l.text.slice(m[0].length) };
    }
  }

  let section: { kind: PartKind; level: number; sawEntry: boolean } | null = null;
  let listAfterIntro = false;
  let seenAsk = false;
  let attachmentList = false;
  /** Parts of the bare entry lines just read, outside any section (LIST_ABOVE_THE_ASK). */
  const entriesAbove: number[] = [];
  for (; i < all.length; i++) {
    const line = i === 0 && label ? label : all[i]!;
    if (i >= bodyEnd) {
      const kind = isContactOrAttachmentLine(line.text)
        ? (isAttachmentLine(line.text) || /\.[a-z]{2,4}\b/i.test(line.text) ? 'attachment' : 'contact')
        : 'signature';
      add(kind, line.start, line.end);
      continue;
    }
    if (isContactOrAttachmentLine(line.text)) {
      const kind = isAttachmentLine(line.text) ? 'attachment' : 'contact';
      attachmentList = kind === 'attachment';
      add(kind, line.start, line.end);
      continue;
    }
    const level = markerLevel(line.text);
    // 2.高新技术企业综合统计快报表: an entry that names a form holds 报 in the name, which asks nothing
    // 附件：2066年统计公报数据表⏎序号｜指标｜单位⏎1｜卫生机构｜个: a table right under an attachment line is that attachment's content
    if (attachmentList && TABLE_ROW.test(line.text)) { add('attachment', line.start, line.end); continue; }
    if (attachmentList && level && !hasAsk(line.text.replace(FORM_NAME_AT_END, ''))) { add('attachment', line.start, line.end); continue; }
    attachmentList = false;

    const measuresEntry = isMeasuresEntry(line.text);
    const heading = measuresEntry ? null : readHeading(line.text);
    if (heading && (!section || !level || level <= section.level || heading.kind !== 'heading')) {
      section = { kind: heading.kind, level, sawEntry: false };
      listAfterIntro = false;
      const headKind = heading.kind === 'heading' ? 'heading' : heading.kind;
      add(headKind, line.start, line.start + heading.headEnd);
      // 四、成果报送：请将…报送 — after a heading of no known kind, the rest of its line is read like any other line
      if (heading.headEnd < line.text.length) readLine({ ...line, start: line.start + heading.headEnd }, heading.kind === 'heading' ? null : headKind);
      continue;
    }
    if (section) {
      // a numbered section ends at the next entry of its own level or above; entries below it belong to it
      // a section under a heading with no number (报送内容：) ends at the first unnumbered line after its entries
      const ends = (level && section.level && level <= section.level) || (!level && !section.level && section.sawEntry);
      if (ends) section = null;
      else {
        if (level) section.sawEntry = true;
        readLine(line, section.kind === 'heading' ? null : section.kind);
        continue;
      }
    }
    if (listAfterIntro) {
      // (倒塌房屋｜间｜: a row split by bars with no spaces goes on the list as a pasted row does — BAR_ROW)
      if (level || measuresEntry || PASTED_ROW.test(line.text) || BAR_ROW.test(line.text) || isEntriesLine(line.text) || isFillInLine(line.text)) { add('items', line.start, line.end); continue; }
      listAfterIntro = false;
    }
    if (measuresEntry) { add('items', line.start, line.end); continue; }
    if (!line.text.trim()) continue;
    const before = parts.length;
    if (entriesAbove.length && ((POINTS_BACK.test(line.text) && ASK_VERB.test(line.text)) || isBareAsk(line.text))) {
      for (const k of entriesAbove) parts[k]!.kind = 'items';
    }
    readLine(line, null);
    if (isBareEntryLine(line.text)) for (let k = before; k < parts.length; k++) entriesAbove.push(k);
    else entriesAbove.length = 0;
    const t = line.text.trimEnd();
    if ((LIST_INTRO.test(t) && !STRUCTURAL_INTRO.test(t)) || (ASK_INTRO.test(t) && ASK_VERB.test(t) && !STRUCTURAL_INTRO.test(t))
      || (TABLE_BELOW.test(t) && (ASK_VERB.test(t) || /填写|填报/.test(t)) && PASTED_ROW.test(all[i + 1]?.text ?? ''))
      // TABLE_AFTER_INTRO: …报送事项通知如下：⏎| 指标 | 计量单位 | — a pasted table right after the intro is what it
      // introduces, not the notice's sections (its rows were read as nothing, and the notice as no request)
      || (STRUCTURAL_INTRO.test(t) && PASTED_ROW.test(all[i + 1]?.text ?? '') && PASTED_ROW.test(all[i + 2]?.text ?? ''))) {
      listAfterIntro = true;
    }
  }

  /** Reads one line's sentences: inside a known section they all take its kind; elsewhere each is classified. */
  function readLine(line: Piece, sectionKind: PartKind | null): void {
    let from = line.start;
    // 各村（社区）：请… — an addressee at the head of a line
    const inline = !seenAsk && !sectionKind ? INLINE_ADDRESSEE.exec(line.text) : null;
    if (inline && isAddresseeText(inline[1]!)) {
      add('addressee', from, from + inline[0].length);
      from += inline[0].length;
    }
    let end = line.end;
    let after: Piece | null = null;
    const tail = CONTACT_TAIL.exec(text.slice(from, end));
    if (tail && tail.index > 0) {
      end = from + tail.index;
      // …负责汇总（联系人：丁娟，电话：…）。本次上报时间为1月15日前…: a contact in brackets ends at its bracket; the line
      // goes on after it
      const open = /[(（]\s*$/.exec(text.slice(from, end));
      const close = open ? /[)）]/.exec(text.slice(end, line.end)) : null;
      if (open && close && /\S/.test(text.slice(end + close.index + 1, line.end))) {
        const closeEnd = end + close.index + 1;
        end = from + open.index;
        add('contact', end, closeEnd);
        after = { start: closeEnd, end: line.end, text: text.slice(closeEnd, line.end) };
      } else add(/附件/.test(tail[0]) ? 'attachment' : 'contact', end, line.end);
    }
    const rest: Piece = { start: from, end, text: text.slice(from, end) };
    if (NOTE_START.test(rest.text)) { add('rules', rest.start, rest.end); return; }
    readSentences(rest, sectionKind);
    if (after) readSentences(after, sectionKind);
  }

  function readSentences(rest: Piece, sectionKind: PartKind | null): void {
    for (const sentence of sentencesOf(text, rest)) {
      if ((OTHER_REPORTER.test(sentence.text) || OFFICE_COMPILES.test(sentence.text)) && !UNITS_ACT.test(sentence.text)) { add('quote', sentence.start, sentence.end); continue; }
      // a 请…报 sentence under 报送要求, or one that gives its own due day (于每年1月…的8日之前…报送), is still the ask;
      // the rest of a rules section is rules
      if (sectionKind === 'rules' && (/请/.test(sentence.text) || DUE_DUTY.test(sentence.text) || HANDS_IN_NAMED.test(sentence.text)) && ASK_VERB.test(sentence.text)) { readSentence(sentence, 'rules'); continue; }
      if (sectionKind === 'rules' && KINDS_LISTED.test(sentence.text)) { add('items', sentence.start, sentence.end); continue; }
      if (sectionKind && sectionKind !== 'deadline') { add(sectionKind, sentence.start, sentence.end); continue; }
      readSentence(sentence, sectionKind);
    }
  }

  /** `sectionKind`: the kind of a sentence that turns out not to ask, inside a section. */
  function readSentence(sentence: Piece, sectionKind: PartKind | null): void {
    const body = sectionKind ?? 'ask';
    if (NOTE_START.test(sentence.text) || CAUTION.test(sentence.text)) { add('rules', sentence.start, sentence.end); return; }
    if (CONTACT_ASK.test(sentence.text) && !DATA_WORD.test(sentence.text.replace(CONTACT_ASK, '')) && !handsInBeyondContact(sentence.text)) {
      add('contact', sentence.start, sentence.end);
      return;
    }
    const split = clausesOf(text, sentence);
    const clauses = split.length ? split : [sentence];
    const first = clauses[0]!;
    if (clauses.length > 1 && CONDITION_CLAUSE.test(first.text) && !/请/.test(sentence.text) && !PURPOSE_START.test(first.text) && !DUE_THEN_REPORT.test(first.text)) {
      add('rules', sentence.start, sentence.end);
      return;
    }
    const purpose = PURPOSE_START.test(first.text) && !TIME_THEN_PLEASE.test(first.text);
    const quoted = QUOTE.test(sentence.text);
    // the clause where the ask turns in; in a purpose sentence only a clear turn (请, 现将 …) ends the lead-in
    let turn = clauses.findIndex((c, k) => (purpose && k === 0 ? false : ASK_TURN.test(c.text) || DUE_DAY_CLAUSE.test(c.text) || DUE_LABEL.test(c.text)
      || (k > 0 && (DECISION.test(c.text) || THIS_ROUND_MOVED.test(c.text) || ((UNITS_TURN.test(c.text) || POLITE_TURN.test(c.text)) && ASK_VERB.test(c.text))))));
    // 截至7月31日，全县共有留守儿童120人…: a sentence that states figures tells a result; its verbs (分析上报) ask nothing
    // (an aside, 整改进度（已完成/整改中）, lists answers and says nothing done)
    // (其中：30户以上的（个） — a form's row, UNIT_ROW: its figure is a threshold of what it counts, no result)
    const states = (STATED_FIGURE.test(sentence.text) && !isUnitRow(sentence.text)) || DONE.test(sentence.text.replace(/[（(][^（()）]*[）)]/g, '').replace(DONE_COUNTED, ''));
    if (turn < 0 && !purpose && !quoted && !states) turn = clauses.findIndex((c) => ASK_VERB.test(c.text));
    // 各村现有多少低保户？周五前报我: a question of how many, before any ask, says what the ask that follows is for
    if (turn < 0 && !seenAsk && !sectionKind && !quoted && !states && /[?？]\s*$/.test(sentence.text) && howManyOf(sentence.text.replace(/[?？]\s*$/, '')) !== null) { add('topic', sentence.start, sentence.end); return; }
    if (turn < 0) {
      const kind: PartKind = quoted ? 'quote' : purpose ? 'purpose' : states && !sectionKind ? 'background' : seenAsk || sectionKind ? body : 'background';
      add(kind, sentence.start, sentence.end);
      return;
    }
    if (turn > 0) {
      const lead = clauses.slice(0, turn);
      const leadText = lead.map((c) => c.text).join('');
      // 今年以来两项补贴人数多少，麻烦周五前报一下: a lead-in that ends on a question of how many is what the ask is for
      const asksHowMany = howManyOf(lead[lead.length - 1]!.text.replace(/[，,\s]+$/, '')) !== null;
      const kind: PartKind = QUOTE.test(leadText) ? 'quote' : purpose && !asksHowMany ? 'purpose' : 'topic';
      add(kind, lead[0]!.start, lead[lead.length - 1]!.end);
    }
    add('ask', clauses[turn]!.start, sentence.end);
    seenAsk = true;
  }

  parts.sort((a, b) => a.start - b.start);
  return { text, parts };
}

/** Spans of the parts of the given kinds. */
export function partSpans(anatomy: Anatomy, kinds: readonly PartKind[]): Span[] {
  return anatomy.parts.filter((p) => kinds.includes(p.kind)).map((p): Span => [p.start, p.end]);
}

/** The text with the parts of the given kinds blanked (spaces, so every index stays put). */
export function withoutParts(anatomy: Anatomy, kinds: readonly PartKind[]): string {
  return blankSpans(anatomy.text, partSpans(anatomy, kinds));
}

/** The text of the parts of one kind, joined by line breaks (for tests and for reading one part alone). */
export function partTexts(anatomy: Anatomy, kind: PartKind): string[] {
  return anatomy.parts.filter((p) => p.kind === kind).map((p) => anatomy.text.slice(p.start, p.end));
}
