// Requests become collections and asks: the dedup heart of onetable.
import { closingTime, earliestDeadline, usableDeadline, needsOf, union, type Need } from '../domain/dedup.js';
import { localParts, formatLocalDate } from '../domain/time.js';
import type { RequestDeadline, RequestRecord } from '../store/requests.js';
import { askedKey } from '../store/asks.js';
import type { BotDeps } from './context.js';
import { fieldLabel, formatTime, formatStored, memberName, unitName } from './render.js';
import { responsibleMember } from './roles.js';
import { readEarlyFigures } from './early-figures.js';
import { batchReads, nextBatch, nextUsableBatch, sendBatch, sendsAtOnce, usableBatches } from './batches.js';

export interface Reuse {
  unit: string;
  field: string;
  value: string;
  by: string;
  at: string;
}

export interface AskPlan {
  /** Asks made now, grouped by member. */
  asked: Map<string, Need[]>;
  /** Members whose asks went out at once (a close deadline); the others wait for `batchAt`. */
  sentNow: Set<string>;
  /** The batch the waiting asks go out with. */
  batchAt: Date | null;
  /**
   * Members who could not wait but had the day's messages already: their asks wait for the next day's first batch
   * (the date here, null when no batch is set) unless the lead says 加急.
   */
  held: Map<string, Date | null>;
  /** Needs an earlier ask already covers. */
  alreadyAsked: Need[];
  /** Needs the pool answered. */
  reused: Reuse[];
  /** Needs with no one to ask. */
  nobody: Need[];
}

export function dayKey(deps: BotDeps, at: Date): string {
  return formatLocalDate(localParts(at, deps.settings().timezone));
}

/** Recomputes a collection's fields, units, deadline and closing time from its active requests. */
export function refreshCollection(deps: BotDeps, collectionId: number): void {
  const { store } = deps;
  const collection = store.collections.get(collectionId);
  if (!collection) return;
  const requests = store.requests.inCollection(collectionId);
  if (!requests.length) {
    store.collections.setStatus(collectionId, 'closed');
    return;
  }
  const fields = union(...requests.map((r) => askFieldsOf(r)));
  store.collections.setItems(collectionId, collection.period, fields, union(...requests.map((r) => r.targets)));
  store.collections.setSchedule(collectionId, earliestDeadline(requests), closingTime(requests, deps.settings().openDaysWithoutDeadline));
  if (collection.doneAt && !isComplete(deps, collectionId)) store.collections.clearDone(collectionId);
}

/** The keys a request asks for: dictionary fields plus the new fields the bot added for it. */
export function askFieldsOf(r: { readonly fields: readonly string[]; readonly newFields: ReadonlyArray<{ readonly key?: string }> }): string[] {
  return union(r.fields, r.newFields.map((f) => f.key).filter((k): k is string => !!k));
}

/** Every (unit, field) a request asks for. */
export function requestNeeds(r: RequestRecord): Need[] {
  return needsOf({ targets: r.targets, fields: askFieldsOf(r) });
}

/** How many (unit, field) pairs a plan asked for now. */
export function askedCount(plan: AskPlan): number {
  return [...plan.asked.values()].reduce((n, list) => n + list.length, 0);
}

/**
 * What happened to a plan's asks, in a few words for the lead: sent now, or waiting for the next batch. `heldUntil` is
 * the local time the DMs sent now actually go out when quiet hours or a day off hold them (08:00, 11月30日 08:00).
 */
export function askedSummary(plan: AskPlan, timezone: string, heldUntil = ''): string {
  const asked = askedCount(plan);
  if (!asked) return '';
  const waiting = plan.asked.size - plan.sentNow.size - plan.held.size;
  const sent = `${heldUntil ? '已安排私信' : '已私信'} ${plan.sentNow.size} 位同志${heldUntil ? `（工作时间 ${heldUntil} 后送达）` : ''}`;
  if (!waiting && !plan.held.size) return heldUntil ? `已安排私信 ${plan.sentNow.size} 位同志，共 ${asked} 项（工作时间 ${heldUntil} 后送达）` : `${sent}，共 ${asked} 项`;
  const parts: string[] = [];
  if (plan.sentNow.size) parts.push(sent);
  if (waiting) parts.push(`${waiting} 位同志将在 ${plan.batchAt ? formatTime(plan.batchAt, timezone) : ''} 随当次汇总私信收到`);
  if (plan.held.size) {
    const first = [...plan.held.values()].filter((d): d is Date => d !== null).sort((a, b) => a.getTime() - b.getTime())[0];
    parts.push(`${plan.held.size} 位同志今天的私信已达上限，将在 ${first ? formatTime(first, timezone) : '下一批'} 随当次汇总私信收到`);
  }
  return `共 ${asked} 项：${parts.join('，')}${plan.sentNow.size ? '' : '（每人每天最多两条，减少打扰）'}`;
}

