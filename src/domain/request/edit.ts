// A lead's correction of their last request: 截止改为12月2日, 去掉百岁老人, 加上朱沱镇, 撤回.
import { findPeriodMentions } from '../period.js';
import type { NewFieldSpec, ParseContext } from '../types.js';
import { findDeadline } from './deadline.js';
import { looksLikeDeadlineChange } from './detect.js';
import { blankSpans, extractItemsFromList } from './items.js';
import { parserFor, type RequestParser } from './parse.js';
import { findTargets } from './targets.js';
import { prepareText } from '../text/normalize.js';
import { parseChineseInteger } from '../numbers.js';

export type RequestEdit =
  | { kind: 'deadline'; deadline: Date; hasTime: boolean }
  /** 往后推两天 / 截止延后3天 / 提前一天: the request's own due day moved by a number of days (negative: earlier). */
  | { kind: 'deadlineShift'; days: number }
  | { kind: 'removeFields'; fields: string[] }
  /** `units`: the units the added items were named for (加上朱沱镇的特困供养人数), when some were named. */
  | { kind: 'addFields'; fields: string[]; newFields: NewFieldSpec[]; units?: string[] }
  | { kind: 'addTargets'; targets: string[] }
  | { kind: 'removeTargets'; targets: string[] }
  /** 此次只需各街道报送: only these units report; the request's other targets are dropped. */
  | { kind: 'keepTargets'; targets: string[] }
  | { kind: 'period'; period: string }
  /**
   * 加上临时救助 / 临时救助的也要: an item to add that the dictionary has no field for, but whose words are part of several
   * (临时救助人次, 临时救助金额): the lead is asked which (`candidates`, field keys); nothing is changed.
   */
  | { kind: 'whichItemToAdd'; words: string; candidates: string[] }
  /** 是第2个 / 选1 / 都不是: the lead's pick among the fields offered for an item; `choice` null for none of them. */
  | { kind: 'choose'; choice: number | null }
  | { kind: 'withdraw' };

/**
 * POINTER: words pointing at the lead's last message (这个, 上条, 刚才的, 刚才那条, 上面那个): the request a withdrawal is of.
 */
const POINTER = String.raw`(?:这个|该|此|上一?条|(?:刚才|刚刚|上面|前面)(?:的|那|这)?(?:条|个)?|刚发的?(?:那条)?|[那这]条)`;
const WITHDRAW = new RegExp(String.raw`^(?:请|麻烦)?(?:把)?${POINTER}?(?:通知|请求|任务|报送)?(?:先)?(?:撤回|撤销|作废|取消|不用报了|不报了)(?:了)?(?:这个|该|此|上一?条|刚才的?|刚发的?)?(?:通知|请求|任务|报送|一下)?(?:吧|了)?$`);
/**
 * CHANGE_TO: a verb of change and its result word (改为, 调整到, 延后到, 往后推至, 顺延至, 提前到, 放宽到): the verb morphemes and
 * the result words combine freely, so each pairing a lead may write is read, not only those seen.
 */
const CHANGE_TO = String.raw`(?:改|调整?|延长?|延期|延后|推迟|推后|推|顺延|提前|放宽|宽限)(?:为|到|至|成)`;
const DEADLINE = new RegExp(String.raw`(?:截止|截至|期限|时限|报送时间|时间|日期|延期|延长|延后|推迟|推后|顺延|提前)[^,，。]{0,6}?(?:${CHANGE_TO}|为)\s*(.+)$|^(?:延期|延长|延后|推迟|推后|顺延)(?:到|至)\s*(.+)$`);
const REMOVE = /^(?:请|麻烦)?(?:再)?(?:去掉|删除|删去|删掉|去除|减去|拿掉|不用报|不需要报|不要|取消)(.+)$|^(.+?)(?:不用报了?|不需要报了?|不报了|去掉|删掉|删除)$/;
const ADD = /^(?:请|麻烦)?(?:再)?(?:加上|增加|添加|补充|追加|再加|加)(?:上)?(.+)$/;
/**
 * ALSO_WANTED: 特困供养人数也要 / 临时救助的也需要 / 朱沱镇也要 — what the lead wants as well, named before 也要: an addition to
 * the latest request, as 加上… is (it has no hand-in verb of its own, so it was no request either, and went unanswered). With
 * a verb (特困供养人数也报一下) it is a request, added to the latest (ADD_ON_TO_THE_LAST, bot/leads.ts).
 */
