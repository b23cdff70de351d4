// What a reply is doing besides giving figures: asking, acknowledging, putting off, correcting.
import { LANDLINE_NUMBER, MOBILE_NUMBER } from './phone-numbers.js';

// (截止是哪天 / 低保人数是什么口径 / 是多少来着: an interrogative word asks without a question mark — not 没什么, 什么都, 谁也)
const QUESTION_RE =
  /[?？]|(?<![没不]有?)什么(?![都也])|哪(?:天|一天|里|儿|位|家|几)|几号|几点|(?<!多)多少(?!少)|来着|谁(?![也都])|吗|请问|含不含|算不算|包不包括|包括不包括|是不是|要不要|需不需要|用不用|能不能|可不可以|怎么|如何|哪些|哪个|什么时候|什么意思|(?:填|报|写)(?:什么|啥)|为什么|啥|是否需要|是否要|是否包括|是否包含|(?:(?<!还)是|按|算|报)[^。；;]{0,20}还是[^。；;]{0,20}(?:呢|啊|呀)?$/;

/**
 * 15人次还是16人次 / 四十一还是四十二: two figures offered for one item (a doubt about one's own figure). The first figure
 * starts where its numeral starts (trying every position inside a long run of numerals is quadratic).
 */
export const FIGURE_ALTERNATIVE = /(?<![\d零〇一二两三四五六七八九十百千万])[\d零〇一二两三四五六七八九十百千万]+\s*[\u4e00-\u9fa5]{0,2}?\s*还是\s*[\d零〇一二两三四五六七八九十百千万]+/;

/**
 * A sentence asking the requester something (含不含复查的？/ 是按…还是…填？). Two figures offered for one item without a
 * question mark (临时救助是15人次还是16人次我记不太清了) ask nothing of the requester: the reporter is unsure of the figure.
 */
/**
 * STILL_A_FIGURE: 误食中毒还是0起 / 户数还是12户: 还是 between a label and the figure that ends the sentence means "still",
 * not "or" (a choice offers a figure on each side: 是0.6万还是0.65万).
 */
const STILL_A_FIGURE = /(?<![\d零〇一二两三四五六七八九十百千万][\u4e00-\u9fa5]{0,2}\s*)还是(?=\s*[\d零〇一二两三四五六七八九十百千万][\d.零〇一二两三四五六七八九十百千万]*\s*[\u4e00-\u9fa5%]{0,2}\s*[。.!！]?$)/;

export function isQuestion(sentence: string): boolean {
  let s = sentence.trim();
  if (!/[?？]/.test(s) && STILL_A_FIGURE.test(s)) s = s.replace(STILL_A_FIGURE, '  ');
  if (!/[?？]/.test(s) && FIGURE_ALTERNATIVE.test(s)) return QUESTION_RE.test(s.replace(FIGURE_ALTERNATIVE, ' '));
  return QUESTION_RE.test(s);
}

/**
 * CONFIRMATION_TAG: 城东 已整改73处 整改率88% 这样报对吧？: a tag at the end of a sentence that gives figures asks only
 * whether the report is made right; the figures are given. The tag (with its ？) is blanked, length kept, so the
 * sentence is read as a statement. A sentence without a figure before the tag (这样对吗？) stays a question, and so does
 * 低保户数120 对吗？ (a doubt about the figure itself, not about how it was reported).
 */
const CONFIRMATION_TAG = /(?:这样|这么|如上|按这个)(?:报|填|写)?的?(?:对吧|对吗|对不对|对不|是吧|行吗|行不行|可以吗|可以不|没问题吧|没错吧)\s*[?？]+/g;
const FIGURE_BEFORE = /[\d零一二两三四五六七八九十百千万]/;

export function hideConfirmationTags(text: string): string {
  if (!/[?？]/.test(text)) return text;
  return text.replace(CONFIRMATION_TAG, (tag, at: number) => {
    const sentence = text.slice(0, at).split(/[\n。；;！!？?]/).pop()!;
    return FIGURE_BEFORE.test(sentence) && !isQuestion(sentence) ? ' '.repeat(tag.length) : tag;
  });
}

