// What a lead or admin posts: a new request, or a correction of their latest one.
import { parseRequestEdits, type RequestEdit } from '../domain/request/edit.js';
import { dueMoveSentences, findDeadline } from '../domain/request/deadline.js';
import { parseMentionedItems, parseRequest, parserFor, readReminder, readReminderAsAsk } from '../domain/request/parse.js';
import { unitNamesIn } from '../domain/request/targets.js';
import { formsNamedOnly } from '../domain/request/unread-forms.js';
import { requestTitle } from '../domain/request/title.js';
import type { ParseContext, ParsedRequest } from '../domain/types.js';
import { describePeriod } from '../domain/period.js';
import { askedCount, cancelUnneededAsks, itemDeadlines, refreshCollection, type AskPlan } from './collect.js';
import { nextUsableBatch } from './batches.js';
import { announceIfComplete } from './completion.js';
import { answer, type BotDeps, type Turn } from './context.js';
import { askForRequest, placeRequest } from './placement.js';
import { departmentName, fieldLabel, formatDeadline, listNames, unitName } from './render.js';
import { acceptRequest, askedText, registerNewField } from './requests.js';
import type { RequestRecord } from '../store/requests.js';
import { counted } from '../store/work-counts.js';
import { answerEditOfUnread, awaitingItems, completeUnreadNotice, holdUnreadNotice } from './unread-notices.js';
import { answerQuery } from './query.js';
import { answerProgressQuestion, isChannelProgressQuestion, PROGRESS_QUESTION } from './progress.js';
import { answerRecheck } from './recheck.js';
import { answerStandingRule } from './standing-rule.js';
import { owingUnits } from './digest-data.js';

export function parseContext(deps: BotDeps, at: Date): ParseContext {
  const s = deps.settings();
  return counted('parse context', () => ({ roster: deps.store.roster.snapshot(), fields: deps.store.fields.matchable(), at, timezone: s.timezone, botName: s.botName }));
}

/** True when the message was a request or an edit (and was answered). */
export function handleLeadMessage(deps: BotDeps, turn: Turn): boolean {
  const ctx = parseContext(deps, turn.message.at);
  // (@报数助手 各镇街养老机构床位数: a mention naming only items, whom and when is the ask it leaves its verb out of)
  let parsed = counted('parse request (lead)', () => parseRequest(turn.text, turn.member, ctx)
    ?? (turn.message.mentionsBot ? parseMentionedItems(turn.text, turn.member, ctx) : null));
  if (answerChannelQuery(deps, turn) || answerChannelProgressQuestion(deps, turn) || runChannelCommand(deps, turn)) return true;
  // RECHECK_ASKED: 朱沱镇的低保人数好像不对，请核实后重报 — figures on file doubted, not a new request for them
  if (answerRecheck(deps, turn, ctx, parsed)) return true;
  if (completeUnreadNotice(deps, turn, ctx, parsed)) return true;
  if (parsed) {
    parsed = addOnToTheLast(deps, turn, ctx, parsed);
    // NUDGE_BEFORE_AN_ADDED_ITEM: …还没报的抓紧。另外再加一项：… — the nudge is about what was open before this message
    const nudged = parsed.nudge ? nudgeAnswer(deps, turn, ctx, parsed.department) : null;
    const open = repostOf(deps, turn, parsed) ?? (parsed.reminder ? remindedOf(deps, turn, parsed) : undefined);
    if (open) answerRepost(deps, turn, open);
    else {
      const moved = movedDeadlineOf(deps, turn, parsed);
      if (moved.length) answerMovedDeadline(deps, turn, parsed, moved);
      else if (onlyMovesADueDay(deps, turn.text, parsed)) answerNothingToMove(deps, turn, parsed.fields);
      else acceptRequest(deps, turn, parsed);
    }
    if (nudged) answer(deps, turn, nudged);
    return true;
  }
  const edits = counted('parse request edit', () => parseRequestEdits(turn.text, ctx));
  const edit = edits[0];
  if (!edit) {
    // Read as a reminder once (the message is no request: `parsed` is null), for linking it and, failing that, answering it.
    const reminder = readReminder(turn.text, turn.member, ctx, parsed);
    return linkReminder(deps, turn, ctx, reminder) || askForUnreadItems(deps, turn) || holdUnreadNotice(deps, turn, ctx) || answerUnlinkedReminder(deps, turn, reminder, ctx)
      || answerStandingRule(deps, turn);
  }
  const last = edit.kind === 'choose' ? choiceTarget(deps, turn.member.id) : editTarget(deps, turn.member.id, turn.text);
  // DUE_MOVE_WITH_NOTHING_OPEN: 原定本周五前报送的低保户数…调整为下周二 with no open request for 低保户数 moves no other request
  // (a correction that also adds items, 截止时间应为11月26日，另外加上特困供养人数, names them to add them: SEVERAL_CHANGES)
  if (last && edits.length === 1 && edit.kind === 'deadline' && !namesItemsOf(deps, last, turn.text)) {
    const named = deps.store.fields.matchable().filter((f) => [f.label, ...f.aliases].some((n) => n.length >= 2 && turn.text.includes(n)));
    if (named.length) {
      answerNothingToMove(deps, turn, named.map((f) => f.key));
      return true;
    }
  }
  if (!last) {
    if (answerEditOfUnread(deps, turn, edit)) return true;
    answer(deps, turn, '你还没有发布过数据需求，没有可以修改的内容。');
    return true;
  }
  // A notice for several periods is one request per period: the edit applies to each, and is confirmed once.
  const [first, ...others] = deps.store.requests.activeBy(turn.member.id).filter((r) => r.messageId === last.messageId);
  for (const change of edits) {
    for (const r of others) applyEdit(deps, turn, r.id, change, true);
    applyEdit(deps, turn, (first ?? last).id, change);
  }
  return true;
}

