// A member's asks, reminders and to-do go out together: one message at each batch time, grouped by department, with
// one form card for every open item. An ask goes out at once only when waiting would leave too little working time.
import { batchTimesOn, firstBatchOfLaterDay, mustSendNow, nextBatchTime } from '../domain/batches.js';
import { describePeriod } from '../domain/period.js';
import { localParts } from '../domain/time.js';
import type { Job } from '../schedule/scheduler.js';
import type { AskRecord } from '../store/asks.js';
import type { CollectionRecord } from '../store/collections.js';
import type { PoolValue } from '../store/pool.js';
import { runKey } from '../store/keys.js';
import { counted } from '../store/work-counts.js';
import { dayKey, itemDeadlines } from './collect.js';
import type { BotDeps } from './context.js';
import { lastFigure, lastFigureNote, prefillText } from './prefill.js';
import { departmentName, formatDeadline, hasClockTime, typeHint, unitName } from './render.js';

/** The next batch a member's new asks can go out with: a member who had the day's messages waits for tomorrow's first. */
export interface UsableBatch {
  at: Date | null;
  /** The member had the day's messages already: nothing more goes out to them today. */
  capped: boolean;
}

export function nextUsableBatch(deps: BotDeps, memberId: string, now: Date, sentToday?: number): UsableBatch {
  return usableBatches(deps, now)(memberId, sentToday);
}

/**
 * nextUsableBatch for many members at one instant (a plan's every member): the two batch times it can answer, the
 * next one and the first of a later day, depend on the instant and the settings only, and are worked out once each.
 */
export function usableBatches(deps: BotDeps, now: Date): (memberId: string, sentToday?: number) => UsableBatch {
  const s = deps.settings();
  let next: { at: Date | null } | undefined;
  let laterDay: { at: Date | null } | undefined;
  return (memberId, sentToday) => {
    const capped = s.askBatches.length > 0 && (sentToday ?? deps.store.initiatedDms.countOn(memberId, dayKey(deps, now))) >= s.dailyMessageCap;
    const at = capped ? (laterDay ??= { at: firstBatchOfLaterDay(now, s) }).at : (next ??= { at: nextBatchTime(now, s) }).at;
    return { at, capped };
  };
}

/** Whether asks made now with this deadline go out at once rather than with the member's next usable batch. */
export function sendsAtOnce(deps: BotDeps, deadline: Date | null, now = deps.clock.now(), next?: UsableBatch): boolean {
  return mustSendNow(now, deadline, deps.settings(), next ? next.at : nextBatchTime(now, deps.settings()));
}

/** The next batch time after `after`, or null when asks go out at once. */
export function nextBatch(deps: BotDeps, after: Date): Date | null {
  return nextBatchTime(after, deps.settings());
}

/** The scheduled job that sends every member's batch at the batch times. */
export function batchJob(deps: BotDeps): Job {
  return {
    name: 'ask-batches',
    nextDue: (after) => nextBatchTime(after, deps.settings()),
    nextDueInputs: () => deps.settings(),
    run: (at) => counted('batch run', () => deps.store.transaction(() => void runBatches(deps, at))),
  };
}

/** Sends the batch due at `at` to every member who has something in it. Returns how many messages went out. */
export function runBatches(deps: BotDeps, at: Date): number {
  const s = deps.settings();
  if (!batchTimesOn(localParts(at, s.timezone), s).some((t) => t.getTime() === at.getTime())) return 0;
  const { store } = deps;
  const next = nextBatchTime(at, s);
  const day = dayKey(deps, at);
  const slot = `${localParts(at, s.timezone).hour}:${localParts(at, s.timezone).minute}`;
  let sent = 0;
  // No request or collection changes during a batch run: each collection and its requests are read once for every member.
  const reads = batchReads(deps);
  const itemDeadline = reads.itemDeadline;
  // Only a member with an ask waiting, or with one sent for a collection that has a request due before the next batch,
  // can get a message (an item's deadline is one of its collection's requests'); the whole list is read only to send.
  const waitingMembers = new Set(store.asks.membersWaiting());
  const dueMembers = store.asks.membersSentFor(store.requests.collectionsDueBetween(at, next));
  const members = store.asks.membersWithOpenAsks().filter((m) => waitingMembers.has(m) || dueMembers.has(m));
  // The day's DMs of every member the run may write to, read together: the run writes to each member only after this.
  const sentOn = store.initiatedDms.countsOn(members, day);
  for (const memberId of members) {
    const deadlineOf = deadlines(deps, itemDeadline);
    const waiting = waitingMembers.has(memberId) ? store.asks.waitingOf(memberId) : [];
    let open: AskRecord[] | undefined;
    const sentToday = sentOn.get(memberId)!;
    // The day's messages are out: what waits now was planned for a later day's first batch (see nextUsableBatch).
    if (sentToday >= s.dailyMessageCap) continue;
    if (sentToday === 0) {
      // The day's first message: new items, or a reminder in the last batch before an item's deadline. Nothing new
      // and nothing due: no message (a batch that goes out lists every open item, so it is the to-do as well).
      if (!waiting.length) {
        open = store.asks.openOf(memberId);
        const dueBeforeNext = open.some((a) => {
          const d = deadlineOf(a);
          return a.sentAt !== null && d !== null && d > at && (!next || d <= next);
        });
        if (!dueBeforeNext) continue;
      }
    } else if (!waiting.some((a) => mustSendNow(at, deadlineOf(a), s, next))) {
      // A later message the same day only for an item that cannot wait for the next batch: the member already has
      // today's list, and the day's second slot stays free for a notice that comes in due the same day.
      continue;
    }
    if (!store.scheduleRuns.claim(runKey('batch', day, slot, memberId), at)) continue;
    if (sendBatch(deps, memberId, at, reads, open, deadlineOf) !== null) sent++;
  }
  return sent;
}

