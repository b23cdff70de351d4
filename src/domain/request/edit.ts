// A lead's correction of their last request: 截止改为12月2日, 去掉百岁老人, 加上朱沱镇, 撤回.
import { findPeriodMentions } from '../period.js';
import type { NewFieldSpec, ParseContext } from '../types.js';
import { findDeadline } from './deadline.js';
import { looksLikeDeadlineChange } from './detect.js';
import { blankSpans, extractItemsFromList } from './items.js';
import { parserFor, type RequestParser } from './parse.js';
import { findTargets } from './targets.js';
import { prepareText } from '../text/normalize.js';

export type RequestEdit =
  | { kind: 'deadline'; deadline: Date; hasTime: boolean }
  | { kind: 'removeFields'; fields: string[] }
  | { kind: 'addFields'; fields: string[]; newFields: NewFieldSpec[] }
  | { kind: 'addTargets'; targets: string[] }
  | { kind: 'removeTargets'; targets: string[] }
  | { kind: 'period'; period: string }
  /** 是第2个 / 选1 / 都不是: the lead's pick among the fields offered for an item; `choice` null for none of them. */
  | { kind: 'choose'; choice: number | null }
  | { kind: 'withdraw' };

const WITHDRAW = /^(?:请|麻烦)?(?:把)?(?:这个|该|此|上一?条|刚才的?|刚发的?|前面的?)?(?:通知|请求|任务|报送)?(?:先)?(?:撤回|撤销|作废|取消|不用报了|不报了)(?:了)?(?:这个|该|此|上一?条|刚才的?|刚发的?)?(?:通知|请求|任务|报送|一下)?(?:吧|了)?$/;
const DEADLINE = /(?:截止|截至|期限|时限|报送时间|时间|日期|延期|延长|推迟|提前)[^,，。]{0,6}?(?:改为|改到|改成|调整为|调整到|调到|延至|延长至|延长到|延期到|延期至|延到|推迟到|推迟至|推到|提前到|提前至|为)\s*(.+)$|^(?:延期|延长|推迟)(?:到|至)\s*(.+)$/;
const REMOVE = /^(?:请|麻烦)?(?:再)?(?:去掉|删除|删去|删掉|去除|减去|拿掉|不用报|不需要报|不要|取消)(.+)$|^(.+?)(?:不用报了?|不需要报了?|不报了|去掉|删掉|删除)$/;
const ADD = /^(?:请|麻烦)?(?:再)?(?:加上|增加|添加|补充|追加|再加|加)(?:上)?(.+)$/;
const CHOOSE = /^(?:(?:是|选|就是|应该是|应是)第?|第)([1-9一二三四五六七八九])(?:个|项|种)?(?:吧|的)?$|^(都不是|都不对|以上都不是|都不是的)$/;
const PERIOD = /(?:统计期|期间|月份|时段|口径|报送期)[^,，。]{0,4}?(?:改为|改成|调整为)\s*(.+)$/;


/** Clause-sized withdrawal with an explicit verb, among apologies and explanations (不好意思发重复了，上一条撤回，按县局通知报). */
const WITHDRAW_CLAUSE = /^(?:请|麻烦)?(?:把)?(?:这个|该|此|上一?条|刚才的?|刚发的?|前面的?)?(?:通知|请求|任务|报送|消息)?(?:先)?(?:撤回|撤销|作废)(?:了)?(?:这个|该|此|上一?条|刚才的?|刚发的?)?(?:通知|请求|任务|报送|消息|一下)?(?:吧|了)?$/;

function withdrawnInClause(t: string): boolean {
  const clauses = t.split(/[,，;；。!！]/).filter(Boolean);
  return clauses.length > 1 && clauses.some((c) => WITHDRAW_CLAUSE.test(c));
}

/** Understands a short correction message; null when it is not one. The caller checks who sent it. */
export function parseRequestEdit(text: string, ctx: ParseContext): RequestEdit | null {
  if (typeof text !== 'string') return null;
  const t = prepareText(text, ctx.botName).trim().replace(/[。!！.~～]+$/, '').replace(/\s+/g, '');
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

  const dl = DEADLINE.exec(t);
  if (dl) {
    // 截止时间改为11月23日，请核准后再报 / 截止时间改为11月30日。谢谢各位: the new date is the clause right after the verb.
    const rest = (dl[1] ?? dl[2] ?? '').split(/[,，;；。！!]/)[0]!.replace(/(?:之前|以前|前|截止)$/, '');
    const found = findDeadline(`${rest}前`, ctx.at, ctx.timezone);
    if (found) return { kind: 'deadline', deadline: found.deadline, hasTime: found.hasTime };
  }

  const period = PERIOD.exec(t);
  if (period) {
    const mention = findPeriodMentions(period[1]!, ctx.at, ctx.timezone)[0];
    if (mention) return { kind: 'period', period: mention.period };
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

  const add = ADD.exec(t);
  if (add) {
    const what = add[1]!;
    const targets = namedTargets(what, parser);
    if (targets.length) return { kind: 'addTargets', targets };
    const items = extractItemsFromList(what, { matcher: parser.matcher });
    if (items.fields.length || items.newFields.length) return { kind: 'addFields', fields: items.fields, newFields: items.newFields };
  }
  return null;
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
  if (!whole || whole.kind === 'withdraw' || whole.kind === 'choose') return whole ? [whole] : [];
  const clauses = prepareText(text, ctx.botName).split(CHANGE_BREAK).map((c) => c.trim().replace(LINK_WORDS, '')).filter(Boolean);
  if (clauses.length < 2) return [whole];
  const each = clauses.map((c) => parseRequestEdit(c, ctx)).filter((e): e is RequestEdit => e !== null && e.kind !== 'withdraw' && e.kind !== 'choose');
  return each.length > 1 ? each : [whole];
}

/** Units the phrase names explicitly (no fallback to "everyone"). */
function namedTargets(phrase: string, parser: RequestParser): string[] {
  const found = findTargets(phrase, parser.units);
  if (!found.explicit) return [];
  // A phrase that is only units and separators is a target edit; 加上朱沱镇低保户数 is not.
  const rest = blankSpans(phrase, found.spans).replace(/[|、,，和及与\s]|两个|三个|这|那|也/g, '');
  return rest.length <= 1 ? found.targets : [];
}