/**
 * LEAD_QUERY: 查询 本月 低保户数 / 低保户数报了多少 / 本月低保户数是多少？ in the channel, without an @ to the bot. A query
 * hands nothing in (no 报送 / 上报 / 填报 / 提交 and no due day) and asks for figures the pool holds, naming an item the
 * dictionary knows: it is meant for the bot, which answers it from the pool as the 查询 command does when addressed.
 * It is never the listing of a notice waiting for its items (QUERY_NOT_A_LISTING): that notice keeps waiting, and when
 * the bot's last word to the lead was its question for the items, the lead is told so in the same answer.
 */
const CHANNEL_QUERY = [/^(?:查询|查一下|查查)\s*(.+)$/, /^(.+?)(?:是)?多少[？?]?$/];
/** The words of a hand-in: a query names none of them. */
const HAND_IN = /报送|上报|填报|报来|提交|请各|各[镇乡街村]|截止|之前|前报/;

function answerChannelQuery(deps: BotDeps, turn: Turn): boolean {
  if (turn.message.chat.kind !== 'channel') return false;
  const text = turn.text.trim();
  if (text.includes('\n') || text.length > 40 || HAND_IN.test(text)) return false;
  const s = deps.settings();
  if (findDeadline(text, turn.message.at, s.timezone)) return false;
  const match = CHANNEL_QUERY.map((p) => p.exec(text)).find((m) => m !== null);
  if (!match || !deps.parsers.fieldMatcher().match(match[1]!).length) return false;
  let said = '';
  answerQuery(deps, { member: turn.member, text, match, at: turn.message.at, now: turn.now, reply: (m) => { said = typeof m === 'string' ? m : m.text; } });
  const held = awaitingItems(deps, turn.member.id, turn.now);
  const asked = held && deps.store.messages.lastAnsweredOf(turn.member.id, held.messageId, turn.lineId) === held.messageId;
  answer(deps, turn, asked ? `${said}\n“${held.title}”还没有登记，仍在等你列出要报的项目（如：低保户数、特困人数）。` : said);
  return true;
}

/**
 * LEAD_COMMAND_IN_THE_CHANNEL: 导出 / 进度 / 台账 typed by a lead in the channel without an @ went unanswered (read as chatter):
 * these words speak to the bot wherever they are said, so the commands marked `unaddressed` are run as when addressed.
 */
function runChannelCommand(deps: BotDeps, turn: Turn): boolean {
  if (turn.message.chat.kind !== 'channel' || turn.message.mentionsBot) return false;
  return deps.commands.run({
    member: turn.member, text: turn.text.trim(), at: turn.message.at, now: turn.now, reply: (message) => void answer(deps, turn, message),
  }, { unaddressed: true });
}

/** The words of an add-on to what was asked just before: 也, 一并, 一起, 同时, 补充, 再加, 还要. */
const ALSO = /也|一并|一起|同时|补充|再加|追加|还要|另外/;

/**
 * ADD_ON_TO_THE_LAST: 补充一下，特困供养人数也一并报一下 / 临时救助的也要 — a short add-on to the lead's latest open request
 * that names items and nothing else (no period, no due day, no unit) asks for them for that request's period, due day and
 * units. Read alone it had none: it was registered as 不限期 with no due day, asked apart from the request it adds to.
 */