const ALSO_WANTED = /^(?:另外|还有|同时)?(.{2,24}?)(?:的)?(?:数据|情况)?(?:也|也一并|也一起)(?:要|需要|得要)(?:吧|的)?$/;
/**
 * STILL_DUE: 截止时间不变，仍为11月26日 / 还是11月26日前 — the due day restated: read as the due day it names (a request due
 * another day is corrected; one due that day is left as it is, and the lead hears so). It went unanswered.
 */
const STILL_DUE = /^(?:截止|报送)?(?:时间|日期|期限)?(?:不变|照旧)?[,，]?(?:仍|还是|依然|依旧|照旧)(?:为|是|在)?(.+?)(?:之前|以前|前|截止)?$/;
/** What a restated due day may be made of: digits, 年月日号, weekdays, times of day. */
const DATE_WORDS = /^[\d年月日号周星期一二三四五六天本下点时分:：上午晚]+$/;
const CHOOSE = /^(?:(?:是|选|就是|应该是|应是)第?|第)([1-9一二三四五六七八九])(?:个|项|种)?(?:吧|的)?$|^(都不是|都不对|以上都不是|都不是的)$/;
/**
 * DUE_SHIFT: 时间往后推两天 / 截止延后3天 / 再宽限一周 / 提前一天 — the due day moved by so many days, not to a day named (read
 * as no change, the lead's message went unanswered). The bot counts from the request's own due day.
 */
const DUE_SHIFT = /^(?:截止|报送)?(?:时间|日期|期限)?(?:再)?(往后|向后|延后|推迟|推后|顺延|延长|延期|宽限|提前|往前)(?:推|延)?(?:个)?([一二两三四五六七八九十\d]{1,3})(?:个)?(天|日|周|星期|个星期)(?:吧)?$/;
/** The words of DUE_SHIFT that move the due day earlier. */
const EARLIER = /提前|往前/;
/** ONLY_THESE_UNITS: 此次只需各街道报送 / 仅需朱沱镇填报即可 — the units named are the only ones to report. */
const ONLY_THESE_UNITS = /^(?:此次|本次|这次)?(?:只|仅)(?:需|要|需要|由)?(.+?)(?:报送|上报|填报|报)(?:即可|就行|就可以)?$/;
/** PERIOD_MEANT: 应该是报上个月的 / 应为10月份的数据 — the period the request was meant for, said alone after 应该是. */
const PERIOD_MEANT = /^(?:应该是|应是|应为|应该)(?:报|要|统计)?(.{1,10}?)的(?:数据|数|情况)?$/;
/** SCOPE_WORDS: 不含 / 不包括 / 包括 / 含 / 除 / 扣除 — what an item counts or leaves out, said after it (see SCOPE_OF_AN_ITEM). */
const SCOPE_WORDS = /不含|不包括|不包含|不计|包括|包含|含|除了?|扣除/;
/** r3 / R3 / r3的: the number the bot gave a request, as a lead writes it in an edit. */
const REQUEST_NUMBER = /(?<![A-Za-z])[rR]\d{1,6}(?!\d)的?/g;
// (数据口径是截至11月20日的: 是 / 为 / 按 say what the period is, after a word that can only mean the period)
const PERIOD = /(?:统计期|期间|月份|时段|口径|报送期|统计时点)[^,，。]{0,4}?(?:改为|改成|调整为|是|为|按)\s*(.+)$/;


/**
 * Clause-sized withdrawal with an explicit verb, among apologies and explanations (不好意思发重复了，上一条撤回，按县局通知报).
 * 不用报了 / 取消 withdraw only after a word pointing at the request (这个不用报了，市里不要了): after an item's name they drop
 * that item (REMOVE).
 */
