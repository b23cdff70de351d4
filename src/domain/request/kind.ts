// What a lead's message is doing, read from its structure rather than from single words: a notice whose title calls it
// a reminder or warning (…的提醒, 预警, 倡议书) or a meeting notice (关于召开…会议的通知) asks for no figures unless it
// lists items and gives a due date; a message that is all notes (口径说明：…) asks for nothing; a story of work led by a
// news headline (县侨联开展新一轮侨情普查) tells what was done; a notice whose form is sent later (表格另行下发) and that sets
// no due day announces the work.
import { partTexts, type Anatomy } from './anatomy.js';
import { ASK_VERB, CHAT_HANDOVER } from './detect.js';

export type NoticeKind = 'request' | 'advisory' | 'meeting' | 'guidance' | 'story' | 'announcement';

/**
 * The document kind a title names at its end: 提醒 / 提示 / 预警 / 倡议 are advisories (再提醒一次 too); 通报 / 公示 / 公报 /
 * 简报 tell results (督查情况的通报, 主要数据公示) rather than ask for them. (通告 / 公告 / 启事: see PUBLIC_NOTICE_HEAD.)
 * The kind may be followed by the issue of a series (冬春火灾防控工作简报（第2期）, 工作快报（2049年第3期）), and a 通报 by the
 * work it sets next (…安全生产情况的通报及第四季度工作安排, …的通报和下步工作部署): the title still names a document that tells
 * results (ISSUE_NUMBER, RESULTS_AND_NEXT_WORK).
 */
const ISSUE_NUMBER = String.raw`[(（](?:\d{4}年)?第?[\d一二三四五六七八九十百]+期[)）]`;
const RESULTS_AND_NEXT_WORK = String.raw`(?<=通报)(?:及|和|暨)[^，,。；;！!？?\n]{0,20}?(?:工作)?(?:安排|部署)`;
const ADVISORY_TITLE = new RegExp(String.raw`(?:(?:提醒|提示)(?:一下|一次)?|预警|警示|倡议书?|通报|公示|公报|简报|快讯)\s*(?:${ISSUE_NUMBER}|${RESULTS_AND_NEXT_WORK})?\s*$`);
/**
 * 冬春火灾防控工作简报（第2期） as the message's first line, whether or not the anatomy takes it for a title (it opens on no
 * 关于 and no header): one short line without a sentence mark that names a results document (RESULTS_HEAD_LINE).
 */
const RESULTS_HEAD_LINE = new RegExp(String.raw`(?:通报|公报|简报|快报|快讯)\s*(?:${ISSUE_NUMBER})?\s*$`);

function headsResults(text: string): boolean {
  const first = (text.split('\n', 1)[0] ?? '').replace(HEADER, '').trim();
  return first.length > 0 && first.length <= 60 && !/[，,。；;：:！!？?]/.test(first) && RESULTS_HEAD_LINE.test(first);
}
/**
 * 第八批县级非物质文化遗产申报启事 / …线索举报奖励的通告 as a title or as the message's first line, whether or not the anatomy
 * takes it for a title: a notice to the public (欢迎社会各界提供线索, 向社会公众公布), which asks the units below for nothing —
 * unless the message is addressed to the units and asks them by a due day (see asksTheUnitsByADay).
 */
const PUBLIC_NOTICE_HEAD = /(?:启事|通告|公告)\s*$/;

function headsPublicNotice(text: string, titles: string): boolean {
  const first = (text.split('\n', 1)[0] ?? '').replace(HEADER, '').trim();
  if (titles.split('\n').some((t) => PUBLIC_NOTICE_HEAD.test(t.trim()))) return true;
  return first.length > 0 && first.length <= 60 && !/[，,。；;：:！!？?]/.test(first) && PUBLIC_NOTICE_HEAD.test(first);
}

/**
 * 各镇人民政府：… 请各镇于11月28日前将特困供养人数报区民政局: a message with an addressee line whose ask (or item entry) speaks to
 * the units (请…, 各镇…) and which sets a due day is a notice to them, whatever word its head ends in. All three together, never
 * one word: a 通告 to the public gives a day too (征集时间为即日起至12月31日) but no addressee line, and a 公告 addressed to the towns
 * that only announces (自2028年1月1日起…调整为…，请各镇做好宣传解释) sets no due day.
 */
