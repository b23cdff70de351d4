// Standing ledgers at work: each period's round opens by itself, as a request of the ledger's own that the usual
// collection and ask path carries (nothing the pool holds or someone was already asked is asked again).
import { closingTime } from '../domain/dedup.js';
import { describePeriod } from '../domain/period.js';
import { firstPeriod, nextPeriod, roundOf, type Round, type StandingLedger } from '../domain/standing-ledger.js';
import type { Roster } from '../domain/types.js';
import type { LedgerRecord } from '../store/standing-ledgers.js';
import { askedCount, collectionNeeds, refreshCollection } from './collect.js';
import { announceIfComplete } from './completion.js';
import type { BotDeps } from './context.js';
import { missingNeeds } from './digest-data.js';
import { askForRequest } from './placement.js';
import { departmentName, fieldLabel, formatDeadline, listNames } from './render.js';
import { responsibleMember } from './roles.js';

/** The member id a ledger's own requests carry: no person posted them. */
export const LEDGER_MEMBER_PREFIX = 'ledger:';

export function ledgerMemberId(ledgerId: string): string {
  return `${LEDGER_MEMBER_PREFIX}${ledgerId}`;
}

export function isLedgerMember(memberId: string): boolean {
  return memberId.startsWith(LEDGER_MEMBER_PREFIX);
}

/** Who answers for a request: the lead who posted it, or for a ledger's round its department's leads. */
export function requestersOf(roster: Roster, request: { memberId: string; department: string }): string[] {
  if (!isLedgerMember(request.memberId)) return [request.memberId];
  return roster.members.filter((m) => m.role === 'lead' && m.department === request.department).map((m) => m.id);
}

export interface OpenedRound extends Round {
  collectionId: number | null;
  asked: number;
}

/** The units a ledger asks: its own list, or every unit with staff who serve its department. */
export function ledgerTargets(roster: Roster, ledger: StandingLedger): string[] {
  if (ledger.targets) return ledger.targets;
  return roster.units.map((u) => u.id).filter((u) => responsibleMember(roster, u, ledger.department) !== null);
}

/** The period a ledger opens next: the one after its last round, or the first still running when it was defined. */
export function pendingPeriod(deps: BotDeps, ledger: LedgerRecord): string {
  const last = deps.store.standingLedgers.lastRound(ledger.id);
  return last ? nextPeriod(last.period, ledger.cadence) : firstPeriod(ledger.cadence, ledger.since, deps.settings().timezone);
}

/** The next round of an active ledger to open. */
export function pendingRound(deps: BotDeps, ledger: LedgerRecord): Round {
  return roundOf(ledger, pendingPeriod(deps, ledger), deps.settings());
}

/** The earliest opening time of any active ledger's next round (possibly already past: a round missed while down). */
export function nextOpening(deps: BotDeps): Date | null {
  let best: Date | null = null;
  for (const ledger of deps.store.standingLedgers.all()) {
    if (ledger.status !== 'active') continue;
    const { opensAt } = pendingRound(deps, ledger);
    if (!best || opensAt < best) best = opensAt;
  }
  return best;
}

/** Opens every round whose opening time has come by `at`, oldest first. */
export function openDueRounds(deps: BotDeps, at: Date): OpenedRound[] {
  const opened: OpenedRound[] = [];
  for (const ledger of deps.store.standingLedgers.all()) {
    if (ledger.status !== 'active') continue;
    // A bot that was down for weeks opens each missed round once, in order (bounded all the same).
    for (let i = 0; i < 60; i++) {
      const round = pendingRound(deps, ledger);
      if (round.opensAt > at) break;
      const result = openRound(deps, ledger, round, at);
      if (!result) break;
      opened.push(result);
    }
  }
  return opened;
}

/**
 * Opens one round: a line in the channel says what is being collected, the ledger's request for the period opens a
 * collection of its own, and the responsible staff are asked for what neither the pool nor an earlier ask covers.
 */
