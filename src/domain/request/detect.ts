// Is a lead's message a data request at all? Verbs of reporting, and the marks of a reminder or a question.

/**
 * Verbs that ask units to report (上交 / 提交 / 向县森防办报告当日火情 too). Bare 报 counts (请于26日前报本月…) except where it is part of another word or
 * talks about reporting already done (报一次就行, 报过, 报错, 报的) or forbids misreporting (不得瞒报漏报, 迟报); 通报 / 公报 /
 * 简报 / 喜报 are what the lead circulates (现将…情况通报如下), never the units' reporting; 报酬 is pay, not
 * an ask, while a 零报告 system (每日“零报告”: report every day, a zero included) asks. The chat
 * forms of handing over count as well (把…发过来, 发我, 发一下, 要一下…; CHAT_HANDOVER), unless said of what has already come
 * in (已经发过来了).
 */
/**
 * CHAT_HANDOVER: how a lead says "hand it to me" in chat: a verb of sending with where it goes, 发我 / 私发我 / 传我一下,
 * 交上来 / 报过来, 发群里 / 发到群里. Not when a compound ends on the verb (开发, 转发我局…, 印发, 下发), not for what has
 * already come in (已发群里, 报过来了, 报过来的数据).
 * DUE_HANDOVER (the second branch): a bare 给我 or 交 that ends a clause right after the day it is due (周五前给我,
 * 下周一交, 明天交一下, 10号交, 月底前给我): with no other verb the due day makes it the hand-over. Not when more follows
 * in the clause (周五前给我打电话, 清点交接), nor said as done (周五前交了). Where the due day has been blanked out (the
 * items are read with it blanked, parse.ts), the blank stands for it (items.ts BLANK, a run of |).
 */
/**
 * COLLECT_FOR_ME: the lead asks the bot to gather the figures (@一表通 帮忙收一下各镇街…床位数, 帮我收集…, 收下各镇街的…):
 * the units are asked as by 统计. Not a thing received (收到, 已收齐, 请收下), nor 收入 / 收费 / 收取.
 */
const COLLECT_FOR_ME = /帮(?:我|忙|我们)?收集?|(?<![已都刚接请])收(?:集)?(?:一下|下)(?![了来])/;
/** 给我 / 交 / 交一下 alone at a clause's end: the hand-over when the due day stands right before it (DUE_HANDOVER). */
export const BARE_HAND_OVER = /(?:给我|交)(?:一下)?(?=\s*(?:[，,。；;！!～~]|$))/;
export const CHAT_HANDOVER = new RegExp(String.raw`(?:` +
  /(?<![已都刚开出分颁引激收批自散签核研转印下首蒸突并爆])(?:发|传|交|报|送|递)(?:上来|过来|给我|我(?![们国])|(?:到|在)?群里)(?![了的])/.source +
  String.raw`|(?<=(?:前|[周期拜][一二三四五六日天末]|[今明后]天|[日号]|底)|\|{2,})(?:${BARE_HAND_OVER.source})` + String.raw`)`);

/**
 * CADENCE_ONCE: 每周五报一次 / 每月3号前报一次 — 报一次 after a cadence says how often to report (报一次就行 alone says once is
 * enough, which asks nothing).
 */
// (the literal first, then the look back: the look back runs only where 报一次 stands, not at every position scanned)
const CADENCE_ONCE = /报一次(?<=每(?:个)?[周月天日季旬年星][^，,。；;\n]{0,8}报一次)/;
export const ASK_VERB = new RegExp(String.raw`${CHAT_HANDOVER.source}|${CADENCE_ONCE.source}|${COLLECT_FOR_ME.source}|` + /报送(?!群)|上报|填报|补报|报来|报给|报一下|报下|统计上报|摸排|摸底|提供|反馈|(?<!已[^，,。；;\n]{0,3})统计|上交|提交|送交|发至|发送至|发送到|传真至|送至|(?<![已都刚])(?:发|传|交)过来(?!了)|(?<![被已退])(?:发|传|交)回(?!来了|了)|(?<![下已])发一下|发给我|要一下|(?<=向[^，,。；;\n]{1,20})报告|零报告|(?<![瞒漏谎虚迟错通公简喜])报(?!一次|过|了|错|的|数|表扬|道|名|警|刊|纸|销|告|酬|送群|到群|到(?:[，,。；;、）)\s]|$))/.source);