const WITHDRAW_CLAUSE = new RegExp(String.raw`^(?:请|麻烦)?(?:把)?${POINTER}?(?:通知|请求|任务|报送|消息)?(?:先)?(?:撤回|撤销|作废|(?<=^${POINTER}(?:通知|请求|任务|报送|消息)?(?:先)?)(?:不用报|不需要报|不报|取消))(?:了)?(?:这个|该|此|上一?条|刚才的?|刚发的?)?(?:通知|请求|任务|报送|消息|一下)?(?:吧|了)?$`);

function withdrawnInClause(t: string): boolean {
  const clauses = t.split(/[,，;；。!！]/).filter(Boolean);
  return clauses.length > 1 && clauses.some((c) => WITHDRAW_CLAUSE.test(c));
}

/** Understands a short correction message; null when it is not one. The caller checks who sent it. */
export function parseRequestEdit(text: string, ctx: ParseContext): RequestEdit | null {
  if (typeof text !== 'string') return null;
  // (撤回r1 / r1截止改为12月2日: the request's number says which request, see bot/leads.ts; the change is read without it)
  const t = prepareText(text, ctx.botName).trim().replace(/[。!！.~～]+$/, '').replace(/\s+/g, '').replace(REQUEST_NUMBER, '');
  // DUE_MOVED_NOTICE: a notice of any length that moves a due day (原定…截止时间延长至…) is a deadline edit; the day read is the new one
  if (t && t.length > 60 && looksLikeDeadlineChange(text)) {
    const found = findDeadline(prepareText(text, ctx.botName), ctx.at, ctx.timezone);
    return found ? { kind: 'deadline', deadline: found.deadline, hasTime: found.hasTime } : null;
  }
  if (!t || t.length > 60) return null;
  const parser = parserFor(ctx);

  if (WITHDRAW.test(t) || withdrawnInClause(t)) return { kind: 'withdraw' };

  const pick = CHOOSE.exec(t);
  if (pick) {
    if (pick[2]) return { kind: 'choose', choice: null };
    const n = /^\d$/.test(pick[1]!) ? Number(pick[1]) : '一二三四五六七八九'.indexOf(pick[1]!) + 1;
    if (n >= 1) return { kind: 'choose', choice: n };
  }

  const shift = DUE_SHIFT.exec(t);
  if (shift) {
    const n = /^\d+$/.test(shift[2]!) ? Number(shift[2]) : parseChineseInteger(shift[2]!);
    if (n !== null && n > 0 && n <= 60) {
      const days = n * (/周|星期/.test(shift[3]!) ? 7 : 1);
      return { kind: 'deadlineShift', days: EARLIER.test(shift[1]!) ? -days : days };
    }
  }

  const dl = DEADLINE.exec(t);
  if (dl) {
    // 截止时间改为11月23日，请核准后再报 / 截止时间改为11月30日。谢谢各位: the new date is the clause right after the verb.
    const rest = (dl[1] ?? dl[2] ?? '').split(/[,，;；。！!]/)[0]!.replace(/(?:之前|以前|前|截止)$/, '');
    const found = findDeadline(`${rest}前`, ctx.at, ctx.timezone);
    if (found) return { kind: 'deadline', deadline: found.deadline, hasTime: found.hasTime };
  }

  const still = STILL_DUE.exec(t);
  if (still && DATE_WORDS.test(still[1]!)) {
    const found = findDeadline(`${still[1]}前`, ctx.at, ctx.timezone);
    if (found) return { kind: 'deadline', deadline: found.deadline, hasTime: found.hasTime };
  }

  const period = PERIOD.exec(t);
  const meant = period ? null : PERIOD_MEANT.exec(t);
  const periodWords = (period ?? meant)?.[1];
  if (periodWords) {
    const mention = findPeriodMentions(periodWords, ctx.at, ctx.timezone)[0];
    // (PERIOD_MEANT: the words are the period and nothing more: 应该是报上个月的, not 应该是报上个月的低保户数)
    if (mention && (period || periodWords.replace(mention.text, '').replace(/[份度]/g, '') === '')) return { kind: 'period', period: mention.period };
  }

  const only = ONLY_THESE_UNITS.exec(t);
  if (only) {
    const targets = namedTargets(only[1]!, parser);
    if (targets.length) return { kind: 'keepTargets', targets };
  }

  const remove = REMOVE.exec(t);
  if (remove) {
    const what = remove[1] ?? remove[2] ?? '';
    const targets = namedTargets(what, parser);
    if (targets.length) return { kind: 'removeTargets', targets };
    const items = extractItemsFromList(what, { matcher: parser.matcher });
    if (items.fields.length) return { kind: 'removeFields', fields: items.fields };
    return null;
  }

  const add = ADD.exec(t) ?? ALSO_WANTED.exec(t);
  if (add) {
    const what = add[1]!;
    const targets = namedTargets(what, parser);
    if (targets.length) return { kind: 'addTargets', targets };
    // SCOPE_OF_AN_ITEM: 补充一下：低保人数不含分散供养特困人员 — what follows 不含 / 包括 / 除 says what an item counts, it asks
    // for nothing (特困供养人数 was added as an item to every unit); read only what comes before it
    const scope = SCOPE_WORDS.exec(what);
    const items = extractItemsFromList(scope ? what.slice(0, scope.index) : what, { matcher: parser.matcher });
    // ADDED_FOR_SOME_UNITS: 加上朱沱镇的特困供养人数 — the item is added for the units named with it, not for every unit
    const units = findTargets(what, parser.units);
    const forUnits = units.explicit ? { units: units.targets } : {};
    if (items.fields.length || items.newFields.length) return { kind: 'addFields', fields: items.fields, newFields: items.newFields, ...forUnits };
    return whichItemToAdd(what, ctx);
  }
  return null;
}