const PENDING_RE = new RegExp(
  [
    '(?:晚点|晚些|稍后|稍晚|等会|等一下|等下|待会|一会儿?|过会|回头|随后|今天|今日|明天|明日|后天|下午|晚上|今晚|下班前|周[一二三四五六日天]|下周|尽快|马上)[^，。,；;！!？?\\n]{0,6}?(?:报|发|给|上报|报送|提交|补报|补上|回复)',
    '(?:还在|正在|仍在|尚在)(?:核对|统计|核实|汇总|整理|核查|收集|摸排|排查|确认|走访|对账|核算|核(?![\\u4e00-\\u9fa5]))',
    '(?:统计|核对|核实|汇总|整理|摸排)中',
    '(?:还没|尚未|还未)(?:统计|核对|核实|汇总|出来|整理|报上来|收齐)',
    '待(?:核实|核对|确认|统计)',
    // (特困这块我问问他 / 我去问一下老张: asking the one who has the figure first)
    '我(?:去|再|先)?问(?:问|一下|下)(?:他|她|他们|[\\u4e00-\\u9fa5]{1,3})?(?=[，。,！!\\s]|$)',
    // (还有2个村没报上来: the figures from below are not in yet)
    '(?:没|未)(?:有)?(?:报上来|交上来|报过来|收齐|汇总完|统计完)',
    // (人数要等村里报上来 / 等各村汇总了再报: waiting on others before it can be sent)
    '等[^，。,；;！!？?\\n]{0,6}?(?:报上来|报过来|交上来|汇总|统计完|收齐|出来)',
  ].join('|'),
);

/** The figure will come later (还在核对，晚点报 / 明天报). */
export function isPending(text: string): boolean {
  return PENDING_RE.test(text);
}

const CORRECTION_RE = /报错|错了|有误|不对|弄错|搞错|写错|填错|更正|纠正|订正|修正|更改|改为|改成|应为|应该是|应该为|应是|实际是|实际为|实际上是|实为|重新报|以此为准|为准/;

/**
 * GONE_BACK_TO: 还是5户吧 / 那还是20户吧 — a message that is only 还是, a figure and 吧 goes back to a figure said before: a
 * correction, though it says nothing was wrong (read as no correction, its figure named no item and was dropped).
 */
const GONE_BACK_TO = /^\s*(?:那就?|嗯)?[，,\s]*还是\s*[\d零〇一二两三四五六七八九十百千万.]+\s*[\u4e00-\u9fa5]{0,2}\s*吧\s*[。.！!]*\s*$/;

/**
 * RECHECKED_TO: 人数核了一下是95 / 复核后为95 — a figure found on checking again replaces the one given: a correction, though
 * it says nothing was wrong (read as a new figure, 人数 went to the one item still open that counts people, 特困供养人数).
 * 核过了，没问题 gives no figure and corrects nothing.
 */
const RECHECKED_TO = /(?:复核|核(?:实|对|查)?(?:了|过))(?:一下|一遍|之后|后)?[^，,。；;\d]{0,3}?(?:是|为|应为|应该是)?\s*[\d零〇一二两三四五六七八九十]/;

export function hasCorrectionMarker(text: string): boolean {
  return CORRECTION_RE.test(text) || GONE_BACK_TO.test(text) || RECHECKED_TO.test(text);
}

/** 另外/此外 start a new point after a correction. */
export function startsNewPoint(sentence: string): boolean {
  return /^\s*(?:另外|此外|另|还有|同时|以及)/.test(sentence);
}

const ACK_WORDS =
  /收到|好的|好嘞|好滴|好哒|好|明白|了解|知道了|知道|清楚|ok|okay|嗯+|哦+|噢|行|可以|没问题|谢谢|感谢|辛苦|马上办|马上|遵照|照办|是的|对的|领导|老师|主任|科长|您|了|啦|的|呀|啊|哈+|吧/gi;