/**
 * Reminders about an earlier ask: 还未报送…, …还没报，请抓紧, 请抓紧报送…数据, 【提醒】, 白沙镇未按时报送…请上述镇街补报.
 * PROGRESS_OF_AN_ASK: 目前只有3个镇街报了，其他的请尽快 / 已有5个村上报 — how many units have reported says the ask was made
 * before. (Read as a new ask, 上周布置的低保户数统计，目前只有3个镇街报了 became a request for last week of three towns.)
 */
const REMINDER =
  /(?:还未|尚未|还没有?|仍未|仍没有?|没有|未能|没)(?:按时)?(?:报送|上报|填报|报|提交|交)|未(?:按时|按期|按要求)(?:报送|上报|填报|提交)|未报送|未上报|未报的|【\s*提醒\s*】|^\s*提醒\s*[:：]|催报|再次提醒|(?:只有|仅有|已有|才有)\s*(?:\d{1,3}|[一二两三四五六七八九十]{1,3})\s*个?(?:镇街|镇|乡|街道|村|社区|单位)[^，,。；;\n]{0,4}?(?:报送|上报|填报|提交|报)(?:了|过)?/;
/**
 * 请抓紧报送 / 温馨提示: urgency words that make a short chat message a nudge, but that a titled notice uses for its
 * own new work (各地要抓紧做好登记): there they count only in the title (关于抓紧报送…的通知).
 */
const URGENCY = /温馨提示|抓紧/;
/**
 * URGED_HAND_IN: in a long message without a title (a plan's or a notice's section pasted on its own, …要抓紧研究，提出解决办法),
 * 抓紧 urges the work the text sets out; it makes a nudge only where it urges the hand-in itself (请抓紧报送, 抓紧时间上报).
 * A chat message up to CHAT_LENGTH characters (还有三个镇，请大家抓紧) keeps every urgency word.
 */
const URGED_HAND_IN = /温馨提示|抓紧(?:时间)?[^，,。；;\n]{0,4}?(?:报送|上报|填报|报|提交|上交|交)/;
const CHAT_LENGTH = 100;

/**
 * 再发一次： / 重发： / 再次下发：— a head label that says the message is sent again: a repost of an earlier ask. It joins
 * the sender's open request that shares its items (bot/leads.ts) and is a request of its own only when none is open; the
 * label itself names nothing asked.
 */
const RESENT = /^\s*(?:再(?:发|转发?|通知)一(?:次|遍|下)|重(?:新)?发(?:一(?:次|遍|下))?|再次(?:发送|转发|下发|通知))\s*[:：]/;

/** The span of a resent label at the head of the text (after a blanked or kept 【…】 header), or null. */
export function resentLabel(text: string): [number, number] | null {
  const head = /^\s*(?:【[^】]{1,24}】)?/.exec(text)![0].length;
  const m = RESENT.exec(text.slice(head));
  return m ? [head, head + m[0].length] : null;
}

/** A question or an answer in a thread rather than an ask. */
const QUESTION = /[?？]\s*$|吗[?？。]?\s*$/;

/**
 * 逾期未报的将在全县通报 / 对未按时报送的单位予以通报 / 逾期未报的，将予以通报: a notice's penalty clause, not a reminder of an
 * earlier ask (a comma may stand after the condition's 的).
 */
const PENALTY =
  /(?:逾期|对)?(?:未|不)(?:按时|按要求)?(?:报送|上报|填报|报)的?(?:单位|镇街|镇|街道|村|社区)?(?:(?<=的(?:单位|镇街|镇|街道|村|社区)?)\s*[，,])?[^，,。；;\n]{0,8}(?:将|予以|视为|一律|通报|追责|问责|扣分)[^，,。；;\n]*/g;

/**
 * 需要镇街报送的数据统一在本群发布，报数助手私信对接: how the channel itself works, said when it is set up. It names the
 * reporting and the items in general, but asks no one for anything now.
 */
const CHANNEL_PUBLISH = /(?:本群|这个群|此群|该群|群里|群内)(?:里|中|内)?(?:统一)?(?:发布|发|下发)|本群为/;

export function looksLikeChannelProcedure(text: string, botName: string): boolean {
  return CHANNEL_PUBLISH.test(text) && (/私信/.test(text) || (botName.length > 0 && text.includes(botName)));
}

/** …的截止时间改为11月23日: a change to an earlier request's deadline, even when it ends with 请…再报. */
const DEADLINE_CHANGE =
  /(?:截止|报送|上报)(?:时间|日期|期限)?[^,，。；;\n]{0,4}?(?:改为|改到|改成|调整为|调整到|调到|延至|延长至|延长到|延期到|延期至|延到|推迟到|推迟至|推到|提前到|提前至)/;