/**
 * The fields whose name holds the words of an item to add that matched none (临时救助 → 临时救助人次, 临时救助金额), to ask the
 * lead which: null when the words are too short or part of no field's name (加班 is no item at all).
 */
function whichItemToAdd(what: string, ctx: ParseContext): RequestEdit | null {
  const words = what.replace(/^(?:一下|一项|一个)?[:：]?/, '').replace(/(?:的)?(?:数据|情况|这项|这一项|一项)?$/, '');
  if (words.length < 2 || /\d/.test(words)) return null;
  const candidates = ctx.fields.filter((f) => [f.label, ...f.aliases].some((n) => n.includes(words))).map((f) => f.key);
  return candidates.length ? { kind: 'whichItemToAdd', words, candidates } : null;
}

/** Where one change of a correction ends and the next begins. */
const CHANGE_BREAK = /[,，;；。！!\n]/;
/** Words that link a second change to the first (另外加上…, 同时去掉…); the change itself follows them. */
const LINK_WORDS = /^(?:另外|同时|并且|并|还有|以及|此外|再者)/;

/**
 * SEVERAL_CHANGES: 更正：截止时间应为11月26日，另外加上特困供养人数 — a correction that makes two changes. Read whole it was one
 * change (the first the patterns met), and the lead was told only that one was made: the item was never added. Each clause is
 * read as a change of its own; when two or more are changes they are all of them, in the order said. A withdrawal or a pick
 * among offered fields is always the one change.
 */
export function parseRequestEdits(text: string, ctx: ParseContext): RequestEdit[] {
  const whole = parseRequestEdit(text, ctx);
  if (whole?.kind === 'withdraw' || whole?.kind === 'choose') return [whole];
  const clauses = prepareText(text, ctx.botName).split(CHANGE_BREAK).map((c) => withoutAttentionHead(c.trim()).replace(LINK_WORDS, '')).filter(Boolean);
  if (clauses.length < 2 && whole) return [whole];
  const read = clauses.map((c) => ({ clause: c, edit: parseRequestEdit(c, ctx) }));
  const each = read.map((r) => r.edit).filter((e): e is RequestEdit => e !== null && e.kind !== 'withdraw' && e.kind !== 'choose');
  if (whole) return each.length > 1 ? each : [whole];
  const parser = parserFor(ctx);
  return each.length > 0 && read.every((r) => r.edit !== null || besideAChange(r.clause, each) || isComment(r.clause, parser, ctx)) ? each : [];
}

