// What the digest, reminders and escalation read about collections: gathered from the store, ready to render.
import type { Need } from '../domain/dedup.js';
import type { DigestCollection, DigestData } from '../domain/digest.js';
import { describePeriod } from '../domain/period.js';
import { addDays, localParts, startOfLocalDay } from '../domain/time.js';
import type { LiveAsk } from '../store/asks.js';
import type { CollectionRecord } from '../store/collections.js';
import type { RequestRecord } from '../store/requests.js';
import { burdenLines } from '../domain/burden.js';
import { gatherBurden } from './burden.js';
import { askFieldsOf, collectionNeeds, dayKey } from './collect.js';
import type { BotDeps } from './context.js';
import { isLedgerMember, ledgerOfCollection } from './ledgers.js';
import { departmentName, fieldLabel, formatDeadline, hasClockTime, unitName } from './render.js';
import { responsibleMember } from './roles.js';

export interface MissingNeed {
  unit: string;
  field: string;
  member: string | null;
  /** Whether that member was asked (an ask not cancelled), or only would be. */
  asked: boolean;
}

/** Needs of a collection that the pool does not hold yet, with who was asked (or would be): one keyed lookup per missing need. */
export function missingNeeds(
  deps: BotDeps, c: CollectionRecord, needs = collectionNeeds(deps, c.id), liveAsk = keyedLiveAsk(deps),
): MissingNeed[] {
  const lacking = lackingNeeds(deps, c, needs);
  if (!lacking.length) return [];
  const who = whoFor(deps, c, liveAsk);
  return lacking.map((n) => ({ ...n, ...who(n.unit, n.field) }));
}

/**
 * The units a collection still waits on (the units of `missingNeeds`, in its order, each once), without looking up who
 * was asked for each missing item: a reminder names only the units (one ask read a missing item before).
 */
export function owingUnits(deps: BotDeps, c: CollectionRecord, needs = collectionNeeds(deps, c.id)): string[] {
  return [...new Set(lackingNeeds(deps, c, needs).map((n) => n.unit))];
}

/** The fields of each unit holding a value for a period, of the fields asked for (or more). */
type HeldLookup = (period: string | null, fields: () => string[]) => Map<string, Set<string>>;

/** One query per collection, for its fields only. */
const heldForCollection = (deps: BotDeps): HeldLookup => (period, fields) => deps.store.pool.heldFieldsByUnit(fields(), period);

/**
 * The held fields of a run over every incomplete collection (the digest), while no value changes. A period's first
 * collections are asked about one by one, for their fields only; past `wholePeriodAfter` of them the period is read
 * whole, once. Reading a period whole costs the same for one collection as for thousands (about 0.4 s of a 200-collection
 * digest over 200,000 values), and asking one by one was 60% of a digest over 100,000 collections (bench/, memory).
 * Each one-by-one answer is a map of every unit of the store: past 64 a period, they were most of the 2.2 GB a digest
 * over 100,000 collections allocated (256 a period: 3,072 answers, 595 MB; docs/performance.md, phase 15). The digest
 * bench's 200 collections spread over 12 periods stay one by one.
 */
const WHOLE_PERIOD_AFTER = 64;

function periodHeld(deps: BotDeps, wholePeriodAfter: number): HeldLookup {
  const whole = new Map<string | null, Map<string, Set<string>>>();
  const askedOneByOne = new Map<string | null, number>();
  return (period, fields) => {
    const read = whole.get(period);
    if (read) return read;
    const asked = askedOneByOne.get(period) ?? 0;
    if (asked < wholePeriodAfter) {
      askedOneByOne.set(period, asked + 1);
      return deps.store.pool.heldFieldsByUnit(fields(), period);
    }
    const held = deps.store.pool.heldInPeriod(period);
    whole.set(period, held);
    return held;
  };
}

/** The needs the pool holds no value for in the collection's period. */
function lackingNeeds(deps: BotDeps, c: CollectionRecord, needs: Need[], held = heldForCollection(deps)): Need[] {
  if (!needs.length) return [];
  const have = held(c.period, () => [...new Set(needs.map((n) => n.field))]);
  return needs.filter((n) => !have.get(n.unit)?.has(n.field));
}

