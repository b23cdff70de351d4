// A notice that is a request by its anatomy but whose items the bot cannot read: nothing is invented and no unit is asked.
// The lead is asked once to list the items; the notice is kept, and the lead's next message that lists items is read as
// its items, with the notice's own period, due day and units (the request then goes out as if it had been read whole).
import { describePeriod, findPeriodMentions } from '../domain/period.js';
import { findDeadline } from '../domain/request/deadline.js';
import { parserFor } from '../domain/request/parse.js';
import type { RequestEdit } from '../domain/request/edit.js';
import type { ParseContext, ParsedRequest } from '../domain/types.js';
import type { RequestRecord } from '../store/requests.js';
import { answer, type BotDeps, type Turn } from './context.js';
import { acceptRequest } from './requests.js';
import { formatDeadline } from './render.js';

/** Keeps a channel notice whose items were not read and asks its lead for them; false when the message is no such notice. */
export function holdUnreadNotice(deps: BotDeps, turn: Turn, ctx: ParseContext): boolean {
  if (turn.message.chat.kind !== 'channel') return false;
  const held = parserFor(ctx).parseUnread(turn.text, turn.member, ctx.at);
  if (!held) return false;
  const id = deps.store.requests.add({
    messageId: turn.lineId, memberId: turn.member.id, department: held.department, title: held.title, fields: [], newFields: [],
    period: held.period, deadline: held.deadline, deadlineHasTime: held.deadlineHasTime, targets: held.targets, createdAt: turn.now,
  });
  deps.store.requests.update(id, { status: 'unread' });
  deps.store.audit.record(turn.now, turn.member.id, 'request.unread', `r${id}`, { parsed: held });
  // (低保、特困数据: the kinds that each cover several items are named, so the lead sees what was not clear)
  const kinds = held.unreadKinds?.map((k) => `“${k}”`).join('');
  const why = kinds ? `${kinds}各含多个项目，不知道要报其中哪些` : '没认出要报哪些项目';
  answer(deps, turn, {
    text: `收到“${held.title}”，但${why}，暂未登记，也没有询问任何人。请列出要报的项目（如：低保户数、特困人数）。`,
    mentions: [turn.member.id],
  });
  return true;
}

/**
 * The sender's kept unread notice, when it is still the latest thing they posted as a request and still open: until its due
 * day has passed, or for 7 days when it states none (as a collection stays open).
 */
export function awaitingItems(deps: BotDeps, memberId: string, now: Date): RequestRecord | undefined {
  const last = deps.store.requests.lastBy(memberId);
  if (last?.status !== 'unread') return undefined;
  const until = last.deadline ?? new Date(last.createdAt.getTime() + 7 * 86_400_000);
  return until.getTime() > now.getTime() ? last : undefined;
}

/**
 * EDIT_OF_AN_UNREAD_NOTICE: an edit (截止改为12月2日, 撤回) from a lead whose only request is a notice still waiting for its
 * items. 撤回 withdraws the notice (nobody was asked); any other edit is not applied, and the lead hears why and what to
 * send first, never that they posted no request. False when no such notice waits.
 */
export function answerEditOfUnread(deps: BotDeps, turn: Turn, edit: RequestEdit): boolean {
  const held = awaitingItems(deps, turn.member.id, turn.now);
  if (!held) return false;
  if (edit.kind === 'withdraw') {
    deps.store.requests.update(held.id, { status: 'withdrawn' });
    deps.store.audit.record(turn.now, turn.member.id, 'request.edit.withdraw', `r${held.id}`, {});
    answer(deps, turn, `已撤回“${held.title}”。它还没有登记，也没有询问任何人。`);
    return true;
  }
  answer(deps, turn, `“${held.title}”还没有登记（没认出要报哪些项目），这条修改暂未生效。请先列出要报的项目（如：低保户数、特困人数），登记后再改。`);
  return true;
}

/**
 * The lead's answer to the question: the items it lists become the kept notice's items, and the lead is told the message
 * was taken so. Only a listing answers (LISTING_ANSWERS): every piece of the message, between list marks, is the name of an
 * item the dictionary knows. A message that names no item alone (特困人数的表格格式有变化, a new topic naming an item) or is
 * a notice of its own (a title or an addressee line, a due day or a period of its own) is not the answer, and the notice
 * still waits; false then. A listing with a piece the dictionary does not know takes nothing and says which piece.
 */