function asksTheUnitsByADay(anatomy: Anatomy, hasDeadline: boolean, toReport = false): boolean {
  if (!hasDeadline || !anatomy.parts.some((p) => p.kind === 'addressee')) return false;
  return anatomy.parts.some((p) => {
    if (p.kind !== 'ask' && p.kind !== 'items') return false;
    const said = anatomy.text.slice(p.start, p.end);
    return (/请/.test(said) || UNITS_FIRST.test(said)) && (!toReport || (ASK_VERB.test(said) && DUE_IN_THE_ASK.test(said)));
  });
}

/**
 * RESULTS_TITLE: 关于11月低保数据报送情况的通报 … 请上述镇于12月3日前补报低保户数、低保人数: a results document (通报, 简报…) that
 * also asks the units it is addressed to for a report by a due day asks for it — the ask is the notice's, whatever its title tells.
 * Only an ask to report (补报, 报送, 上报: ASK_VERB) that sets its own day (DUE_IN_THE_ASK) counts: 请…于12月10日前完成整改 sets
 * work to do, and 我县必须于4月1日前完成…报送 … 请督促企业在系统中报送 urges others by a day that is the sender's own; both
 * bulletins stay bulletins.
 */
const DUE_IN_THE_ASK = /\d{1,2}\s*月\s*\d{1,2}\s*[日号]\s*(?:\d{1,2}\s*[时点:：]\s*(?:\d{1,2}\s*分?)?)?\s*(?:之|以)?前/;
const RESULTS_TITLE = new RegExp(String.raw`(?:通报|公报|简报|快报|快讯)\s*(?:${ISSUE_NUMBER}|${RESULTS_AND_NEXT_WORK})?\s*$`);

/**
 * A progress or a completion told (三夏进度：, 改厕工作进展：, 核查完成：) tells results too, unless the message goes on to
 * ask with 请 (整改进度：请各社区周五前报送…: the label names what is asked).
 */
const PROGRESS_TITLE = /(?:进度|进展|完成)\s*$/;
/**
 * 填报说明 / 补充说明 / 口径解读: how to fill in what is asked elsewhere, not an ask; 关于规范…信息报告的规定 / …管理办法: a rule
 * document itself (not 关于印发…办法的通知, which sends one and may ask with it).
 */
const GUIDANCE_TITLE = /(?:说明|口径|解读|问答|规定|办法|细则)\s*(?:[(（][^()（）]*[)）])?\s*[:：]?\s*$/;
/**
 * 关于…报表指标说明的补充通知 / …填报口径的通知: a notice whose title says it sends notes on how to fill in (说明, 口径, 解读 as the
 * object of the notice) is guidance too, when it sets no due day and says no 请 (a notice that sends notes and asks with them
 * keeps its ask).
 */
const NOTES_NOTICE_TITLE = /(?:说明|口径|解读)的(?:补充)?通知\s*$/;
/**
 * 关于印发…数据会审制度的通知 / …档案管理制度 / …联席会议制度: a system whose name is not one of reporting sets how work is
 * done (a meeting, an archive, a hand-over), not what the units report; a reporting system (…报送制度, 周报制度, 统计报表制度,
 * 信息公开统计制度) asks with its rounds. The system's head word is the one right before 制度, and the system must be what
 * the title sends (制度 ends its object: …制度的通知): 关于开展…休耕制度专题调研的通知 is a survey about a system, and asks.
 */
const SYSTEM_HEAD = /([\u4e00-\u9fa5]{2})制度(?:[(（]试行[)）])?》?(?:的(?:通知|函)|\s*$)/m;
const REPORTING_HEAD = /报|统计|监测|调查|登记|报告/;

function sendsWorkingSystem(titles: string): boolean {
  const head = SYSTEM_HEAD.exec(titles);
  return head !== null && !REPORTING_HEAD.test(head[1]!);
}