export function openRound(deps: BotDeps, ledger: LedgerRecord, round: Round, at: Date): OpenedRound | null {
  const { store } = deps;
  if (!store.standingLedgers.claimRound(ledger.id, round.period, at)) return null;
  const roster = store.roster.snapshot();
  const targets = ledgerTargets(roster, ledger);
  const fields = ledger.fields.filter((k) => store.fields.get(k));
  if (!targets.length || !fields.length) {
    deps.logger.warn({ ledger: ledger.id, period: round.period }, 'ledger round has no units or no known fields: nothing asked');
    return { ...round, collectionId: null, asked: 0 };
  }
  const tz = deps.settings().timezone;
  const labels = fields.map((k) => fieldLabel(store.fields, k));
  const items = labels.length > 3 ? `${labels.slice(0, 3).join('、')}等${labels.length}项` : labels.join('、');
  const lineId = deps.outbound.say({ kind: 'channel' }, {
    text: `【${ledger.name}】${departmentName(roster, ledger.department)}的台账开始收集${describePeriod(round.period)}的数据：${items}，`
      + `${listNames(targets.map((u) => roster.units.find((x) => x.id === u)?.name ?? u))}，请于${formatDeadline(round.dueAt, false, tz)}前报齐。`
      + '我会私信各单位对口同志，已报过或已问过的不再问。',
  });
  const requestId = store.requests.add({
    messageId: lineId, memberId: ledgerMemberId(ledger.id), department: ledger.department,
    title: `${ledger.name}（${describePeriod(round.period)}）`, fields, newFields: [], period: round.period,
    deadline: round.dueAt, deadlineHasTime: false, targets, createdAt: at,
  });
  const request = store.requests.get(requestId)!;
  const collectionId = store.collections.create({
    period: round.period, deadline: round.dueAt, closesAt: closingTime([request], deps.settings().openDaysWithoutDeadline), createdAt: at,
  });
  store.requests.update(requestId, { collectionId });
  refreshCollection(deps, collectionId);
  store.standingLedgers.setRoundCollection(ledger.id, round.period, requestId, collectionId);
  const plan = askForRequest(deps, requestId);
  announceIfComplete(deps, collectionId);
  return { ...round, collectionId, asked: askedCount(plan) };
}

/** The ledger whose round a collection is, if any. */
export function ledgerOfCollection(deps: BotDeps, collectionId: number): LedgerRecord | undefined {
  const round = deps.store.standingLedgers.roundOfCollection(collectionId);
  return round ? deps.store.standingLedgers.get(round.ledgerId) : undefined;
}

/** A ledger as someone defines it (console, roster file, chat), before it is checked against the roster and dictionary. */
export type LedgerInput = StandingLedger;

/** Problems with a ledger's references, by path, in Chinese (empty: fine). */
export function checkLedger(deps: BotDeps, l: LedgerInput): Array<{ path: string; message: string }> {
  const roster = deps.store.roster.snapshot();
  const issues: Array<{ path: string; message: string }> = [];
  if (!roster.departments.some((d) => d.id === l.department)) issues.push({ path: 'department', message: `没有部门“${l.department}”` });
  l.fields.forEach((f, i) => {
    if (!deps.store.fields.get(f)) issues.push({ path: `fields.${i}`, message: `字典里没有数据项“${f}”` });
  });
  l.targets?.forEach((u, i) => {
    if (!roster.units.some((x) => x.id === u)) issues.push({ path: `targets.${i}`, message: `名册里没有单位“${u}”` });
  });
  return issues;
}

/**
 * Saves a ledger. A new one keeps rounds from the period running now; an edited one keeps its history and applies to
 * the rounds still to open.
 */
export function defineLedger(deps: BotDeps, l: LedgerInput, source: string, at: Date): LedgerRecord {
  const existing = deps.store.standingLedgers.get(l.id);
  deps.store.standingLedgers.save({
    ...l, since: existing?.since ?? at, source: existing?.source ?? source, createdAt: existing?.createdAt ?? at,
    status: existing?.status ?? 'active',
  });
  return deps.store.standingLedgers.get(l.id)!;
}

/**
 * Pauses or resumes a ledger. Resumed, it does not catch up on the rounds it missed while paused (staff would get
 * months of asks at once): those are recorded as skipped, and the next round to open is the first still ahead.
 */