export function completeUnreadNotice(deps: BotDeps, turn: Turn, ctx: ParseContext, own: ParsedRequest | null): boolean {
  const held = awaitingItems(deps, turn.member.id, turn.now);
  if (!held || looksLikeNotice(turn.text)) return false;
  // PERIOD_IN_A_LISTING: a message with a period of its own (请报送2026年11月的低保户数、特困人数) answers the question only
  // when that question is the bot's last word to the lead; else it is a request of its own
  if (own?.period && deps.store.messages.lastAnsweredOf(turn.member.id, held.messageId, turn.lineId) !== held.messageId) return false;
  // DUE_DAY_IN_A_LISTING: 低保户数、特困人数，12月5日前报: the listing carries the notice's due day
  // (or in brackets after an item, which the request parser does not read as a request: 特困人数（12月5日前）)
  const found = findDeadline(turn.text, ctx.at, ctx.timezone);
  const due = own?.deadline ? { deadline: own.deadline, hasTime: own.deadlineHasTime }
    : found ? { deadline: found.deadline, hasTime: found.hasTime } : null;
  const listing = found ? `${turn.text.slice(0, found.start)} ${turn.text.slice(found.end)}` : turn.text;
  const { keys: fields, unknown, periods } = listedKnownItems(ctx, due ? listing : turn.text, !!due);
  if (!fields.length) return false;
  // PERIOD_IN_A_LISTING: the period the listing names is the request's (the lead's later word over the notice's); two
  // periods named beside a listing without a request's own reading are no answer (never one picked)
  const period = own?.period ?? (periods.length === 1 ? periods[0]! : periods.length ? undefined : held.period);
  if (period === undefined) return false;
  if (unknown.length) {
    // 低保户数、困难群众户数: an answer, but with a piece the dictionary does not know; nothing is taken, the lead is told
    answer(deps, turn, `“${held.title}”还没有登记：「${unknown.join('」「')}」不是已有数据项的名称。请只列出要报的项目（如：低保户数、特困人数）。`);
    return true;
  }
  deps.store.requests.update(held.id, { status: 'read' });
  acceptRequest(deps, turn, {
    department: held.department, title: held.title, fields, newFields: [], period,
    deadline: due?.deadline ?? held.deadline, deadlineHasTime: due ? due.hasTime : held.deadlineHasTime, targets: held.targets,
  }, held.messageId);
  const names = fields.map((f) => deps.store.fields.get(f)?.label ?? f).join('、');
  answer(deps, turn, `你列出的${names}已作为“${held.title}”要报的项目${period !== held.period ? periodSaid(held, period) : ''}${due ? dueSaid(deps, held, due) : ''}。`);
  return true;
}

/**
 * DUE_DAY_IN_A_LISTING: the due day a lead's listing gives is the request's deadline (the lead's later word over the
 * notice's), and the lead is told so — with the notice's own day when it stated another.
 */
function dueSaid(deps: BotDeps, held: RequestRecord, due: { deadline: Date; hasTime: boolean }): string {
  const tz = deps.settings().timezone;
  const said = formatDeadline(due.deadline, due.hasTime, tz);
  if (!held.deadline || held.deadline.getTime() === due.deadline.getTime()) return `，截止时间为${said}`;
  return `，截止时间按你说的改为${said}（通知原写${formatDeadline(held.deadline, held.deadlineHasTime, tz)}）`;
}

/** PERIOD_IN_A_LISTING: the period a lead's listing gives, said back, with the notice's own when it stated one. */
function periodSaid(held: RequestRecord, period: string | null): string {
  return `，时期为${describePeriod(period)}${held.period ? `（通知原写${describePeriod(held.period)}）` : ''}`;
}

/** 要报的项目： / 要报 / 报送 before the list (要报低保户数和特困人数). */
const LIST_INTRO = /^(?:请)?(?:(?:要报|需报|需要报|报送|上报)(?:的)?(?:项目|数据项)?(?:是|有|为)?|(?:项目|数据项))[:：]?/;
/** The marks between the items of a list: 、，；, spaces, line breaks, 和 / 及 / 以及 / 与. */
const LIST_MARKS = /[、，,；;\s]+|以及|和|及|与/;
/** 1. / 1、 / （1） / ① before an item. */
const NUMBERING = /^(?:\d{1,2}[.．、)）]|[（(]\d{1,2}[)）]|[①-⑩])\s*/;

/**
 * DUE_DAY_IN_A_LISTING: a piece of a listing that says when (a day of the month, a weekday, 月底, 明天, a clock time),
 * when the request parser read a due day in the message; and such words in brackets after an item (特困人数（12月5日前）).
 */
const DUE_WORDS = /\d{1,2}\s*(?:月|日|号|[:：]\d{2}|点)|[月周]底|[本下]周|周[一二三四五六日天]|星期|今天|明天|后天|截止|之前|前报|前上报|前报送/;
const DUE_IN_BRACKETS = /[（(][^）)]*(?:\d{1,2}\s*(?:月|日|号)|[月周]底|周[一二三四五六日天]|截止)[^）)]*[）)]/g;