function addOnToTheLast(deps: BotDeps, turn: Turn, ctx: ParseContext, parsed: ParsedRequest): ParsedRequest {
  const text = turn.text.trim();
  if (text.includes('\n') || text.length > 40 || !ALSO.test(text)) return parsed;
  if (parsed.period !== null || parsed.periods || parsed.deadline || parsed.deadlineVague || parsed.periodFormless) return parsed;
  if (unitNamesIn(text, parserFor(ctx).units).length) return parsed;
  const last = deps.store.requests.activeBy(turn.member.id).at(-1);
  if (!last || last.department !== parsed.department) return parsed;
  return { ...parsed, period: last.period, deadline: last.deadline, deadlineHasTime: last.deadlineHasTime, targets: last.targets };
}

/**
 * CHANNEL_PROGRESS_QUESTION: 还有哪些镇街没报？ / 还差谁 posted in the channel without an @: the lead asks the channel who has
 * reported, and the bot is the one that knows. Unanswered, it read as chatter (or, worded one way, as a reminder).
 */
function answerChannelProgressQuestion(deps: BotDeps, turn: Turn): boolean {
  if (turn.message.chat.kind !== 'channel' || !isChannelProgressQuestion(turn.text.trim())) return false;
  const text = turn.text.trim();
  answerProgressQuestion(deps, {
    member: turn.member, text, match: PROGRESS_QUESTION.exec(text)!, at: turn.message.at, now: turn.now,
    reply: (message) => void answer(deps, turn, message),
  });
  return true;
}

/**
 * A repost or re-ask of one of the sender's open requests: the same department, items and units, its period or none (a
 * re-ask without a period inherits the open one's), and its deadline or none. A re-ask that changes the items or the
 * units (…两个街道明天中午前先报体检人数) is a request of its own and joins the collection; one that changes only the
 * deadline moves the open one's (REPOST_MOVES_THE_DEADLINE, movedDeadlineOf). A notice for several periods (当日价格、
 * 前一日销售额) repeats one only when every period it asks for is open with the same ask.
 */
function repostOf(deps: BotDeps, turn: Turn, parsed: ParsedRequest): RequestRecord | undefined {
  if (parsed.newFields.length || !parsed.fields.length) return undefined;
  const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
  const openFor = (period: string | null) => deps.store.requests.repostCandidates(turn.member.id, parsed.department, period, parsed.deadline, turn.now)
    .find((r) => same(parsed.fields, r.fields) && same(parsed.targets, r.targets));
  // a notice for several periods repeats an open one only when each of its periods is open with the same ask
  const repeated = (parsed.periods ?? [parsed.period]).map(openFor);
  return repeated.every(Boolean) ? repeated[0] : undefined;
}

/**
 * REPOST_MOVES_THE_DEADLINE: the same notice posted again by its lead (the same department, items, units and period)
 * with another due day (11月30日前 → 12月2日前, or a due day where the first named none) is the same ask with its
 * deadline moved, not a second one: a second request would count the same ask twice (the digest, 减负) and leave the
 * first deadline standing for reminders and escalation. The open requests it moves (one per period), or none.
 */
function movedDeadlineOf(deps: BotDeps, turn: Turn, parsed: ParsedRequest): RequestRecord[] {
  const due = parsed.deadline;
  if (!due || parsed.newFields.length || !parsed.fields.length) return [];
  const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
  const openFor = (period: string | null) => deps.store.requests.repostCandidates(turn.member.id, parsed.department, period, null, turn.now)
    .find((r) => same(parsed.fields, r.fields) && same(parsed.targets, r.targets) && r.deadline?.getTime() !== due.getTime());
  const moved = (parsed.periods ?? [parsed.period]).map(openFor);
  return moved.every(Boolean) ? (moved as RequestRecord[]) : [];
}

/**
 * DUE_MOVE_WITH_NOTHING_OPEN: 原定周五报送的低保户数调整为下周二 when none of the lead's open requests asks for those items (or
 * they have none): every item the message asks for is named in a sentence that moves an old due day (dueMoveSentences), so the
 * message changes a request, it asks nothing of its own. The lead is told no open request was found and nothing changed;
 * no request is made up from it. (A notice that goes on to ask for items outside that sentence is a request as before.)
 */
function onlyMovesADueDay(deps: BotDeps, text: string, parsed: ParsedRequest): boolean {
  if (parsed.newFields.length || !parsed.fields.length) return false;
  const moves = dueMoveSentences(text);
  if (!moves.length) return false;
  return parsed.fields.every((k) => {
    const f = deps.store.fields.get(k);
    return Boolean(f && [f.label, ...f.aliases].some((n) => n.length >= 2 && moves.some((s) => s.includes(n))));
  });
}