const PENDING_WORDS = new RegExp(PENDING_RE.source, 'g');
const FILLER = /[\s\p{P}\p{S}\p{Emoji_Presentation}\u200d\ufe0f]/gu;

/**
 * A chat app's sticker, sent as its name in square brackets ([强] [抱拳] [OK] [捂脸]): as an emoji would be. Not a
 * picture, a voice message or a file sent ([图片] [语音]): those carry content the bot cannot read.
 */
const STICKER = /\[(?!图片|语音|视频|文件|链接|位置|名片|聊天记录)[\u4e00-\u9fa5A-Za-z]{1,4}\]/g;

/** Only acknowledgement words, stickers, emoji and punctuation (收到 / 好的，明天报 / 👌 / [强][强]). */
export function isAcknowledgement(text: string): boolean {
  if (!/\S/.test(text)) return false;
  const rest = text.replace(STICKER, '').replace(PENDING_WORDS, '').replace(ACK_WORDS, '').replace(FILLER, '');
  return rest.length === 0;
}

/**
 * SIGN_OFF: 以上数据已经分管领导审核 / 上述数字均已核实无误 / 以上情况经村两委确认: a word pointing back at what was sent
 * (以上, 上述) and a check already done on it (审核, 核实, 确认, 把关, 签字), nothing else — a closing note on figures
 * given before, not a figure.
 */
const SIGN_OFF = /^(?:以上|上述|上面)(?:的|所报的?|报的)?(?:数据|数字|数|情况|内容|报表|表格)?(?:均|都|全部)?(?:已经|已|经过|经)[\u4e00-\u9fa5]{0,8}?(?:审核|审定|核实|核对|确认|把关|签字|审签)(?:过|了|无误|通过|同意)*$/;

export function isSignOff(text: string): boolean {
  return SIGN_OFF.test(text.replace(STICKER, '').replace(FILLER, ''));
}

/**
 * CONTACT_ONLY: 经办人王丽娟 15823456789 / 联系人：邓丽 023-77651234 / 站长黄国富，电话13996018852: a reply that gives a contact
 * (a label, a name, a telephone number) and nothing else — what a reporter adds for the requester, not a figure.
 */
const PHONE = new RegExp(`(?<!\\d)(?:${MOBILE_NUMBER}|${LANDLINE_NUMBER})(?!\\d)`, 'g');
const CONTACT_WORDS = /联系人|联系电话|联系方式|经办人|负责人|填报人|报送人|审核人|统计员|电话|手机|座机|姓名|[\u4e00-\u9fa5]{0,4}(?:站长|主任|书记|科长|所长|员)/g;

export function isContactOnly(text: string): boolean {
  const phones = text.match(PHONE) ?? [];
  if (!phones.length) return false;
  const rest = text.replace(PHONE, ' ').replace(/[（(][^）)]{0,8}[)）]/g, ' ').replace(CONTACT_WORDS, ' ').replace(STICKER, ' ');
  // what is left: a name or two, of two to four characters each, and punctuation
  const words = rest.split(/[\s\p{P}\p{S}]+/u).filter(Boolean);
  return words.length <= phones.length && words.every((w) => /^[\u4e00-\u9fa5]{2,4}$/.test(w));
}

/** Vague amounts that are not a figure (很多, 不清楚). */
export const VAGUE_RE = /很多|不少|较多|挺多|好多|很少|一些|若干|不清楚|不知道|不确定|说不准|不好说|待定|未知|还在统计|统计中|不详/;

/**
 * "None" stated in words (没有 / 无 / 没发现隐患 / 暂无) → 0. Not 无法/无误, and not 没有统计 / 暂无数据 (no figure yet: pending).
 * NOT_APPLICABLE: 不涉及 said of a count asked (粳稻不涉及, 取暖器不涉及) says there is nothing of it to count: 0, as 无此情况.
 */