/**
 * When an item is due for the member asked: the earliest deadline among the collection's requests that need it (a
 * request that joined through one shared item does not pull the other items' deadlines forward). Null: none set.
 * The lookup reads each collection's requests once, so it lives for one batch or one plan, while no request changes.
 */
export function itemDeadlines(deps: BotDeps): (collectionId: number, unit: string, field: string) => Date | null {
  const lookup = new ItemDeadlines(deps);
  return lookup.at.bind(lookup);
}

/** itemDeadlines' answers as times (ms since the epoch), for a caller that needs no Date per item (remainingLines). */
export function itemDueTimes(deps: BotDeps): (collectionId: number, unit: string, field: string) => number | null {
  const lookup = new ItemDueTimes(deps);
  return lookup.at.bind(lookup);
}

/*
 * HOT_WORK_IN_LONG_LIVED_FUNCTIONS: a lookup made for one batch, plan or reply does its work in a class method (one
 * function for the life of the process) and is handed out bound, not as a closure made anew each time. V8 keeps the
 * optimized code of a closure only through the closures alive: once every closure of a site is gone, the next full GC
 * drops that code, and the next batch's closure ran unoptimized until TurboFan compiled it again, on every full GC of
 * the worker (phase 35: itemDeadlines' and itemDueTimes' closures were compiled five and two more times in 2,000
 * messages, 58 KB of machine code each round). A method's code lives as long as its class.
 */

/** itemDeadlines' lookup: one Date a deadline, shared (callers read them, never change them). */
export class ItemDeadlines {
  private readonly times: ItemDueTimes;
  // One Date a deadline, not one an item: a batch asks for each of a member's open items (hundreds on a busy store),
  // and most share a few deadlines.
  private readonly dates = new Map<number, Date>();

  constructor(deps: BotDeps) {
    this.times = new ItemDueTimes(deps);
  }

  at(collectionId: number, unit: string, field: string): Date | null {
    const at = this.times.at(collectionId, unit, field);
    if (at === null) return null;
    let date = this.dates.get(at);
    if (!date) this.dates.set(at, date = new Date(at));
    return date;
  }
}

/** itemDueTimes' lookup. */
export class ItemDueTimes {
  private readonly dueOf = new Map<number, Due>();
  // The last (collection, unit) looked up, with the collection's dated requests that name the unit: a member's items
  // come in collection order (asks by id: a 还差 list, a batch message), so a run of one collection's items looks the
  // unit up once (dueOfUnit: each request's unit list scanned once for the unit while the requests stay the same).
  private last: { collectionId: number; unit: string; due: Due } | null = null;

  constructor(private readonly deps: BotDeps) {}

  at(collectionId: number, unit: string, field: string): number | null {
    let last = this.last;
    if (!last || last.collectionId !== collectionId || last.unit !== unit) {
      let due = this.dueOf.get(collectionId);
      if (!due) {
        due = dueFrom(this.deps.store.requests.deadlinesIn(collectionId));
        this.dueOf.set(collectionId, due);
      }
      last = this.last = { collectionId, unit, due: dueOfUnit(due, unit) };
    }
    let earliest: number | null = null;
    for (const d of last.due) {
      if ((earliest === null || d.at < earliest) && d.fields.includes(field)) earliest = d.at;
    }
    return earliest;
  }
}

type Due = ReadonlyArray<{ at: number; units: readonly string[]; fields: readonly string[] }>;

const NO_DUE: Due = Object.freeze([]);

/**
 * A collection's dated requests that name `unit`, kept by the collection's dated requests (as dueFrom keeps those by
 * the requests' answer, which stays while no write touches the collection's requests): every staff reply's 还差 list and
 * every batch message looked each of the member's collections up again, scanning each dated request's unit list (up to
 * every unit). When every request or none names the unit the answer is the list itself or one shared empty list, so a
 * unit costs a map entry.
 */