/**
 * 转发《2060—2062年度丝绸营销网络监测报表制度》的通知 / 关于印发…统计报表制度的通知: a notice that sends a reporting system (its
 * title's first line, the anatomy does not always take 转发… for a title). The system asks with its rounds; when the notice
 * names no round (no period) and no due day, it only sets the rounds that will follow (执行起止, 样本, 衔接) and asks nothing
 * now.
 */
const SENDS_DOCUMENT = /^(?:关于|转发|印发)[^，,。；;！!？?\n]*的(?:通知|函)$/;

function sendsReportingSystem(text: string, titles: string): boolean {
  const first = (text.split('\n', 1)[0] ?? '').replace(HEADER, '').trim();
  return [first, ...titles.split('\n').map((t) => t.trim())].some((line) => {
    if (!SENDS_DOCUMENT.test(line)) return false;
    const head = SYSTEM_HEAD.exec(line);
    return head !== null && REPORTING_HEAD.test(head[1]!);
  });
}

/** 报表交报时间 / 材料报送时间 / 填报截止时间: a due time said of what is reported. */
const REPORTS_DUE = /(?:报表|材料|数据|表格|报告)[^，,。；;：:\n]{0,4}(?:交报|报送|上报|填报|上交|提交)?(?:时间|时限|截止)|(?:交报|报送|上报|填报|上交|提交)(?:时间|时限|截止)/;

/** 关于召开…会议的通知 / 关于举办…培训班的通知 */
const MEETING_TITLE = /关于(?:召开|举办|参加|组织)[^，。]{0,40}(?:会议?|培训班?|座谈会|推进会|调度会|视频会)/;

/**
 * A news headline tells an event: its agent did something (县侨联开展新一轮侨情普查, 我县完成…统计工作, 县里召开…会议,
 * 市禁毒支队指导组到柳塘镇检查指导禁毒工作) or the work is done or under way (全县…摸底排查工作完成, 全县体育场地统计调查启动,
 * 秋季动物免疫稳步推进). It is one short line without a sentence mark and without a document word (…的通知 is a title, 三夏进度：
 * a chat label).
 */
const EVENT_HEADLINE = /^(?:我|本|全|(?:(?!关于|各|请)[\u4e00-\u9fa5]){1,4}?)?(?:省|县|区|市|镇|乡|街道)[^，,。；;：:！!？?\s]{0,30}?(?:开展|完成|召开|启动|举办|举行|部署|(?:到|赴)[\u4e00-\u9fa5]{1,12}?(?:检查|督导|调研|视察))|(?:完成|启动|召开|举行|结束|推进|开始)$/;
/** 转：全省住宿设施“大摸底”即将开始: a forward label before a headline passes it on; the headline is what it tells. */
const HEADER = /^\s*(?:【[^】]{1,24}】)?\s*(?:转发?[:：]\s*)?/;
/** 各镇对辖区…认真登记，汇总后上报县民政局: a sentence that opens on the units tells them what to do. */
const UNITS_FIRST = /^\s*各(?:乡镇|镇街|镇|乡|街道|村|社区|居委会|单位)/;
/**
 * UNITS_TOLD: 各镇对辖区…认真登记，汇总后上报 / 各村要于…前… — a part that opens on the units addresses them when it tells them to
 * do something (a verb of reporting or a word of duty); in a story, 各村统计员、防疫员到镇里参会 only tells who came.
 */
const DUTY_WORD = /要|须|需|应|务必|请|一律|负责/;
/** 各村统计员 / 统计站 / 统计局: the 统计 of a role's or an office's name is no verb of counting. */
const COUNTING_ROLE = /统计(?=员|人员|站|局|所|科|部门)/g;
/** The rest of the sentence a part opens (a part may end at a comma: 各镇对辖区…认真登记，汇总后上报…). */
function sentenceFrom(text: string, start: number): string {
  const end = text.slice(start).search(/[。；;!！?？\n]/);
  return end < 0 ? text.slice(start) : text.slice(start, start + end);
}
function unitsTold(said: string): boolean {
  return UNITS_FIRST.test(said) && (ASK_VERB.test(said.replace(COUNTING_ROLE, '　　')) || DUTY_WORD.test(said));
}