/** What a batch message reads about collections: read once per run when several members' batches go out together. */
export interface BatchReads {
  itemDeadline: ReturnType<typeof itemDeadlines>;
  collection(id: number): CollectionRecord | undefined;
}

export function batchReads(deps: BotDeps, itemDeadline = itemDeadlines(deps)): BatchReads {
  const collections = new Map<number, CollectionRecord | undefined>();
  return {
    itemDeadline,
    collection: (id) => {
      if (!collections.has(id)) collections.set(id, deps.store.collections.get(id));
      return collections.get(id);
    },
  };
}

/** Each ask's own deadline (its requests', not the whole collection's), looked up once per ask: one for a member's batch, the checks whether it goes out and the message. */
function deadlines(deps: BotDeps, deadlineOf = itemDeadlines(deps)): (a: AskRecord) => Date | null {
  const cache = new Map<number, Date | null>();
  return (a) => {
    if (!cache.has(a.id)) cache.set(a.id, deadlineOf(a.collectionId, a.unit, a.field));
    return cache.get(a.id)!;
  };
}

/**
 * Most items a batch message lists one by one. Every item that goes out for the first time is listed, whatever their
 * number; items sent before fill the rest, soonest deadline first, and the others are counted, with the to-do (我的任务)
 * to see them all. The card still carries a form field for every open item's field.
 */
export const BATCH_LISTED_ITEMS = 20;

/** The items a batch lists: every new one, then those sent before by deadline (none last), up to BATCH_LISTED_ITEMS. */
function listedItems(open: AskRecord[], deadlineOf: (a: AskRecord) => Date | null): AskRecord[] {
  if (open.length <= BATCH_LISTED_ITEMS) return open;
  const fresh = open.filter((a) => a.sentAt === null);
  const room = BATCH_LISTED_ITEMS - fresh.length;
  if (room <= 0) return fresh;
  // The `room` soonest of the items sent before (by deadline, then id), each deadline looked up once: a member's list
  // holds hundreds of items and a batch lists 20, so they are picked in one pass rather than all sorted.
  const soonest: Array<{ a: AskRecord; due: number }> = [];
  for (const a of open) {
    if (a.sentAt === null) continue;
    const item = { a, due: deadlineOf(a)?.getTime() ?? Infinity };
    const last = soonest[soonest.length - 1];
    if (soonest.length === room && last && (last.due < item.due || (last.due === item.due && last.a.id < a.id))) continue;
    let i = soonest.length;
    while (i > 0 && (soonest[i - 1]!.due > item.due || (soonest[i - 1]!.due === item.due && soonest[i - 1]!.a.id > a.id))) i--;
    soonest.splice(i, 0, item);
    if (soonest.length > room) soonest.pop();
  }
  const listed = new Set([...fresh, ...soonest.map((x) => x.a)]);
  return open.filter((a) => listed.has(a));
}

/**
 * One message with the member's open items (see BATCH_LISTED_ITEMS), grouped by department and collection, new items
 * marked; the asks it carries for the first time are marked sent. Returns the message id, or null when nothing is open.
 */