// 无变化 / 没有变动 says the figure stayed the same, not that it is zero.
// NEGATED_VERB: 招聘会没搞 / 制止焚烧行为：未发生 / 汛后未新增隐患点 / 违建没有拆: 没 or 未 before the verb that ends the
// item's clause (or before the item's own name, hidden) says none of it was done or happened. Not the verbs of reporting,
// of a yes/no or of work still to do (没报, 未统计, 没核, 未开展, 没落实, 未整改, 没去, 没错).
const NOT_A_NIL_VERB = '有|统计|数据|核|报|出来|汇总|完成|开展|建立|变|增减|调整|整改|改|开始|启动|动|到位|落实|满|成|知|定|确|问|算|填|查|收到|错|问题|关系|事|啥|什么|用|来|去|空|时间|法|办法|钱|人|听|看|说|写|修|验|通|批|审|签|交|上|下|及|能|必|过|免|婚|经|曾';
// (没走完 / 未弄好: a result not reached is work unfinished, not none done)
const NEGATED_VERB = `(?:没|未)(?!${NOT_A_NIL_VERB})(?![\\u4e00-\\u9fa5]?[完好])(?=\\s|[\\u4e00-\\u9fa5]{1,2}[的了过]?(?:$|[\\s，,。；;！!、]))`;
export const ZERO_RE = new RegExp(`没有(?!统计|数据|核|报|出来|收|汇总|完成|开展|建立|变化|变动|增减|调整)|没发现|未发现|暂无(?!变化|变动|增减|数据|统计)|均无(?!变化|变动|增减)|都没有(?!变化|变动|增减)|无(?!数据|统计|[法误论须需关效变增])|不涉及|为零|是零|${NEGATED_VERB}`);

/**
 * Words that make a number a change, not a level (比上月增加3户, 环比下降), or the size of a mistake rather than the
 * figure (之前少报了一个, 漏了一个社, 多报了2户).
 */
// SHORT_OR_OVER_BY: 明白卡少发3张 / 多领了2份 — 少 / 多 right before a verb of handing out, reporting or counting says by how
// much the figure falls short of (or passes) another, never the level (宫坪 明白卡 was stored 3 for 140); not 至少 / 差不多.
export const DELTA_RE = /增加|减少|增长|下降|新增|净增|多了|少了|环比|同比|比上月|比去年|(?<![至最])少(?:报|算|统计|发|领|给|送|挂|装|收|填|写|录|登记|走访)|(?<![不许很好最差至])多(?:报|算|统计|发|领|给|送|挂|装|收|填|写|录|登记|走访)|漏报|错报|重报|漏了|漏掉|漏统|又|新识别|新登记|新纳入|新认定|新办证?/;

/** Progress on part of a total (燃气隐患5处，已整改3处): the figure after these counts the part done, not the total. */
export const PROGRESS_RE = /已整改|整改到位|已完成整改|已销号|已处置|已办结|已化解|已消除|已落实|未整改|待整改|正在整改|整改中/;
/** 均/都: one figure for every label listed before it (燃气、电路隐患均为0). */
export const SHARED_RE = /均|都|各|皆|全部|全都/;

/**
 * LEFT_THE_STOCK: 百岁老人今年去世了1个 / 迁出2户 / 停保3户 — how many left a stock, said right before the figure, never the
 * stock's level (unless the item counts them: 停发人数). Said after a figure (95个里面有3个注销了 实际是92个) it is that
 * figure's, and the level said next is no change. 死亡 is left out: it names an item of its own (出生死亡本月2人 asks which).
 */
export const LEFT_THE_STOCK = /(?:去世|离世|过世|病故|迁出|退出|注销|停发|停保|销户)(?:了)?\s*$/;

// What a reply that gives no figure says instead (bot/replies.ts answers each its own way).