function newsHeadline(text: string): boolean {
  const first = (text.split('\n', 1)[0] ?? '').replace(HEADER, '').trim();
  return first.length > 0 && first.length <= 40 && !/[，,。；;：:！!？?]/.test(first) && EVENT_HEADLINE.test(first);
}

/**
 * A news story of work (县应急管理局全力做好冬春救助评估工作, 县里积极做好零散烈士纪念设施摸底排查和保护工作) need not head it with
 * an event verb: 做好, 加强, 推进 head a notice's title as well. What tells the story is its structure: a headline (one short line,
 * no sentence mark) that names no document (not 关于…, not ending on 通知, 方案, 表, 报告 …) over a body that narrates —
 * - a dateline: 近日，/ 日前，/ 3月15日上午， opening a sentence (NEWS_DATELINE);
 * - words reported from a meeting: 会议要求 / 会上强调 (REPORTED_SPEECH; not 按照会议要求 or 根据《…》要求, the background
 *   formula a notice opens its ask with);
 * - or the office the headline opens on told of again in the third person in a sentence of the body (not a signature line:
 *   县应急管理局全力做好… over 县应急管理局加强部署…).
 * Used only with no addressee line, no sentence that opens on the units, no 请 and no due day (readNoticeKind), and never over a
 * chat ask (CHAT_ASK: 麻烦各村把…报一下, 发过来): a story's 要求各乡镇…建立台账 is reported, not asked; a real ask to the units
 * (各镇于11月30日前报送…, 根据《…》要求，麻烦各村把低保户数报一下) keeps the message a request.
 */
const DOCUMENT_HEAD = /^关于|(?:通知|函|方案|办法|制度|规定|细则|意见|表|报告|请示|要点|安排|说明|预案|通报|通告|公告|启事|纪要|规划|计划|总结|提醒|清单|名单|目录|须知|指南)(?:[(（][^()（）]*[)）])?$/;
const NEWS_DATELINE = /(?:^|[。；\n，,])\s*(?:近日|日前|近期|昨日|(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上?)?)[，,]/;
const REPORTED_SPEECH = /(?<!按照|根据|依据|按|落实)(?:会议|会上)[^。；\n]{0,6}?(?:要求|强调|指出)/;
/**
 * POLITE_OPENING: 麻烦 / 烦请 / 劳烦 / 辛苦 as the polite verb that opens a spoken ask — at a clause's head (麻烦周五前报一下, 再麻烦…)
 * or before whom it asks (麻烦各村…, 辛苦大家…). The same words as a noun or an adjective inside a clause (怕给政府添麻烦, 工作很辛苦)
 * are told, not asked: a story quoting an old soldier who feared 添麻烦 is still a story.
 */
const POLITE_OPENING = /(?:^|[，,。；;！!？?：:\s])(?:再|还|也)?(?:麻烦|烦请|劳烦|辛苦)|(?:麻烦|烦请|劳烦|辛苦)(?=各|你|您|大家|各位)/;
/** POLITE_OPENING, 帮忙, 报一下, 发过来 / 发我 (CHAT_HANDOVER): the spoken ask of a chat message, which no news story uses. */
const CHAT_ASK = new RegExp(String.raw`${POLITE_OPENING.source}|帮忙|[报发填交]一下|${CHAT_HANDOVER.source}`, 'm');

/**
 * 县应急管理局 / 区民政局 / 县退役军人事务局 / 团县委: the office a headline opens on, as the agent of what it tells; or
 * UNIT_AGENT: the town, street, community or village it opens on (圣泉社区做好…关爱 over 桂园街道圣泉社区多措并举… and
 * 目前圣泉社区的摸底排查已全部结束): a place named by two to four characters before its kind word.
 */
const HEADLINE_AGENT = /^(?:(?:县|区|市|省)[\u4e00-\u9fa5]{1,12}?(?:局|办公室|办|委员会|委|联|中心|部|站|队)|[\u4e00-\u9fa5]{2,4}?(?:街道|社区|镇|乡|村)(?![镇乡村]))/;