/**
 * COMMENT_BESIDE_A_CHANGE: 另外朱沱镇不用报，他们已经单独报过 / 时间写错了，应该是10月的数据 — a clause that names no item, no
 * unit, no day and no figure says why, or what went wrong; it asks for nothing, so it does not keep the change beside it
 * from being made (the lead's correction went unanswered, and figures went on being filed under the period it corrected).
 */
function isComment(clause: string, parser: RequestParser, ctx: ParseContext): boolean {
  return !/\d/.test(clause) && !findTargets(clause, parser.units).explicit && parser.matcher.best(clause) === null
    && findPeriodMentions(clause, ctx.at, ctx.timezone).length === 0 && findDeadline(clause, ctx.at, ctx.timezone) === null;
}

/**
 * CHANGE_AMONG_COURTESIES: 各镇街注意，低保户数这项不用报了，只报人数 — a change said between a call to attention and a restatement
 * of what is left. Read whole it was no change, and the rest (an addressee, an item, 报) was taken for a new request asking every
 * unit the very item just dropped. A clause beside a change may only call the units' attention or thank them (ATTENTION), or,
 * after a removal, say what is still to be reported (WHAT_IS_LEFT): any other clause keeps the message from being an edit.
 */
const ATTENTION = /^(?:请|提醒)?(?:各|全体|所有)?(?:镇街|镇|乡镇|街道|村|社区|单位|位|同志|同事|部门)*(?:请)?(?:注意|知悉|周知|留意)(?:一下)?$|^(?:通知|特此通知|再次提醒|补充通知|更正)$|^(?:谢谢|感谢|辛苦)(?:了|各位|大家)*$|^(?:不好意思|抱歉|对不起)(?:各位|大家)?$|^(?:刚才|上条|上面)?(?:发错了|写错了|说错了|有误)$/;
/** 截止时间不变 / 其他不变: what the change leaves as it was; it changes nothing more. */
const LEFT_AS_IT_WAS = /^(?:截止(?:时间|日期)?|报送时间|时间|期限|其他|其余|其它|别的|其他要求)(?:都|均|仍|还是)?(?:不变|照旧|不动|按原来的?|和原来一样)$/;
const WHAT_IS_LEFT = /^(?:只|仅|就)(?:需|要|需要)?(?:报|报送|填报|填|统计|上报)/;
/** 镇不用报 beside 只需各街道报送: the units of the other kind told they are left out, which the kept units already say. */
const OTHER_KIND_LEFT_OUT = /^(?:各|其他|其余)?(?:镇|乡|乡镇|街道|村|社区)(?:都|均)?(?:不用|不需要|无需|不必)(?:再)?(?:报送|上报|填报|报)了?$/;

/** 注意：此次只需各街道报送 — a call to attention before a colon heads the change; the change is what follows it. */
function withoutAttentionHead(clause: string): string {
  const head = /^([^:：]{1,10})[:：]\s*(?=\S)/.exec(clause);
  return head && ATTENTION.test(head[1]!) ? clause.slice(head[0].length) : clause;
}

function besideAChange(clause: string, edits: RequestEdit[]): boolean {
  const c = clause.replace(/[:：]$/, '');
  return ATTENTION.test(c) || LEFT_AS_IT_WAS.test(c) || (WHAT_IS_LEFT.test(c) && edits.some((e) => e.kind === 'removeFields'))
    || (OTHER_KIND_LEFT_OUT.test(c) && edits.some((e) => e.kind === 'keepTargets'));
}

/** Units the phrase names explicitly (no fallback to "everyone"). */
function namedTargets(phrase: string, parser: RequestParser): string[] {
  const found = findTargets(phrase, parser.units);
  if (!found.explicit) return [];
  // A phrase that is only units and separators is a target edit; 加上朱沱镇低保户数 is not.
  const rest = blankSpans(phrase, found.spans).replace(/[|、,，和及与\s]|两个|三个|这|那|也/g, '');
  return rest.length <= 1 ? found.targets : [];
}
