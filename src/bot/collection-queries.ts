// The typed queries features (the digest, reminders, ledgers) make about collections, and the lifecycle steps they
// drive: what the plugin context offers instead of the store.
import type { DigestData } from '../domain/digest.js';
import type { CollectionRecord } from '../store/collections.js';
import type { DeadlineRun } from '../store/keys.js';
import { usableDeadline } from '../domain/dedup.js';
import { dayKey, itemDeadlines, requestNeeds } from './collect.js';
import type { BotDeps } from './context.js';
import { requestersOf } from './ledgers.js';
import { collectionTitle, gatherDigest, missingNeeds, overdueNeeds, rememberedLiveAsk, type MissingNeed } from './digest-data.js';
import { todoText } from './todo.js';

export type { MissingNeed };

export interface CollectionQueries {
  /** Everything the daily digest shows as of `at`. */
  digest(at: Date): DigestData;
  /** A member's to-do: a staff member's open asks, a lead's requests in progress. */
  todo(memberId: string): string;
  /** Members with at least one open ask. */
  membersWithOpenAsks(): string[];
  /** The local day of `at` (YYYY-MM-DD), for keys of daily runs. */
  day(at: Date): string;
  get(id: number): CollectionRecord | undefined;
  /** A few words for what a collection asks for (低保户数、低保人数等5项). */
  title(collection: CollectionRecord): string;
  /** Needs the pool does not hold yet, with who was asked (or would be). */
  missing(collection: CollectionRecord): MissingNeed[];
  /** The missing needs someone can fairly be called late on at `at`: their ask reached them before the deadline. */
  overdue(collection: CollectionRecord, at: Date): MissingNeed[];
  /** The members whose active requests make up the collection (for a ledger's round, its department's leads). */
  leads(id: number): string[];
  /**
   * The missing needs due at `deadline` for the member asked: the item's own due time (itemDeadlines, the earliest of
   * the requests needing it) is that deadline. What a reminder for that deadline lists.
   */
  missingDueAt(collection: CollectionRecord, deadline: Date): MissingNeed[];
  /**
   * The round of the collection's requests due at `deadline`: their leads, their departments, whether they are all of
   * the collection's active requests, and the missing needs of theirs someone can fairly be called late on at `at`.
   */
  dueRound(collection: CollectionRecord, deadline: Date, at: Date): DueRound;
  /** Incomplete collections, each with each unclaimed deadline of its requests: `after` < deadline ≤ `until`, < `before`. */
  unclaimedDeadlines(run: DeadlineRun, range: { after?: Date; until?: Date; before?: Date }): Array<{ id: number; deadline: Date }>;
  earliestUnclaimedDeadline(run: DeadlineRun, range?: { after?: Date }): Date | null;
  /** The next time an open collection stops taking in new requests. */
  nextClosing(after: Date): Date | null;
  /** Closes the collections whose closing time has passed. */
  closeDue(at: Date): void;
}

export interface DueRound {
  leads: string[];
  departments: string[];
  /** Every active request of the collection is due then (most collections: one request, or one due day). */
  whole: boolean;
  overdue: MissingNeed[];
}

export function collectionQueries(deps: BotDeps): CollectionQueries {
  const { store } = deps;
  return {
    digest: (at) => gatherDigest(deps, at),
    todo: (memberId) => todoText(deps, memberId),
    membersWithOpenAsks: () => store.asks.membersWithOpenAsks(),
    day: (at) => dayKey(deps, at),
    get: (id) => store.collections.get(id),
    title: (c) => collectionTitle(deps, c),
    missing: (c) => missingNeeds(deps, c),
    overdue: (c, at) => {
      // Nobody is late before the deadline (overdueNeeds' own first check): the missing needs are not read then.
      if (!c.deadline || c.deadline.getTime() >= at.getTime()) return [];
      const liveAsk = rememberedLiveAsk(deps);
      return overdueNeeds(deps, c, missingNeeds(deps, c, undefined, liveAsk), at, liveAsk);
    },
    leads: (id) => {
      const roster = store.roster.snapshot();
      return [...new Set(store.requests.inCollection(id).flatMap((r) => requestersOf(roster, r)))];
    },
    missingDueAt: (c, deadline) => {
      const dueOf = itemDeadlines(deps);
      return missingNeeds(deps, c).filter((n) => dueOf(c.id, n.unit, n.field)?.getTime() === deadline.getTime());
    },
    dueRound: (c, deadline, at) => {
      const roster = store.roster.snapshot();
      const all = store.requests.inCollection(c.id);
      const due = all.filter((r) => usableDeadline(r)?.getTime() === deadline.getTime());
      const wanted = new Set(due.flatMap((r) => requestNeeds(r).map((n) => `${n.unit}\u0000${n.field}`)));
      let overdue: MissingNeed[] = [];
      if (deadline.getTime() < at.getTime() && due.length) {
        const liveAsk = rememberedLiveAsk(deps);
        const missing = missingNeeds(deps, c, undefined, liveAsk).filter((n) => wanted.has(`${n.unit}\u0000${n.field}`));
        overdue = overdueNeeds(deps, c, missing, at, liveAsk, deadline);
      }
      return {
        leads: [...new Set(due.flatMap((r) => requestersOf(roster, r)))],
        departments: [...new Set(due.map((r) => r.department))],
        whole: due.length === all.length,
        overdue,
      };
    },
    unclaimedDeadlines: (run, range) => store.collections.unclaimedDeadlines(run, range),
    earliestUnclaimedDeadline: (run, range) => store.collections.earliestUnclaimedDeadline(run, range),
    nextClosing: (after) => store.collections.nextClosing(after),
    closeDue: (at) => {
      for (const c of store.collections.closingBy(at)) store.collections.setStatus(c.id, 'closed');
    },
  };
}