/**
 * AGENT_LABELLED_HEADLINE: 城南街道：人口普查户籍清查即将收尾 / 县民政局：冬春救助资金全部发放到位 — a headline that names the place
 * or office it tells of, then a colon, then what happened there. The label is the story's agent (told of again in the body);
 * the rest is the headline proper, held to the same marks as any headline. Never 各乡镇： (an addressee line opens on 各) and
 * never a label followed by 请 (城南街道：请于周五前报送… asks that street).
 */
const AGENT_LABEL = /^((?!各)[\u4e00-\u9fa5]{2,16}?)[：:]\s*(?!请)(?=\S)/;

function labelledHeadline(headline: string): { headline: string; agent: string } | null {
  const m = AGENT_LABEL.exec(headline);
  if (!m) return null;
  const agent = HEADLINE_AGENT.exec(m[1]!)?.[0];
  return agent !== undefined && agent === m[1] ? { headline: headline.slice(m[0].length), agent } : null;
}

export function tellsNews(text: string): boolean {
  const [line = '', ...rest] = text.split('\n');
  const labelled = labelledHeadline(line.replace(HEADER, '').trim());
  const headline = labelled?.headline ?? line.replace(HEADER, '').trim();
  if (!headline || headline.length > 40 || /[，,。；;：:！!？?]/.test(headline) || DOCUMENT_HEAD.test(headline)) return false;
  const body = rest.join('\n');
  if (CHAT_ASK.test(body)) return false;
  if (NEWS_DATELINE.test(body) || REPORTED_SPEECH.test(body)) return true;
  // the headline's office told of again in the body, in a sentence (not on a signature line): 县应急管理局加强部署…
  const agent = labelled?.agent ?? HEADLINE_AGENT.exec(headline)?.[0];
  return agent !== undefined && rest.some((l) => {
    const at = l.indexOf(agent);
    return at >= 0 && /[\u4e00-\u9fa5]{2}/.test(l.slice(at + agent.length).replace(/\d{4}\s*年.*$/, ''));
  });
}

/**
 * 【县体育局】全县体育及相关产业专项调查实施方案 / 基本单位统计报表制度的主要内容（…）: a first line that names the message
 * itself as a plan or a system's contents (not 关于印发…方案的通知, which sends one and may ask with it). The message sets
 * how work is done; without a due day or a 请 it asks for nothing.
 */
const SELF_NAMED_PLAN = /(?:方案|规划|制度(?:的?主要内容|说明)?)\s*(?:[(（][^()（）]*[)）])?$/;

function namesItselfAPlan(text: string): boolean {
  const first = (text.split('\n', 1)[0] ?? '').replace(HEADER, '').trim();
  return first.length > 0 && first.length <= 60 && !/[，,。；;：:！!？?]/.test(first) && !/^关于/.test(first) && SELF_NAMED_PLAN.test(first);
}

/**
 * SYSTEM_SPEAKS_OF_ITSELF: 本制度由县统计局负责解释 / 本办法自2027年1月1日起施行 — the closing clause with which a system's own text
 * names itself (本制度, 本办法): the message is the system, not a notice that sends it and asks with it.
 */
const SYSTEM_SPEAKS_OF_ITSELF = /本(?:制度|办法|规定|细则)[^。；;\n]{0,4}(?:由[^。；;\n]{1,24}?负责解释|自[^。；;\n]{1,20}?起(?:施行|执行|实施))/;

/**
 * ROUNDS_DUE_ONLY: 上报时间为次年1月30日前 / 季后10日前 in a system's own text (SELF_NAMED_PLAN, SYSTEM_SPEAKS_OF_ITSELF): a due
 * day counted from the period it closes (deadline.ts round) says when every round is due, not a day this message asks by;
 * without a 请 the system asks for nothing now (read as an ask, 人口统计报表制度（总说明）…上报时间为次年1月30日前 became a
 * request for the year).
 */