const dueByUnit = new WeakMap<Due, Map<string, Due>>();

function dueOfUnit(due: Due, unit: string): Due {
  if (!due.length) return NO_DUE;
  let byUnit = dueByUnit.get(due);
  if (!byUnit) {
    byUnit = new Map();
    dueByUnit.set(due, byUnit);
  }
  let mine = byUnit.get(unit);
  if (!mine) {
    const named = due.filter((d) => d.units.includes(unit));
    mine = named.length === due.length ? due : named.length ? named : NO_DUE;
    byUnit.set(unit, mine);
  }
  return mine;
}

/**
 * A collection's dated requests as itemDeadlines reads them, worked out once for each answer of deadlinesIn: that
 * answer is frozen and the same while the store keeps it, so what is worked out from it cannot change either. Every
 * staff reply lists the member's open items with their deadlines (remainingLines), each collection's again.
 */
const dueKept = new WeakMap<readonly RequestDeadline[], Due>();

function dueFrom(requests: readonly RequestDeadline[]): Due {
  let due = dueKept.get(requests);
  if (!due) {
    // The request's own lists, not Sets made of them: a plan on a large store keeps tens of thousands of collections'
    // entries until it ends, and a Set of every unit took ~4× the memory of the list (docs/performance.md, phase 15).
    // A deadline already past when its request was posted is questioned with the lead, never shown to staff.
    due = requests.filter((r) => r.deadline !== null && usableDeadline({ deadline: new Date(r.deadline), createdAt: new Date(r.createdAt) }))
      .map((r) => ({ at: r.deadline!, units: r.targets, fields: askFieldsOf(r) }));
    dueKept.set(requests, due);
  }
  return due;
}

/** Every (unit, field) the collection's active requests need (`requests`: those, when already read). */
export function collectionNeeds(deps: BotDeps, collectionId: number, requests = deps.store.requests.inCollection(collectionId)): Need[] {
  const seen = new Set<string>();
  const out: Need[] = [];
  for (const r of requests) {
    for (const n of requestNeeds(r)) {
      const k = `${n.unit}\u0000${n.field}`;
      if (!seen.has(k)) { seen.add(k); out.push(n); }
    }
  }
  return out;
}

function isComplete(deps: BotDeps, collectionId: number): boolean {
  const c = deps.store.collections.get(collectionId);
  if (!c) return false;
  return collectionNeeds(deps, collectionId).every((n) => deps.store.pool.get(n.unit, n.field, c.period) !== undefined);
}

/**
 * Asks for what the needs lack: nothing the pool holds, nothing asked before. One DM per member for the collection.
 */