export function sendBatch(
  deps: BotDeps, memberId: string, now: Date, reads = batchReads(deps), open = deps.store.asks.openOf(memberId),
  deadlineOf = deadlines(deps, reads.itemDeadline),
): number | null {
  const { store } = deps;
  if (!open.length) return null;
  const roster = store.roster.snapshot();
  const tz = deps.settings().timezone;
  const member = store.roster.member(memberId);
  // One pass over the member's open asks (hundreds, on a busy store) for what the message says about all of them: the
  // new ones (marked sent once it is recorded), the periods and departments in first-seen order, the earliest deadline.
  const freshAsks: AskRecord[] = [];
  const periodsSeen = new Set<string | null>();
  const departmentsSeen = new Set<string>();
  let earliest: Date | null = null;
  for (const a of open) {
    if (a.sentAt === null) freshAsks.push(a);
    periodsSeen.add(a.period);
    departmentsSeen.add(a.department);
    const d = deadlineOf(a);
    if (d !== null && (earliest === null || d.getTime() < earliest.getTime())) earliest = d;
  }
  const fresh = freshAsks.length;
  const listed = listedItems(open, deadlineOf);
  const byDepartment = new Map<string, Map<string, AskRecord[]>>();
  for (const a of listed) {
    const groups = byDepartment.get(a.department) ?? new Map<string, AskRecord[]>();
    const key = `${a.collectionId}|${deadlineOf(a)?.getTime() ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
    byDepartment.set(a.department, groups);
  }
  const today = dayKey(deps, now);
  const collectionOf = reads.collection;
  const lines = [
    fresh === open.length
      ? `【报数】请报送以下 ${open.length} 项数据：`
      : `【报数】你有 ${open.length} 项数据待报${fresh ? `（其中新增 ${fresh} 项）` : ''}：`,
  ];
  const cardFields: Array<{ key: string; label: string; hint: string; value?: string }> = [];
  let prefilled = 0;
  const seenKeys = new Set<string>();
  const addCardField = (a: AskRecord, label: string, hint: string, last: PoolValue | undefined): void => {
    if (seenKeys.has(a.field)) return;
    seenKeys.add(a.field);
    cardFields.push({ key: a.field, label, hint, ...(last ? { value: prefillText(last) } : {}) });
  };
  let i = 1;
  for (const [department, collections] of byDepartment) {
    lines.push(`■ ${departmentName(roster, department)}`);
    for (const asks of collections.values()) {
      const collectionId = asks[0]!.collectionId;
      const c = collectionOf(collectionId);
      const deadline = deadlineOf(asks[0]!);
      const dueToday = deadline !== null && dayKey(deps, deadline) === today;
      // (a batch held past the deadline by quiet hours or a weekend never asks for a reply by a day already gone)
      const overdue = deadline !== null && deadline.getTime() < now.getTime();
      const when = !deadline ? '没有定截止时间'
        : overdue ? `已过截止时间${formatDeadline(deadline, hasClockTime(deadline, tz), tz)}，请尽快回复`
        : `${dueToday ? '今天截止，' : ''}请于${formatDeadline(deadline, hasClockTime(deadline, tz), tz)}前回复`;
      lines.push(`${describePeriod(c?.period ?? null)}（汇总 c${collectionId}，${when}）：`);
      const units = new Set(asks.map((a) => a.unit));
      for (const a of asks) {
        const f = store.fields.get(a.field);
        const label = f?.label ?? a.field;
        const hint = f ? typeHint(f) : '';
        const unit = units.size > 1 || (member?.unit && a.unit !== member.unit) ? `${unitName(roster, a.unit)} ` : '';
        const last = lastFigure(deps, a.unit, a.field, a.period);
        if (last) prefilled++;
        const note = last && a.period ? `　${lastFigureNote(a.period, last, f)}` : '';
        lines.push(`${i++}. ${unit}${label}（${hint}）${note}${a.sentAt === null && fresh !== open.length ? ' 【新】' : ''}`);
        addCardField(a, label, hint, last);
      }
    }
  }
  const unlisted = open.length - listed.length;
  if (unlisted) {
    lines.push(`另有 ${unlisted} 项此前已发的数据仍待报，这里不再逐项列出，回复“我的任务”可查看全部。`);
    for (const a of open) {
      if (seenKeys.has(a.field)) continue;
      const f = store.fields.get(a.field);
      addCardField(a, f?.label ?? a.field, f ? typeHint(f) : '', lastFigure(deps, a.unit, a.field, a.period));
    }
  }
  const example = cardFields.slice(0, 2).map((f) => `${f.label}：…`).join('，');
  lines.push(`直接回复即可，一条消息可以报多项，例如“${example}”。报错了可以说“更正：${cardFields[0]?.label ?? ''}应为…”。`);
  if (prefilled) lines.push('与上期相同的可以回复“无变化”（或“低保户数无变化”只确认这一项），按上期数据记录。');
  const firstCollection = collectionOf(open[0]!.collectionId);
  const periods = [...new Set([...periodsSeen].map(describePeriod))];
  const departments = [...departmentsSeen].map((d) => departmentName(roster, d));
  const said = deps.outbound.sayAt({ kind: 'dm', memberId }, {
    text: lines.join('\n'),
    card: {
      type: 'ask',
      title: departments.length === 1 ? `${departments[0]} · ${periods.join('、')}` : `待报数据 ${open.length} 项（${departments.join('、')}）`,
      collectionId: firstCollection?.id ?? open[0]!.collectionId,
      period: periods.join('、'),
      deadline: earliest ? formatDeadline(earliest, hasClockTime(earliest, tz), tz) : null,
      fields: cardFields,
    },
  }, { initiated: true, batch: true });
  store.asks.markSent(freshAsks, said.at);
  return said.id;
}