function systemWithRoundsOnly(text: string, signals: KindSignals): boolean {
  return Boolean(signals.dueIsRound) && (namesItselfAPlan(text) || SYSTEM_SPEAKS_OF_ITSELF.test(text));
}

/**
 * 关于上报2047年度小麦种植面积的报告 / …的请示 / 关于…排查治理情况的汇报, addressed to 市农业农村局、市财政局： or to no one: a
 * report (报告, 汇报) or a request for instructions is a document sent up to a higher body (not to 各乡镇…); it tells what was done and asks the units for nothing (关于报送…报告的通知
 * ends on 通知 and is not one).
 */
const UPWARD_TITLE = /^关于[^，,。；;：:！!？?\n]{2,80}的[\u4e00-\u9fa5]{0,4}(?:报告|请示|汇报)$/;

function sentUpward(text: string): boolean {
  const [first = '', second = ''] = text.split('\n', 2).map((l) => l.replace(HEADER, '').trim());
  return UPWARD_TITLE.test(first) && !/^各/.test(second);
}

/**
 * 关于印发…实施方案的通知 / 转发…关于印发《…办法》的通知: a notice whose title sends a plan or a set of measures. Its covering
 * letter (what comes before the issuer's dated signature) says what the addressees are to do with the plan; the plan's own
 * sections (职责分工, 填报主体…) set how the work runs from then on. With no due day anywhere, it asks for figures only when
 * the covering letter itself asks something handed in (请…组织实施，并按附表填报工作情况); a letter that only sends the
 * plan to be carried out (请结合实际认真组织实施) asks for nothing now. A plan that sets a due day stays a request.
 */
const SENDS_PLAN = /(?:印发|转发)[^，,。；;\n]{0,80}?(?:方案|办法|规划|意见|细则)》?(?:[(（][^()（）]*[)）])?的(?:通知|函)\s*$/;
/** 县政府办公室 / 2057年1月21日: the dated line that signs the covering letter off. */
const SIGNED_ON = /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/m;
const NAMED_DOCUMENT = /《[^《》\n]*》/g;

function sendsPlanAskingNothing(anatomy: Anatomy, titles: string): boolean {
  if (!titles.split('\n').some((t) => SENDS_PLAN.test(t.trim()))) return false;
  const opening = anatomy.parts.filter((p) => p.kind === 'title' || p.kind === 'addressee').reduce((end, p) => Math.max(end, p.end), 0);
  const rest = anatomy.text.slice(opening);
  const signed = SIGNED_ON.exec(rest);
  const letter = (signed ? rest.slice(0, signed.index) : rest).replace(NAMED_DOCUMENT, ' ');
  return !ASK_VERB.test(letter);
}

/**
 * FORM_TO_FOLLOW: 具体统计表格另行下发 / 调查表另行通知 / 另行下发统计模板: the form the units are to fill is sent later. A notice
 * that says so and sets no due day announces the work (摸底排查 to be done); the notice that sends the form asks. (A notice
 * with a due day asks now, whatever follows: 具体工作方案另行通知 … 调查数据截止时间为8月31日.)
 */
const FORM_TO_FOLLOW = /(?:表格?|报表|表样|样表|模板|统计表|调查表|登记表|汇总表)[^，,。；;\n]{0,4}另行(?:下发|印发|发放|发送|通知)|另行(?:下发|印发|发放|发送)[^，,。；;\n]{0,6}(?:表格?|报表|表样|模板)/;

export interface KindSignals {
  /** Items were read from an item list (numbered entries or entries under a heading). */
  hasItemList: boolean;
  hasDeadline: boolean;
  /** A period was read for the figures (a round named). */
  hasPeriod?: boolean;
  /** The due day read is a day to finish work by (确保7月30日前完成恢复任务), not a hand-in (deadline.ts TASK_DAY_ONLY). */
  dueIsTask?: boolean;
  /** The due day read is counted from the period it closes (次年1月30日前, 季后10日前: deadline.ts round). */
  dueIsRound?: boolean;
  /** Every due day the text names is another level's (units-deadline.ts OTHER_LEVELS_DUTIES). */
  othersDaysOnly?: boolean;
}