function answerNothingToMove(deps: BotDeps, turn: Turn, fields: string[]): void {
  const items = listNames(fields.map((k) => fieldLabel(deps.store.fields, k)));
  answer(deps, turn, `没有找到你发布的、还在报送中的“${items}”需求，截止时间没有修改，也没有登记新的需求。如需发布新的报送要求，请发完整通知（报送事项、截止时间、报送单位）。`);
}

/**
 * The lead hears that the repost moved the deadline of the request(s) it repeats (or why it did not: a due day already
 * gone); each member asked (an ask already sent and still open) whose item's due time changes is told once, in one DM.
 */
function answerMovedDeadline(deps: BotDeps, turn: Turn, parsed: ParsedRequest, moved: RequestRecord[]): void {
  const { store } = deps;
  const tz = deps.settings().timezone;
  const due = parsed.deadline!;
  const ids = moved.map((r) => `r${r.id}`).join('、');
  const was = formatDeadline(moved[0]!.deadline, moved[0]!.deadlineHasTime, tz);
  const said = formatDeadline(due, parsed.deadlineHasTime, tz);
  if (due.getTime() <= turn.now.getTime()) {
    store.audit.record(turn.now, turn.member.id, 'request.repost', ids, {});
    answer(deps, turn, `这是 ${ids}（${moved[0]!.title}）的再次通知，不另登记。通知写的截止时间${said}已经过了，截止时间没有修改（仍为${was}）；如需修改，请说“截止改为…”。`);
    return;
  }
  const collections = [...new Set(moved.map((r) => r.collectionId!))];
  const before = itemDeadlines(deps);
  const asks = collections.flatMap((c) => store.asks.ofCollection(c)).filter((a) => a.status === 'open' && a.sentAt !== null);
  const wasDue = new Map(asks.map((a) => [a.id, before(a.collectionId, a.unit, a.field)?.getTime() ?? null]));
  for (const r of moved) {
    store.requests.update(r.id, { deadline: due, deadlineHasTime: parsed.deadlineHasTime });
    store.audit.record(turn.now, turn.member.id, 'request.edit.deadline', `r${r.id}`, { kind: 'deadline', deadline: due, hasTime: parsed.deadlineHasTime, repost: true });
  }
  for (const c of collections) refreshCollection(deps, c);
  const after = itemDeadlines(deps);
  const roster = store.roster.snapshot();
  const byMember = new Map<string, string[]>();
  for (const a of asks) {
    const now = after(a.collectionId, a.unit, a.field);
    if ((now?.getTime() ?? null) === wasDue.get(a.id) || !now) continue;
    const item = `${unitName(roster, a.unit)}${fieldLabel(store.fields, a.field)}`;
    byMember.set(a.memberId, [...new Set([...(byMember.get(a.memberId) ?? []), item])]);
  }
  let told = 0;
  let quiet = 0;
  for (const [memberId, items] of byMember) {
    if (nextUsableBatch(deps, memberId, turn.now).capped) { quiet++; continue; }
    deps.outbound.say({ kind: 'dm', memberId }, {
      text: `${departmentName(roster, parsed.department)}重发了“${moved[0]!.title}”，截止时间${moved[0]!.deadline ? `改为${said}（原为${was}）` : `定为${said}`}：${items.join('、')}请于${said}前回复。`,
    }, { initiated: true });
    told++;
  }
  const toldText = told ? `已告知 ${told} 位已询问的同志。` : '';
  const quietText = quiet ? `${quiet} 位同志今天的私信已达上限，不另行通知，下次询问时会按新的截止时间提醒。` : '';
  answer(deps, turn, `这是 ${ids}（${moved[0]!.title}）的再次通知，不另登记；截止时间${moved[0]!.deadline ? `由${was}改为${said}` : `定为${said}`}。${toldText}${quietText}`);
  for (const c of collections) announceIfComplete(deps, c);
}

/** The sender's open request that a titled reminder (关于催报…的通知) urges: one that shares an item with it. */
function remindedOf(deps: BotDeps, turn: Turn, parsed: ParsedRequest): RequestRecord | undefined {
  return deps.store.requests.repostCandidates(turn.member.id, parsed.department, null, null, turn.now)
    .find((r) => r.fields.some((key) => parsed.fields.includes(key)));
}

/**
 * REMINDER_OF_AN_ASK (domain/request/parse.ts): 请尚未报送的镇街于…前报送 / 请上述镇街…补报 names no item; it urges the
 * sender's latest ask in that department that units still owe figures to. Nothing is registered or asked again (the
 * owed asks stay open, and their units are reminded as before); the lead hears which request it is and who still owes.
 * With no such ask the message is left to the other readings.
 */