export function setLedgerStatus(deps: BotDeps, id: string, status: LedgerRecord['status'], at: Date): void {
  const { store } = deps;
  const ledger = store.standingLedgers.get(id);
  if (!ledger) return;
  store.standingLedgers.setStatus(id, status);
  if (status !== 'active' || ledger.status === 'active') return;
  for (let i = 0; i < 400; i++) {
    const round = pendingRound(deps, ledger);
    if (round.opensAt > at) break;
    store.standingLedgers.claimRound(id, round.period, at);
  }
}

/** How far a round has come: units whose every field is in the pool, of the units asked. */
export interface RoundProgress {
  period: string;
  collectionId: number | null;
  openedAt: Date;
  deadline: Date | null;
  unitsDone: number;
  unitsTotal: number;
}

export function roundProgress(deps: BotDeps, ledgerId: string): RoundProgress[] {
  const { store } = deps;
  return store.standingLedgers.roundsOf(ledgerId).map((round) => {
    const c = round.collectionId === null ? undefined : store.collections.get(round.collectionId);
    if (!c) return { period: round.period, collectionId: null, openedAt: round.openedAt, deadline: null, unitsDone: 0, unitsTotal: 0 };
    const needs = collectionNeeds(deps, c.id);
    const units = new Set(needs.map((n) => n.unit));
    const missingUnits = new Set(missingNeeds(deps, c, needs).map((m) => m.unit));
    return {
      period: round.period, collectionId: c.id, openedAt: round.openedAt, deadline: c.deadline,
      unitsDone: units.size - missingUnits.size, unitsTotal: units.size,
    };
  });
}

/** What features see of standing ledgers (the plugin context offers this, never the store). */
export interface LedgerService {
  /** Every ledger defined, active or paused. */
  all(): LedgerRecord[];
  get(id: string): LedgerRecord | undefined;
  /** The next round of a ledger to open, with its opening and due times. */
  pending(id: string): Round | undefined;
  /** The earliest opening time of any active ledger's next round; it may be past (a round missed while down). */
  nextOpening(): Date | null;
  /** Opens every round whose time has come by `at`. */
  openDue(at: Date): OpenedRound[];
  /** The ledger whose round a collection is, if any. */
  ofCollection(collectionId: number): LedgerRecord | undefined;
  /** Problems with a ledger's department, fields and units (empty: it can be saved). */
  check(l: LedgerInput): Array<{ path: string; message: string }>;
  /** Saves a ledger (new or edited); `by` is who defined it. Check it first. */
  define(l: LedgerInput, by: string, at: Date): LedgerRecord;
  /** Pauses a ledger (no rounds open) or starts it again. */
  setStatus(id: string, status: LedgerRecord['status']): void;
  /** Each round so far, with how many units have reported everything. */
  progress(id: string): RoundProgress[];
}

export function ledgerService(deps: BotDeps): LedgerService {
  const repo = deps.store.standingLedgers;
  return {
    all: () => repo.all(),
    get: (id) => repo.get(id),
    pending: (id) => {
      const ledger = repo.get(id);
      return ledger ? pendingRound(deps, ledger) : undefined;
    },
    nextOpening: () => nextOpening(deps),
    openDue: (at) => openDueRounds(deps, at),
    ofCollection: (collectionId) => ledgerOfCollection(deps, collectionId),
    check: (l) => checkLedger(deps, l),
    define: (l, by, at) => defineLedger(deps, l, by, at),
    setStatus: (id, status) => setLedgerStatus(deps, id, status, deps.clock.now()),
    progress: (id) => roundProgress(deps, id),
  };
}

const CADENCE_WORDS: Record<StandingLedger['cadence'], string> = { weekly: '按周', monthly: '按月', quarterly: '按季度', yearly: '按年' };

/** What a request that joined a ledger's round is told: 已在“社会救助月报”中按月收集，12月5日前报齐，无需另行通知. */
export function ledgerJoinNote(deps: BotDeps, collectionId: number): string | null {
  const { store } = deps;
  const ledger = ledgerOfCollection(deps, collectionId);
  if (!ledger) return null;
  const round = store.standingLedgers.roundOfCollection(collectionId)!;
  const own = round.requestId === null ? undefined : store.requests.get(round.requestId);
  const due = own?.deadline ? `${formatDeadline(own.deadline, false, deps.settings().timezone)}前报齐，` : '';
  return `已在“${ledger.name}”中${CADENCE_WORDS[ledger.cadence]}收集，${due}无需另行通知`;
}
