// A notice that is a request by its anatomy but whose items the bot cannot read: nothing is invented and no unit is asked.
// The lead is asked once to list the items; the notice is kept, and the lead's next message that lists items is read as
// its items, with the notice's own period, due day and units (the request then goes out as if it had been read whole).
import { parserFor } from '../domain/request/parse.js';
import type { ParseContext, ParsedRequest } from '../domain/types.js';
import type { RequestRecord } from '../store/requests.js';
import { answer, type BotDeps, type Turn } from './context.js';
import { acceptRequest } from './requests.js';

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
  answer(deps, turn, {
    text: `收到“${held.title}”，但没认出要报哪些项目，暂未登记，也没有询问任何人。请列出要报的项目（如：低保户数、特困人数）。`,
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
 * The lead's answer to the question: the items it lists become the kept notice's items. A message that is a notice of its
 * own is not the answer (a title or an addressee line, a due day or a period of its own, a notice caught as unread itself),
 * nor one that lists nothing; false then.
 */
export function completeUnreadNotice(deps: BotDeps, turn: Turn, ctx: ParseContext, own: ParsedRequest | null): boolean {
  const held = awaitingItems(deps, turn.member.id, turn.now);
  if (!held || (own && (own.deadline || own.period)) || looksLikeNotice(turn.text)) return false;
  const items = parserFor(ctx).listedItems(turn.text);
  if (!items.fields.length && !items.newFields.length) return false;
  deps.store.requests.update(held.id, { status: 'read' });
  acceptRequest(deps, turn, {
    department: held.department, title: held.title, fields: items.fields, newFields: items.newFields, period: held.period,
    deadline: held.deadline, deadlineHasTime: held.deadlineHasTime, targets: held.targets,
  }, held.messageId);
  return true;
}

/** 关于…的通知 / 各镇人民政府： / a long text: the shape of a notice of its own, not of a short list of items. */
function looksLikeNotice(text: string): boolean {
  const lines = text.trim().split('\n');
  return text.length > 120 || lines.some((l) => /^\s*(?:【[^】]*】)?\s*关于.*(?:通知|函)\s*$|^\s*各[^，。]{1,30}[:：]\s*$/.test(l));
}