/**
 * How closely a piece must match an item to be its name and nothing more: 特困人数 and 报送低保户数 score 1, while 低保户数的表格
 * (.92) or 各镇街报送低保户数 (.91) say more than the item, and 低保户数要核准 (.71) is a sentence about it.
 */
const NAME_ALONE = 0.97;

/**
 * LISTING_ANSWERS: the dictionary's items a message lists, and the pieces between its list marks that are no item's name
 * alone (other words, an item the dictionary does not know).
 */
function listedKnownItems(ctx: ParseContext, text: string, hasDue = false): { keys: string[]; unknown: string[]; periods: string[] } {
  const body = text.trim().replace(/[。.！!]+$/, '').replace(LIST_INTRO, '');
  const pieces = body.split(LIST_MARKS).map((p) => p.replace(NUMBERING, '').trim())
    // DUE_DAY_IN_A_LISTING: the due day's words (12月5日前报送 / 截止12月5日 / （12月5日前）) are no item, and are read as
    // the deadline by the caller
    .map((p) => (hasDue ? p.replace(DUE_IN_BRACKETS, '').replace(/[（(]\s*[）)]/g, '').trim() : p))
    .filter((p) => p && !(hasDue && DUE_WORDS.test(p)));
  const { matcher } = parserFor(ctx);
  const keys: string[] = [];
  const unknown: string[] = [];
  const periods: string[] = [];
  const itemAlone = (piece: string): string | undefined => {
    // the whole piece is one item's name: it matches that item as closely as the name itself, and no other as well
    const [top, second] = matcher.match(piece, NAME_ALONE);
    return top && !(second && second.score >= top.score - 0.05) ? top.field.key : undefined;
  };
  for (const piece of pieces) {
    // PERIOD_IN_A_LISTING: 2026年11月的低保户数 / 特困人数（第三季度） / 报11月的: a piece may name a period beside an item
    // (or beside nothing); the period is the listing's, and what is left is read as any piece is. A piece that is an
    // item's name alone only with its period words (a name that holds them) keeps them: no period is taken from it.
    const said = periodsIn(piece, ctx);
    const key = itemAlone(piece);
    const rest = said.length ? withoutPeriods(piece, said) : piece;
    const restKey = said.length && rest ? itemAlone(rest) : key;
    if (said.length && (!key || restKey === key)) {
      for (const m of said) if (!periods.includes(m.period)) periods.push(m.period);
    }
    const found = key ?? restKey;
    if (found) {
      if (!keys.includes(found)) keys.push(found);
    } else if (rest && !saysNoItem(rest, matcher)) unknown.push(rest);
  }
  return { keys, unknown, periods };
}

/** The periods a piece of a listing names (none when the period reader fails on it). */
function periodsIn(piece: string, ctx: ParseContext): Array<{ index: number; text: string; period: string }> {
  try {
    return findPeriodMentions(piece, ctx.at, ctx.timezone);
  } catch {
    return [];
  }
}

/** A piece with its period words left out, and the 的 / brackets / colon they leave (2026年11月的低保户数: 低保户数). */
function withoutPeriods(piece: string, said: ReadonlyArray<{ index: number; text: string }>): string {
  let out = '';
  let from = 0;
  for (const m of said) {
    out += `${piece.slice(from, m.index)} `;
    from = m.index + m.text.length;
  }
  out += piece.slice(from);
  return out.replace(/[（(]\s*(?:的)?\s*[）)]/g, ' ').replace(/(?:^|\s)的|的(?:\s|$)/g, ' ').replace(/[:：]\s*$/, '').trim();
}

/**
 * NO_ITEM_WORD: 请大家抓紧 / 谢谢 / 辛苦了 after the items: a piece with no word an item is named by (a count, a rate, an
 * amount, a form) that resembles no item even loosely is a word to the units, not an item; the listing is read without it.
 */
const ITEM_WORD = /数|率|量|额|面积|人次|情况|户|人员|名单|清单|台账|表|收入|产值|价格|金额|元|亩|吨/;
const LOOSELY = 0.6;

function saysNoItem(piece: string, matcher: ReturnType<typeof parserFor>['matcher']): boolean {
  return !ITEM_WORD.test(piece) && matcher.match(piece, LOOSELY).length === 0;
}

/** 关于…的通知 / 各镇人民政府： / a long text: the shape of a notice of its own, not of a short list of items. */
function looksLikeNotice(text: string): boolean {
  const lines = text.trim().split('\n');
  return text.length > 120 || lines.some((l) => /^\s*(?:【[^】]*】)?\s*关于.*(?:通知|函)\s*$|^\s*各[^，。]{1,30}[:：]\s*$/.test(l));
}