/**
 * DUE_MOVED_NOTICE: 关于调整…报送时间的通知 … 原定于11月30日截止的低保户数报送工作…截止时间延长至12月5日 — a notice, however long,
 * whose sentence names the old due day (原定…) of a hand-in and the day it is moved to: it moves an open request's due day
 * (the edit path), it asks nothing new.
 */
const DUE_MOVED_NOTICE = /原(?:定|计划|要求|通知|规定)[^。；;\n]{0,40}?\d{1,2}月\d{1,2}[日号](?=[^。；;\n]{0,40}?(?:截止|报送|上报|填报))[^。；;\n]{0,40}?(?:调整为|调整到|调整至|改为|改到|改成|延长至|延长到|延至|延期至|延期到|推迟至|推迟到|顺延至|顺延到|提前至|提前到)\s*(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]/;

export function looksLikeDeadlineChange(text: string): boolean {
  return (text.replace(/\s+/g, '').length <= 60 && DEADLINE_CHANGE.test(text)) || DUE_MOVED_NOTICE.test(text);
}

/** `title`: the notice's title when it has one; its body's urgency words then do not make it a reminder. */
export function looksLikeReminder(text: string, title?: string): boolean {
  const body = text.replace(PENALTY, ' ');
  if (REMINDER.test(body)) return true;
  if (title) return URGENCY.test(title);
  return (body.replace(/\s+/g, '').length <= CHAT_LENGTH ? URGENCY : URGED_HAND_IN).test(body);
}

export function looksLikeQuestion(text: string): boolean {
  return QUESTION.test(text.trim());
}

export function hasAskVerb(text: string): boolean {
  return ASK_VERB.test(text);
}

/**
 * NUDGE_WITHOUT_A_VERB: 请还没报的镇街抓紧 / 没报的抓紧啊 / 未报的尽快 — a chat message (up to CHAT_LENGTH characters) that names
 * who has not reported (REMINDER) and urges them (抓紧, 尽快, 加快) leaves the hand-in verb out: the 报 of 没报的 says it.
 * Without an ask verb such a nudge was no reminder, and went unanswered.
 */
const URGED = /抓紧|尽快|加快|抓点紧|赶紧|速报|从速/;

export function isNudgeWithoutAVerb(text: string): boolean {
  const body = text.replace(PENALTY, ' ');
  return body.replace(/\s+/g, '').length <= CHAT_LENGTH && REMINDER.test(body) && URGED.test(body);
}

/**
 * NEGATED_ASK: 本月医疗救助人次和金额不用报了 / 本月起…无需再报送 — a clause that tells the units not to report asks for
 * nothing (read as an ask, the cancellation became a request of the very items cancelled). Other clauses may still ask
 * (请各镇街报送…，已报送的不用再报).
 */
const NEGATED_ASK = /(?:不用|不必|无需|无须|不需要?|不再|暂不|可不|停止|暂停)(?:再|重复|另行)?(?:报送|上报|填报|报)/;

/**
 * NEGATION_IN_AN_ASIDE: 请朱沱镇、来苏镇于…前报送低保户数（街道无需报送） — a bracket is a clause of its own: a negation said in
 * it exempts other units or items and leaves the ask around it (read with the clause, it blanked the ask, and the message
 * was dropped without a word).
 */
const CLAUSE_OR_ASIDE = /[（(][^（()）\n]*[）)]|[^，,。；;！!\n（()）]+/g;

/**
 * Spans of the clauses that tell the units not to report (NEGATED_ASK): what they name is not asked. 请各镇街报送低保户数，特困人数
 * 不用报了 asks for 低保户数 only; 各镇街注意，低保户数这项不用报了，只报人数 asked every unit for the very 低保户数 it dropped.
 */
export function negatedClauses(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of text.matchAll(CLAUSE_OR_ASIDE)) if (NEGATED_ASK.test(m[0])) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** True when the text asks for something outside the clauses that tell the units not to report. */
export function asksBeyondNegations(text: string): boolean {
  // (each clause tested once: a pattern that ran from every position to the negation was quadratic on a long clause)
  return ASK_VERB.test(text.replace(CLAUSE_OR_ASIDE, (clause) => (NEGATED_ASK.test(clause) ? ' '.repeat(clause.length) : clause)));
}