/** Who a collection's missing item is waiting on: the member asked, or the one who would be (by the item's department). */
function whoFor(
  deps: BotDeps, c: CollectionRecord, liveAsk: LiveAskLookup, requests = deps.store.requests.inCollection(c.id),
): (unit: string, field: string) => { member: string | null; asked: boolean } {
  const { store } = deps;
  const key = (unit: string, field: string): string => `${unit}\u0000${field}`;
  const roster = store.roster.snapshot();
  const departments = new Set(requests.map((r) => r.department));
  // Most collections come from one department; only a mixed one needs the department of each (unit, field).
  let departmentOf: Map<string, string> | null = null;
  const departmentFor = (unit: string, field: string): string => {
    if (departments.size === 1) return requests[0]!.department;
    if (!departmentOf) {
      departmentOf = new Map();
      for (const r of requests) for (const u of r.targets) for (const f of askFieldsOf(r)) if (!departmentOf.has(key(u, f))) departmentOf.set(key(u, f), r.department);
    }
    return departmentOf.get(key(unit, field)) ?? '';
  };
  const responsible = new Map<string, string | null>();
  return (unit, field) => {
    const askedMember = liveAsk(unit, field, c.period)?.memberId;
    if (askedMember) return { member: askedMember, asked: true };
    const department = departmentFor(unit, field);
    const k = key(unit, department);
    if (!responsible.has(k)) responsible.set(k, responsibleMember(roster, unit, department)?.id ?? null);
    return { member: responsible.get(k)!, asked: false };
  };
}

/**
 * The missing needs someone can fairly be called late on: their ask was delivered (not still held for working hours)
 * before the deadline (`due`: the collection's, or one of its requests' later one). A unit asked only after the
 * deadline, or never, is not overdue.
 */
export function overdueNeeds<N extends Need>(
  deps: BotDeps, c: CollectionRecord, missing: N[], at: Date, liveAsk = keyedLiveAsk(deps), due = c.deadline,
): N[] {
  if (!due || due.getTime() >= at.getTime()) return [];
  const deadline = due.getTime();
  return missing.filter((n) => {
    const sent = liveAsk(n.unit, n.field, c.period)?.sentAt;
    return sent != null && sent.getTime() < deadline && sent.getTime() <= at.getTime();
  });
}

/** What the digest shows of a collection's gaps. */
interface DigestGaps {
  /** Every unit the collection needs something from. */
  units: Set<string>;
  /** Each unit missing an item, in the order of `collectionNeeds`, with the field of its first missing item. */
  firstMissing: Map<string, string>;
  /** Some missing item is overdue (as overdueNeeds finds). */
  overdue: boolean;
}

/**
 * The collection's needs (as `collectionNeeds`: request by request, unit by unit, field by field, each once) walked
 * without building them: the digest runs over every incomplete collection, and at 100,000 collections the needs'
 * objects were most of its garbage.
 */
function digestGaps(c: CollectionRecord, requests: RequestRecord[], have: Map<string, Set<string>>, at: Date, liveAsk: LiveAskLookup): DigestGaps {
  const firstMissing = new Map<string, string>();
  const deadline = c.deadline && c.deadline.getTime() < at.getTime() ? c.deadline.getTime() : null;
  let overdue = false;
  const look = (unit: string, field: string): void => {
    if (have.get(unit)?.has(field)) return;
    if (!firstMissing.has(unit)) firstMissing.set(unit, field);
    if (deadline !== null && !overdue) {
      const sent = liveAsk(unit, field, c.period)?.sentAt;
      overdue = sent != null && sent.getTime() < deadline && sent.getTime() <= at.getTime();
    }
  };
  // Most collections have one request, whose fields are distinct: no (unit, field) can come twice but through a unit
  // named twice, so no Set of fields per unit is made (over 100,000 collections they were 380 of the 1,750 MB a digest
  // allocated; docs/performance.md, phase 15).
  if (requests.length === 1) {
    const units = new Set<string>();
    const fields = askFieldsOf(requests[0]!);
    if (!fields.length) return { units, firstMissing, overdue };
    for (const unit of requests[0]!.targets) {
      if (units.has(unit)) continue;
      units.add(unit);
      for (const field of fields) look(unit, field);
    }
    return { units, firstMissing, overdue };
  }
  const seen = new Map<string, Set<string>>();
  for (const r of requests) {
    const fields = askFieldsOf(r);
    for (const unit of r.targets) {
      for (const field of fields) {
        let ofUnit = seen.get(unit);
        if (!ofUnit) seen.set(unit, ofUnit = new Set());
        if (ofUnit.has(field)) continue;
        ofUnit.add(field);
        look(unit, field);
      }
    }
  }
  return { units: new Set(seen.keys()), firstMissing, overdue };
}

type LiveAskLookup = (unit: string, field: string, period: string | null) => LiveAsk | undefined;

/** One keyed lookup per item: for one collection. */
function keyedLiveAsk(deps: BotDeps): LiveAskLookup {
  return (unit, field, period) => deps.store.asks.live(unit, field, period);
}

/** Keyed lookups, each item's answer kept: for one collection read twice while no ask changes (missing, then overdue). */
export function rememberedLiveAsk(deps: BotDeps): LiveAskLookup {
  const known = new Map<string, LiveAsk | undefined>();
  return (unit, field, period) => {
    const key = `${unit}\u0000${field}\u0000${period ?? ''}`;
    if (!known.has(key)) known.set(key, deps.store.asks.live(unit, field, period));
    return known.get(key);
  };
}