/** 已报 / 报过了 / 已经上报 / 发邮箱了 / 系统里填了: the clerk says the figures were sent (see SAID_REPORTED_ELSEWHERE). */
const SAID_REPORTED = /(?:已经?|都)(?:上报|报送|填报|报|填|发)(?:过|好|完)?了?|报过了|(?:发|传)(?:到)?(?:邮箱|邮件)|(?:系统|平台|表格?)(?:里|上)(?:已经?)?(?:填|报)(?:了|过|好)/;

/** NOT_MY_ITEM: 我不负责… / 这块不归我们管 / …我们社区不管 / 不是我们管的 — the reporter says the item is someone else's. */
const NOT_MY_ITEM = /不(?:由我们?)?负责|不归(?:我们?|我们?(?:村|社区|镇|街道))?管|(?:我们?|我们?(?:村|社区|镇|街道)|村里|社区)不管|不是(?:我们?|我们?(?:村|社区))(?:管|负责)的?|(?:这块|这项|这个)(?:不是我|我不)(?:管|负责)/;

/** 什么时候截止 / 截止时间是哪天 / 几号前报 / 最晚哪天交: a question about the due day, nothing else. */
const DUE_QUESTION = /^[^，,。；;]{0,12}?(?:什么时候|哪天|几号|几点|哪一天|啥时候|多久)(?:之?前)?(?:截止|报|交|要|上报|报送)[^，,。；;]{0,6}[？?]?$|^[^，,。；;]{0,12}?截止(?:时间|日期)?(?:是|到)?(?:什么时候|哪天|几号|哪一天|啥时候)[？?]?$/;
/** 多报了10个 / 少算了2户 / 漏填了: words that tell the size or the kind of a mistake in figures given before. */
// (户数和人数写反了: two figures swapped; 撤回上一条: the clerk takes back what they sent — the bot keeps it until corrected)
const MISTAKE_TOLD = /[多少漏](?:报|算|填|统计|写|打|输)了|(?:写|填|报|弄|搞)反了|^\s*(?:请)?撤回(?:一下)?(?:上一条|刚才的?|前面的?|上面的?|刚发的?)?(?:数据|消息|那条)?\s*$/;
/** [图片] / [语音] / [文件]: what a chat app shows for a picture, a voice message or a file sent, and nothing else. */
const MEDIA_ONLY = /^(?:\s*\[(?:图片|照片|语音|视频|文件)\]\s*)+$/;
/**
 * POINTED_TO_A_FILE: 见附件 / 详见附表 / 数据在表格里 / 看截图 — the figures are said to be in a file or a picture the bot
 * cannot read (answered "no data found", the clerk could not tell whether the file had been taken).
 */
const POINTED_TO_A_FILE = /^[^\d，,。；;]{0,8}?(?:详?见|请?看|参见|在)(?:一下)?(?:附件|附表|表格?|文件|截图|图片|照片|excel|Excel|EXCEL)(?:里|中|上)?(?:的)?(?:数据)?[。.！!]?\s*$/;

/** 已报 / 数据已发邮箱 / 系统里填了: the clerk says the figures were sent. */
export const saysReported = (text: string): boolean => SAID_REPORTED.test(text);
/** 这块不归我们管: the clerk says an item is someone else's. */
export const saysNotMyItem = (text: string): boolean => NOT_MY_ITEM.test(text);
/** 什么时候截止？: a question about the due day, nothing else. */
export const asksWhenDue = (text: string): boolean => DUE_QUESTION.test(text);
/** 多报了10个: the size or the kind of a mistake in figures given before. */
export const tellsAMistake = (text: string): boolean => MISTAKE_TOLD.test(text);
/** [图片] alone, or 见附件: the figures are where the bot cannot read them. */
export const pointsToWhatCannotBeRead = (text: string): boolean => MEDIA_ONLY.test(text) || POINTED_TO_A_FILE.test(text.trim());