function linkReminder(deps: BotDeps, turn: Turn, ctx: ParseContext, reminder: { department: string } | null): boolean {
  if (!reminder) return false;
  const owed = owedAsk(deps, turn, ctx, reminder.department);
  if (!owed) return false;
  deps.store.audit.record(turn.now, turn.member.id, 'request.repost', `r${owed.request.id}`, { reminder: true });
  answer(deps, turn, `这是 r${owed.request.id}（${owed.request.title}）的催报，不另登记，已问过的数据不会重复询问。仍未报齐：${owed.units}。`);
  return true;
}

/**
 * The open ask a reminder urges: the sender's own latest first, then the department's (every department's for an admin
 * who names none), the first that units still owe figures to — those the reminder names, when it names some
 * (REMINDER_NAMES_UNITS: @朱沱镇 @来苏镇). With the owing units' names.
 */
function owedAsk(deps: BotDeps, turn: Turn, ctx: ParseContext, department: string): { request: RequestRecord; units: string } | null {
  const roster = deps.store.roster.snapshot();
  // REMINDER_OF_ANY_SENDER: (@朱沱镇 @来苏镇…还没报 from another lead of the department, or from the admin who forwarded
  // the notice, or a lead urging an ask the admin registered: the sender's own asks come first, then the department's)
  const own = [...deps.store.requests.activeBy(turn.member.id)].reverse();
  const ownIds = new Set(own.map((r) => r.id));
  const others = deps.store.requests.activeIn(department).filter((r) => !ownIds.has(r.id));
  // The cached parser's unit index for this roster (ctx.roster is this snapshot), not one built for every reminder.
  const named = new Set(unitNamesIn(turn.text, parserFor(ctx).units).map((h) => h.id));
  for (const r of [...own, ...others]) {
    if ((department && r.department !== department) || r.collectionId === undefined || r.collectionId === null) continue;
    const c = deps.store.collections.get(r.collectionId);
    if (!c) continue;
    const owing = owingUnits(deps, c).filter((u) => named.size === 0 || named.has(u));
    if (owing.length) return { request: r, units: listNames(owing.map((u) => unitName(roster, u))) };
  }
  return null;
}

/**
 * NUDGE_BEFORE_AN_ADDED_ITEM: …还没报的抓紧。另外再加一项：… — the added item is registered as a request of its own; the
 * nudge before it is answered as a reminder is: the open ask it urges and who still owes, or that none is owed.
 */
function nudgeAnswer(deps: BotDeps, turn: Turn, ctx: ParseContext, department: string): string {
  const owed = owedAsk(deps, turn, ctx, department);
  return owed
    ? `前面的催报：这是 r${owed.request.id}（${owed.request.title}）的催报，已问过的数据不会重复询问。仍未报齐：${owed.units}。`
    : '前面的催报：没有找到仍有单位未报的进行中需求，不另催报。';
}

/**
 * REMINDER_WITH_NOTHING_OWED: a lead's reminder (请抓紧报送…，截至目前仍有3个镇街未报) that no open ask of the department
 * is owed figures for gets an answer all the same: the ask it may mean, every unit of which has reported, or that none is
 * open. Nothing is registered and nobody is asked (an open collection's asks go on as before); before, such a
 * reminder went unanswered, and the lead could not tell whether the bot had seen it.
 */
function answerUnlinkedReminder(deps: BotDeps, turn: Turn, reminder: { department: string } | null, ctx: ParseContext): boolean {
  if (!reminder) return false;
  const inDepartment = (r: RequestRecord): boolean => !reminder.department || r.department === reminder.department;
  const own = [...deps.store.requests.activeBy(turn.member.id)].reverse().filter(inDepartment);
  const latest = own[0] ?? [...deps.store.requests.activeIn(reminder.department)].reverse().find(inDepartment);
  // REMINDER_WITH_NOTHING_OPEN: 低保户数每月3日前报上月，请抓紧补报10月份，本周五下班前报来 with nothing of the department open
  // words a whole ask (item, period, due time): it is registered as one, not answered "nothing found" and dropped
  const asAsk = latest ? null : readReminderAsAsk(turn.text, turn.member, ctx);
  if (asAsk) {
    acceptRequest(deps, turn, asAsk);
    return true;
  }
  const department = reminder.department ? departmentName(deps.store.roster.snapshot(), reminder.department) : '';
  answer(deps, turn, latest
    ? `这条消息不另登记：进行中的 r${latest.id}（${latest.title}）各单位已经报齐，没有仍未报送的单位。`
    : `没有找到${department}进行中的报数需求，这条消息不另登记。如需收集数据，请发布报数通知，写明报送项目和截止时间。`);
  return true;
}