export function planAsks(deps: BotDeps, collectionId: number, needs: Need[], department: string): AskPlan {
  const { store } = deps;
  const roster = store.roster.snapshot();
  const collection = store.collections.get(collectionId)!;
  const plan: AskPlan = { asked: new Map(), sentNow: new Set(), batchAt: null, held: new Map(), alreadyAsked: [], reused: [], nobody: [] };
  const tz = deps.settings().timezone;
  // Asked before: one statement for the notice's needs (nothing here writes asks before the loop ends).
  const asked = store.asks.askedAmong(needs, collection.period);
  // figures a member sent before this ask are pooled first, so the loop below takes them and does not ask again
  readEarlyFigures(deps, collectionId, collection.period, needs.filter((n) => !asked.has(askedKey(n.unit, n.field))), department);
  for (const need of needs) {
    const pooled = store.pool.get(need.unit, need.field, collection.period);
    if (pooled) {
      plan.reused.push({
        unit: need.unit, field: need.field, value: formatStored(pooled, store.fields.get(need.field)),
        by: memberName(roster, pooled.memberId), at: formatTime(pooled.at, tz),
      });
      continue;
    }
    if (asked.has(askedKey(need.unit, need.field))) {
      plan.alreadyAsked.push(need);
      continue;
    }
    const member = responsibleMember(roster, need.unit, department);
    if (!member) {
      plan.nobody.push(need);
      continue;
    }
    const list = plan.asked.get(member.id) ?? [];
    list.push(need);
    plan.asked.set(member.id, list);
  }
  const now = deps.clock.now();
  const day = dayKey(deps, now);
  const deadlineOf = itemDeadlines(deps);
  // The day's DMs of every member asked, read together: the loop writes to a member only after reading its count.
  const sentOn = store.initiatedDms.countsOn([...plan.asked.keys()], day);
  // Every member's next usable batch is one of two times of this instant, each worked out once for the plan.
  const usableBatch = usableBatches(deps, now);
  for (const [memberId, list] of plan.asked) {
    store.asks.addAll(list.map((need) => ({ collectionId, unit: need.unit, field: need.field, period: collection.period, memberId, department, at: now })));
    const next = usableBatch(memberId, sentOn.get(memberId)!);
    // The member's items mostly share a deadline: each one's answer is worked out once.
    const atOnce = new Map<number | null, boolean>();
    const urgent = (deadline: Date | null): boolean => {
      const key = deadline?.getTime() ?? null;
      let answer = atOnce.get(key);
      if (answer === undefined) atOnce.set(key, answer = sendsAtOnce(deps, deadline, now, next));
      return answer;
    };
    if (!list.some((need) => urgent(deadlineOf(collectionId, need.unit, need.field)))) continue;
    if (next.capped) {
      plan.held.set(memberId, next.at);
      continue;
    }
    sendBatch(deps, memberId, now, batchReads(deps, deadlineOf));
    plan.sentNow.add(memberId);
  }
  if (plan.asked.size > plan.sentNow.size + plan.held.size) plan.batchAt = nextBatch(deps, now);
  // One upsert a (member, reason) with its count, not one a need: a notice to every unit avoids hundreds of asks, and
  // the table holds one row a (day, department, member, reason) either way.
  for (const [reason, list] of [['pool', plan.reused], ['merge', plan.alreadyAsked]] as const) {
    const byMember = new Map<string, number>();
    for (const need of list) {
      const memberId = responsibleMember(roster, need.unit, department)?.id ?? '';
      byMember.set(memberId, (byMember.get(memberId) ?? 0) + 1);
    }
    for (const [memberId, n] of byMember) store.burden.avoided(day, department, memberId, reason, n);
  }
  const avoided = plan.alreadyAsked.length + plan.reused.length;
  store.counters.add('asksAvoided', avoided, day);
  store.counters.add('valuesReused', plan.reused.length, day);
  store.counters.add('asks', askedCount(plan), day);
  return plan;
}

/** Asks cancelled because no request needs them any more: `told` by a DM, `quiet` only off the member's list. */
export interface Cancelled {
  told: number;
  quiet: number;
}

/**
 * After a request is withdrawn or narrowed, open asks that no collection needs any more are cancelled, and the
 * members who had them hear they can stop, unless they had the day's messages already: then the items only leave
 * their list (the next batch no longer shows them).
 */
export function cancelUnneededAsks(deps: BotDeps, collectionId: number): Cancelled {
  const { store } = deps;
  const roster = store.roster.snapshot();
  const dropped = new Map<string, string[]>();
  for (const ask of store.asks.ofCollection(collectionId)) {
    if (ask.status !== 'open') continue;
    const stillNeeded = store.collections.idsCovering(ask.unit, ask.field, ask.period).some((id) =>
      collectionNeeds(deps, id).some((n) => n.unit === ask.unit && n.field === ask.field));
    if (stillNeeded) continue;
    store.asks.cancel(ask.id);
    // An ask still waiting for its batch was never seen: it just leaves the batch.
    if (ask.sentAt === null) continue;
    dropped.set(ask.memberId, [...(dropped.get(ask.memberId) ?? []), `${unitName(roster, ask.unit)}${fieldLabel(store.fields, ask.field)}`]);
  }
  const cancelled: Cancelled = { told: 0, quiet: 0 };
  const now = deps.clock.now();
  for (const [memberId, items] of dropped) {
    if (nextUsableBatch(deps, memberId, now).capped) {
      cancelled.quiet += items.length;
      continue;
    }
    deps.outbound.say({ kind: 'dm', memberId }, {
      text: `汇总 c${collectionId} 的需求有调整，以下数据不用再报了：${items.join('、')}。`,
    }, { initiated: true });
    cancelled.told += items.length;
  }
  return cancelled;
}