/** Each period's asks read once: for a run over every incomplete collection (the digest), while no ask changes. */
function periodLiveAsk(deps: BotDeps): LiveAskLookup {
  const byPeriod = new Map<string | null, ReadonlyMap<string, ReadonlyMap<string, LiveAsk>>>();
  return (unit, field, period) => {
    let asks = byPeriod.get(period);
    if (!asks) byPeriod.set(period, asks = deps.store.asks.liveInPeriod(period));
    return asks.get(unit)?.get(field);
  };
}

export function collectionTitle(deps: BotDeps, c: CollectionRecord): string {
  const labels = c.fields.map((k) => fieldLabel(deps.store.fields, k));
  return labels.length > 3 ? `${labels.slice(0, 3).join('、')}等${labels.length}项` : labels.join('、');
}

export interface DigestOptions {
  /** How many of a period's collections are looked up one by one before the period is read whole (see periodHeld). */
  wholePeriodAfter?: number;
}

export function gatherDigest(deps: BotDeps, at: Date, options: DigestOptions = {}): DigestData {
  const { store } = deps;
  const s = deps.settings();
  const tz = s.timezone;
  const roster = store.roster.snapshot();
  const today = localParts(at, tz);
  const start = startOfLocalDay(today, tz);
  const end = startOfLocalDay(addDays(today, 1), tz);
  const dayAfter = startOfLocalDay(addDays(today, 2), tz);
  // A ledger's own round is no one's new request: it shows under its collection, by the ledger's name.
  const requestsToday = store.requests.createdBetween(start, end).filter((r) => r.status === 'active' && !isLedgerMember(r.memberId)).map((r) => {
    const first = store.requests.inCollection(r.collectionId!)[0];
    return {
      id: r.id, department: departmentName(roster, r.department), title: r.title, collection: r.collectionId!,
      merged: first !== undefined && first.id !== r.id,
    };
  });
  const collections: DigestCollection[] = [];
  const memberNames = new Map(roster.members.map((m) => [m.id, m.name]));
  const liveAsk = periodLiveAsk(deps);
  const held = periodHeld(deps, options.wholePeriodAfter ?? WHOLE_PERIOD_AFTER);
  for (const c of store.collections.eachIncomplete()) {
    const requests = store.requests.inCollection(c.id);
    if (!requests.length) continue;
    const { units, firstMissing, overdue } = digestGaps(c, requests, held(c.period, () => [...new Set(requests.flatMap(askFieldsOf))]), at, liveAsk);
    if (c.status === 'closed' && !overdue) continue;
    // The digest shows, per unit, who the first missing item waits on: only those are looked up, not every item's.
    const whoByUnit = new Map<string, string | null>();
    const who = firstMissing.size ? whoFor(deps, c, liveAsk, requests) : null;
    for (const [unit, field] of firstMissing) whoByUnit.set(unit, who!(unit, field).member);
    collections.push({
      id: c.id, title: ledgerTitle(deps, c), departments: [...new Set(requests.map((r) => departmentName(roster, r.department)))],
      period: describePeriod(c.period), deadline: formatDeadline(c.deadline, hasClockTime(c.deadline, tz), tz),
      unitsDone: units.size - whoByUnit.size, unitsTotal: units.size,
      missing: [...whoByUnit].map(([u, member]) => ({ unit: unitName(roster, u), member: member ? memberNames.get(member) ?? null : null })),
      dueTomorrow: c.deadline !== null && c.deadline >= end && c.deadline < dayAfter,
      overdue,
    });
  }
  const day = dayKey(deps, at);
  const failed = store.outbox.counts().filter((r) => r.status === 'failed').reduce((n, r) => n + r.n, 0);
  return {
    date: `${today.month}月${today.day}日`, requestsToday, collections,
    poolAnsweredToday: store.counters.onDay('valuesReused', day),
    asksAvoidedToday: store.counters.onDay('asksAvoided', day),
    asksAvoidedTotal: store.counters.get('asksAvoided'),
    minutesPerAsk: s.minutesPerAsk,
    failedDeliveries: failed,
    reportsToday: store.voiceReports.countBetween(start, end),
    burden: burdenLines(gatherBurden(deps, at)),
  };
}

/** A ledger's round goes by the ledger's name: 社会救助月报：低保户数、低保人数等5项. */
function ledgerTitle(deps: BotDeps, c: CollectionRecord): string {
  const ledger = ledgerOfCollection(deps, c.id);
  return ledger ? `${ledger.name}：${collectionTitle(deps, c)}` : collectionTitle(deps, c);
}