/** A repost changes nothing; the lead hears which request it repeats. */
function answerRepost(deps: BotDeps, turn: Turn, open: RequestRecord): void {
  deps.store.audit.record(turn.now, turn.member.id, 'request.repost', `r${open.id}`, {});
  const text = `这是 r${open.id}（${open.title}）的再次通知，不另登记，已问过的数据不会重复询问。`;
  deps.outbound.say(turn.replyTo, { text }, { replyTo: turn.lineId });
}

/**
 * The request an edit is about: the sender's latest active one, unless the edit names an item (生猪存栏截止时间改为…)
 * that only an earlier active request of theirs asks for.
 */
/** True when the text names (by label or alias) one of the request's items. */
function namesItemsOf(deps: BotDeps, r: RequestRecord, text: string): boolean {
  return r.fields.some((k) => {
    const f = deps.store.fields.get(k);
    return Boolean(f && [f.label, ...f.aliases].some((n) => n.length >= 2 && text.includes(n)));
  });
}

function editTarget(deps: BotDeps, memberId: string, text: string): RequestRecord | undefined {
  const last = deps.store.requests.lastActiveBy(memberId);
  if (!last) return undefined;
  const active = deps.store.requests.activeBy(memberId);
  // REQUEST_BY_ITS_NUMBER: 撤回r1 / 把r1的截止时间改到下周一 — the number the bot gave the request names it
  const numbered = /(?<![A-Za-z])[rR](\d{1,6})(?!\d)/.exec(text);
  const byNumber = numbered ? active.find((r) => r.id === Number(numbered[1])) : undefined;
  if (byNumber) return byNumber;
  const names = (r: RequestRecord): boolean => namesItemsOf(deps, r, text);
  if (names(last)) return last;
  const earlier = active.filter((r) => r.id !== last.id);
  const named = [...earlier].reverse().find(names);
  if (named) return named;
  // REQUEST_BY_AN_ITEM_HEAD: 低保那个截止改为12月1日 — the head of one request's items (低保 of 低保户数), pointed at (那个 / 的截止),
  // names it when no other active request's items open with as long a head; the latest request was moved instead (百岁老人's).
  // (上一条撤回，按县应急局的通知报就行: 上一条 points at the latest, and 应急 of 应急局 points at nothing)
  if (LATEST_POINTED.test(text)) return last;
  const head = (r: RequestRecord): number => Math.max(0, ...r.fields.flatMap((k) => {
    const f = deps.store.fields.get(k);
    return f ? [f.label, ...f.aliases].map((n) => headIn(n, text)) : [];
  }));
  const heads = active.map((r) => ({ r, n: head(r) }));
  const best = Math.max(...heads.map((h) => h.n));
  const top = heads.filter((h) => h.n === best);
  return best >= 2 && top.length === 1 ? top[0]!.r : last;
}

/** 上一条 / 刚才那条 / 刚发的: the latest request, whatever else the edit names. */
const LATEST_POINTED = /上一?条|刚才|刚发|最新/;
/** Words after an item's head that point at it as a request's (低保那个 / 低保的截止): the head is a reference, not a word. */
const POINTED_AT = /^的?(?:那|这)(?:个|条|项|份)|^的?(?:截止|期限|报送时间|数据)/;

/** How many characters of the name's start the text holds, pointed at (低保 of 低保户数 in 低保那个截止…: 2; else 0). */
function headIn(name: string, text: string): number {
  for (let n = name.length; n >= 2; n--) {
    const at = text.indexOf(name.slice(0, n));
    if (at >= 0 && POINTED_AT.test(text.slice(at + n))) return n;
  }
  return 0;
}

/** The sender's latest active request with an item still waiting for the lead's pick, else their latest. */
function choiceTarget(deps: BotDeps, memberId: string): RequestRecord | undefined {
  const active = deps.store.requests.activeBy(memberId);
  return [...active].reverse().find((r) => r.newFields.some((f) => f.choices?.length)) ?? active[active.length - 1];
}