export function readNoticeKind(anatomy: Anatomy, signals: KindSignals): NoticeKind {
  const titles = partTexts(anatomy, 'title').join('\n');
  const listed = signals.hasItemList && signals.hasDeadline;
  const reportAskedInResults = titles.split('\n').some((t) => RESULTS_TITLE.test(t.trim())) && asksTheUnitsByADay(anatomy, signals.hasDeadline, true);
  if (!listed && !reportAskedInResults && titles.split('\n').some((t) => ADVISORY_TITLE.test(t.trim()))) return 'advisory';
  if (!listed && headsPublicNotice(anatomy.text, titles) && !asksTheUnitsByADay(anatomy, signals.hasDeadline)) return 'advisory';
  const asksPlainly = anatomy.parts.some((p) => p.kind === 'ask' && /请/.test(anatomy.text.slice(p.start, p.end)));
  // a results document whose head line the anatomy did not take for a title (no 关于, no header) and that asks with no 请
  if (!listed && !asksPlainly && headsResults(anatomy.text)) return 'advisory';
  // a story of work: led by a news headline, addressed to no one (no addressee line, no sentence that opens on the units)
  // and with no 请: its 统计, 摸底, 上报 are told, and so is a due day in it (年底前省文旅厅将以公报形式发布…)
  const addressed = anatomy.parts.some((p) => p.kind === 'title' || p.kind === 'addressee'
    || ((p.kind === 'ask' || p.kind === 'topic') && unitsTold(sentenceFrom(anatomy.text, p.start))));
  if (!addressed && !asksPlainly && newsHeadline(anatomy.text)) return 'story';
  // OTHER_LEVELS_DUTIES: 县级部门…10月15日前报上一级部门；地级部门…10月20日前上报 — rules that set only the levels' days, addressed
  // to no one and asking with no 请, ask the units for nothing
  if (!addressed && !asksPlainly && signals.othersDaysOnly) return 'guidance';
  // (a story's day to finish work by — 镇长要求…确保7月30日前完成恢复任务 — is told like the rest: TASK_DAY_ONLY)
  if (!addressed && !asksPlainly && (!signals.hasDeadline || signals.dueIsTask) && tellsNews(anatomy.text)) return 'story';
  if (!asksPlainly && sentUpward(anatomy.text)) return 'story';
  if (!listed && !asksPlainly && titles.split('\n').some((t) => PROGRESS_TITLE.test(t.trim()))) return 'advisory';
  if (!signals.hasDeadline && !asksPlainly && namesItselfAPlan(anatomy.text)) return 'guidance';
  if (!asksPlainly && systemWithRoundsOnly(anatomy.text, signals)) return 'guidance';
  // 六、统计报表工作要求 … 报表交报时间：3月31日: a meeting notice with a section of its own that sets when reports are handed
  // in (not 会议时间, which is the meeting's) asks for them
  const reportsDue = signals.hasDeadline && anatomy.parts.some((p) => p.kind === 'deadline' && REPORTS_DUE.test(anatomy.text.slice(p.start, p.end)));
  if (!listed && !reportsDue && MEETING_TITLE.test(titles)) return 'meeting';
  if (titles.split('\n').some((t) => GUIDANCE_TITLE.test(t.trim()))) return 'guidance';
  if (!signals.hasDeadline && !asksPlainly && titles.split('\n').some((t) => NOTES_NOTICE_TITLE.test(t.trim()))) return 'guidance';
  if (!listed && sendsWorkingSystem(titles)) return 'guidance';
  if (!signals.hasDeadline && signals.hasPeriod === false && sendsReportingSystem(anatomy.text, titles)) return 'guidance';
  if (!signals.hasDeadline && sendsPlanAskingNothing(anatomy, titles)) return 'guidance';
  if (!signals.hasDeadline && FORM_TO_FOLLOW.test(anatomy.text)) return 'announcement';
  const asks = anatomy.parts.some((p) => p.kind === 'ask' || p.kind === 'items' || p.kind === 'topic');
  if (!asks && anatomy.parts.some((p) => p.kind === 'rules')) return 'guidance';
  return 'request';
}