function applyEdit(deps: BotDeps, turn: Turn, requestId: number, edit: RequestEdit, quiet = false): void {
  const { store } = deps;
  const request = store.requests.get(requestId)!;
  const roster = store.roster.snapshot();
  const fields = store.fields;
  const tz = deps.settings().timezone;
  const say = (text: string): void => {
    if (!quiet) answer(deps, turn, text);
  };
  const collectionId = request.collectionId!;
  switch (edit.kind) {
    case 'withdraw': {
      store.requests.update(requestId, { status: 'withdrawn' });
      refreshCollection(deps, collectionId);
      const { told, quiet } = cancelUnneededAsks(deps, collectionId);
      const toldText = told ? `已通知相关同志 ${told} 项不用再报；` : '';
      const quietText = quiet ? `${quiet} 项已从对口同志的待报清单中去掉（他们今天的私信已达上限，不另行通知）；` : '';
      say(`已撤回 r${requestId}（${request.title}）。${toldText}${quietText}已经报上来的数据仍保留在数据池中。`);
      break;
    }
    case 'deadlineShift': {
      // (往后推两天: counted from the request's own due day; a request with none has nothing to count from)
      if (!request.deadline) {
        say(`r${requestId} 没有截止时间，无法顺延。请直接说截止日期，如“截止改为${formatDeadline(new Date(turn.now.getTime() + 3 * 86_400_000), false, tz)}”。`);
        return;
      }
      applyEdit(deps, turn, requestId, { kind: 'deadline', deadline: new Date(request.deadline.getTime() + edit.days * 86_400_000), hasTime: request.deadlineHasTime }, quiet);
      return;
    }
    case 'deadline': {
      // (截止时间不变，仍为11月26日: the due day it already has is left as it is, and said so — not "改为" a day it had)
      if (request.deadline && request.deadline.getTime() === edit.deadline.getTime()) {
        say(`r${requestId} 的截止时间仍为 ${formatDeadline(request.deadline, request.deadlineHasTime, tz)}，没有改动。`);
        return;
      }
      if (edit.deadline.getTime() <= turn.now.getTime()) {
        say(`${formatDeadline(edit.deadline, edit.hasTime, tz)}已经过了，截止时间没有修改。请给一个还没到的时间，如“截止改为${formatDeadline(new Date(turn.now.getTime() + 3 * 86_400_000), false, tz)}”。`);
        return;
      }
      store.requests.update(requestId, { deadline: edit.deadline, deadlineHasTime: edit.hasTime });
      refreshCollection(deps, collectionId);
      say(`已将 r${requestId} 的截止时间改为 ${formatDeadline(edit.deadline, edit.hasTime, tz)}。`);
      break;
    }
    case 'removeFields': {
      const remaining = request.fields.filter((f) => !edit.fields.includes(f));
      store.requests.update(requestId, { fields: remaining });
      refreshCollection(deps, collectionId);
      cancelUnneededAsks(deps, collectionId);
      say(`已从 r${requestId} 去掉：${edit.fields.map((k) => fieldLabel(fields, k)).join('、')}。`);
      break;
    }
    case 'removeTargets': {
      const remaining = request.targets.filter((u) => !edit.targets.includes(u));
      if (!remaining.length) {
        say(`r${requestId} 至少要保留一个报送单位；如不再需要，请说“撤回”。`);
        return;
      }
      store.requests.update(requestId, { targets: remaining });
      refreshCollection(deps, collectionId);
      cancelUnneededAsks(deps, collectionId);
      say(`已从 r${requestId} 去掉：${listNames(edit.targets.map((u) => unitName(roster, u)))}。`);
      break;
    }
    case 'keepTargets': {
      const dropped = request.targets.filter((u) => !edit.targets.includes(u));
      if (dropped.length) return applyEdit(deps, turn, requestId, { kind: 'removeTargets', targets: dropped }, quiet);
      say(`r${requestId} 的报送单位本来就是：${listNames(request.targets.map((u) => unitName(roster, u)))}，没有修改。`);
      return;
    }
    case 'period': {
      // A different period is a different figure: the request leaves its collection and is placed again.
      store.requests.update(requestId, { period: edit.period, collectionId: null });
      refreshCollection(deps, collectionId);
      cancelUnneededAsks(deps, collectionId);
      const placed = placeRequest(deps, requestId);
      say(`已将 r${requestId} 的期间改为${describePeriod(edit.period)}（汇总 c${placed.collectionId}）。${newAsks(deps, placed.plan, turn.now)}`);
      store.audit.record(turn.now, turn.member.id, 'request.edit.period', `r${requestId}`, edit);
      announceIfComplete(deps, placed.collectionId);
      return;
    }
    case 'choose': {
      const pending = request.newFields.find((f) => f.choices?.length);
      if (!pending) { say('没有待确认的数据项。'); return; }
      const choices = pending.choices!;
      if (edit.choice !== null && edit.choice > choices.length) { say(`请回复第1到第${choices.length}个中的一个，或“都不是”。`); return; }
      const rest = request.newFields.filter((f) => f !== pending);
      const picked = edit.choice === null ? null : choices[edit.choice - 1]!;
      if (picked) {
        store.requests.update(requestId, { fields: [...new Set([...request.fields, picked])], newFields: rest });
      } else {
        const { choices: _offered, ...spec } = pending;
        store.requests.update(requestId, { newFields: [...rest, registerNewField(deps, spec)] });
      }
      refreshCollection(deps, collectionId);
      const plan = askForRequest(deps, requestId);
      const meaning = picked ? `记为“${fieldLabel(fields, picked)}”` : '作为新数据项加入字典';
      say(`已将 r${requestId} 的“${pending.label}”${meaning}。${newAsks(deps, plan, turn.now)}`);
      break;
    }
    case 'whichItemToAdd': {
      const labels = edit.candidates.map((k) => fieldLabel(fields, k));
      say(`数据字典里没有“${edit.words}”这一项，r${requestId} 没有改动。要加的是${labels.join('、')}中的哪一项？请说“加上${labels[0]}”${labels.length > 1 ? `，都要的话说“加上${labels.join('、')}”` : ''}。`);
      return;
    }
    case 'addFields':
    case 'addTargets': {
      // ADDED_FOR_SOME_UNITS: a request asks every target the same items; an item for some of them only is a request of its
      // own. Added to this one, every other unit would be asked a figure nobody wants, so the lead is told how to ask it.
      const some = edit.kind === 'addFields' ? (edit.units ?? []).filter((u) => request.targets.includes(u)) : [];
      if (edit.kind === 'addFields' && some.length && some.length < request.targets.length) {
        const names = listNames(some.map((u) => unitName(roster, u)));
        const items = [...edit.fields.map((k) => fieldLabel(fields, k)), ...edit.newFields.map((f) => f.label)].join('、');
        say(`r${requestId} 的每个数据项都会问全部 ${request.targets.length} 个报送单位，没有加上。只问${names}的话，请另发一条，如“请${names}于${formatDeadline(request.deadline ?? new Date(turn.now.getTime() + 3 * 86_400_000), false, tz)}前报送${items}”。`);
        return;
      }
      // ALREADY_ASKED: 补充一下：低保人数不含… names an item the request asks already: nothing is added, and the lead hears so
      // (before: 已在 r1 加上：低保人数, a change never made)
      const already = edit.kind === 'addFields' ? edit.fields.filter((k) => request.fields.includes(k)) : request.targets.filter((u) => edit.targets.includes(u));
      const fresh = edit.kind === 'addFields' ? edit.fields.length + edit.newFields.length : edit.targets.length;
      if (already.length && already.length === fresh) {
        const names = edit.kind === 'addFields' ? already.map((k) => fieldLabel(fields, k)).join('、') : listNames(already.map((u) => unitName(roster, u)));
        say(`r${requestId} 已经包含${names}，没有改动。`);
        return;
      }
      const next = edit.kind === 'addFields'
        ? { fields: [...new Set([...request.fields, ...edit.fields])] }
        : { targets: [...new Set([...request.targets, ...edit.targets])] };
      store.requests.update(requestId, next);
      refreshCollection(deps, collectionId);
      const plan = askForRequest(deps, requestId);
      const added = edit.kind === 'addFields'
        ? edit.fields.map((k) => fieldLabel(fields, k)).join('、')
        : listNames(edit.targets.map((u) => unitName(roster, u)));
      say(`已在 r${requestId} 加上：${added}。${newAsks(deps, plan, turn.now)}`);
      break;
    }
  }
  store.audit.record(turn.now, turn.member.id, `request.edit.${edit.kind}`, `r${requestId}`, edit);
  announceIfComplete(deps, collectionId);
}

function newAsks(deps: BotDeps, plan: AskPlan, now: Date): string {
  return askedCount(plan) ? `新的询问${askedText(deps, plan, now)}。` : '无需新问任何人。';
}

/**
 * 请于3月5日前网上填报601-1表、609表: a notice whose forms are named only by a code or a heading, and of which nothing was
 * read, registers nothing; the lead is asked once, in the channel, to list the items (the bot does not guess them).
 */
function askForUnreadItems(deps: BotDeps, turn: Turn): boolean {
  if (turn.message.chat.kind !== 'channel') return false;
  const s = deps.settings();
  const forms = formsNamedOnly(turn.text, turn.message.at, s.timezone, s.botName);
  if (!forms.length) return false;
  const title = requestTitle(turn.text);
  answer(deps, turn, `收到“${title}”。通知里的报表只写了名称（${forms.join('、')}），我不知道要报哪些项目，暂未登记，也没有询问任何人。请把要报的项目列一下（如：请各镇街3月5日前报送从业人员数、营业收入），我再登记并询问。`);
  return true;
}
