import type { DataVersion } from './data-version.js';
import type { Db } from './db.js';
import { Interner } from './interner.js';
import { periodFromColumn, periodToColumn } from './period-column.js';
import { transactionReads, type TransactionReads } from './transaction-reads.js';

/** What the in-memory lists are read from (for tracked reads: transaction-reads.ts). */
export const ASK_TABLES = ['asks'];

export interface AskRecord {
  id: number;
  collectionId: number;
  unit: string;
  field: string;
  period: string | null;
  memberId: string;
  /** The department whose request the ask serves (what a batch groups by). */
  department: string;
  at: Date;
  status: 'open' | 'answered' | 'cancelled';
  answeredAt: Date | null;
  /** When the ask went out to the member; null while it waits for their batch (or was answered first). */
  sentAt: Date | null;
}

export interface LiveAsk {
  memberId: string;
  collectionId: number;
  /** null: held for the member's batch. */
  sentAt: Date | null;
}

interface RawRow {
  id: number; collection_id: number; unit: string; field: string; period: string; member_id: string; department: string; at: string;
  status: string; answered_at: string | null; sent_at: string | null;
}

/** Most lists of asks (a member's open ones, a unit's replyable ones) kept in memory at once. */
const CACHED_LISTS = 2000;

/**
 * Most asks those lists hold together (the oldest read list goes first): ~60 bytes each with their texts and times
 * shared. A store of 100,000 open collections has ~650 open asks per member, and a notice to every unit reads every
 * member's list: unbounded, the lists held 150 MB.
 */
const CACHED_LIST_ASKS = 100_000;

/**
 * Most asks kept by period for the digest (`liveInPeriod`): a period is kept whole or not at all, the oldest read
 * dropped first; a period with more asks than this is read afresh every time.
 */
const CACHED_PERIOD_ASKS = 150_000;

/** A list of asks kept in memory: oldest id first, with the rule for which asks belong to it. */
interface CachedList {
  records: AskRecord[];
  keeps(a: AskRecord): boolean;
  /** For a unit's replyable asks: the earliest ask time of the answered ones it holds. */
  since?: number;
}

/** A (unit, field) pair as AsksRepo.askedAmong names it. */
export const askedKey = (unit: string, field: string): string => `${unit}\u0000${field}`;

/** One (unit, field, period) put to a person, once ever (unique in the table). */
export class AsksRepo {
  private readonly existsStmt;
  private readonly askedAmongStmt;
  private readonly liveStmt;
  /**
   * A member's open asks are read for every batch, reply, 无变化 and to-do, a unit's replyable asks for every reply:
   * each list is kept here once read (records frozen) and updated by this repo's own writes, which return the rows
   * they change. Everything is dropped when another connection commits (SQLite's data_version moves) and when a
   * transaction rolls back (`forgetCached`).
   */
  private readonly cached = new Map<string, CachedList>();
  private cachedAsks = 0;
  private readonly shared = new Interner();
  /**
   * Each period's live asks by unit and field, as the daily digest reads them (every ask of the period): kept once
   * read and updated by this repo's writes like the lists above, and dropped with them.
   */
  private readonly periods = new Map<string, { byUnit: Map<string, Map<string, LiveAsk>>; size: number }>();
  private periodAsks = 0;
  private dataVersion = -1;
  private readonly reads: TransactionReads;

  constructor(
    private readonly db: Db, private readonly dataVersions: DataVersion,
    private readonly limits = { lists: CACHED_LISTS, asks: CACHED_LIST_ASKS },
  ) {
    this.reads = transactionReads(db);
    this.askedAmongStmt = db.prepare(`SELECT a.unit, a.field FROM json_each(?) j CROSS JOIN asks a
      ON a.unit = j.value ->> 0 AND a.field = j.value ->> 1 AND a.period = ? AND a.status != 'cancelled'`);
    this.existsStmt = db.prepare(`SELECT 1 FROM asks WHERE unit = ? AND field = ? AND period = ? AND status != 'cancelled'`);
    this.liveStmt = db.prepare(`SELECT member_id, collection_id, sent_at FROM asks WHERE unit = ? AND field = ? AND period = ? AND status != 'cancelled'`);
  }

  /** Forgets every cached read: the writes they reflected may have been rolled back. */
  forgetCached(): void {
    this.cached.clear();
    this.cachedAsks = 0;
    this.periods.clear();
    this.periodAsks = 0;
  }

  /** Drops every cached read once another connection has committed (SQLite's data_version moved). */
  private dropCachedIfStale(): void {
    this.reads.readFrom(ASK_TABLES);
    const version = this.dataVersions.version(ASK_TABLES);
    if (version !== this.dataVersion) {
      this.forgetCached();
      this.dataVersion = version;
    }
  }

  exists(unit: string, field: string, period: string | null): boolean {
    return this.existsStmt.get(unit, field, periodToColumn(period)) !== undefined;
  }

  /**
   * Which of the (unit, field) pairs were asked for the period (a cancelled ask does not count), as `askedKey`s: what
   * `exists` answers for each, in one statement for a whole notice (the pairs travel as one JSON array).
   */
  askedAmong(pairs: ReadonlyArray<{ unit: string; field: string }>, period: string | null): Set<string> {
    if (!pairs.length) return new Set();
    const rows = this.askedAmongStmt.raw().all(JSON.stringify(pairs.map((p) => [p.unit, p.field])), periodToColumn(period)) as Array<[string, string]>;
    return new Set(rows.map(([unit, field]) => askedKey(unit, field)));
  }

  /** Returns false when the triple was asked before (a cancelled ask is asked again). */
  add(a: Omit<AskRecord, 'id' | 'status' | 'answeredAt' | 'sentAt'>): boolean {
    const rows = this.db.prepare(`INSERT INTO asks (collection_id, unit, field, period, member_id, department, at) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (unit, field, period) DO UPDATE SET status = 'open', collection_id = excluded.collection_id,
        member_id = excluded.member_id, department = excluded.department, at = excluded.at, sent_at = NULL
      WHERE asks.status = 'cancelled' RETURNING *`)
      .all(a.collectionId, a.unit, a.field, periodToColumn(a.period), a.memberId, a.department, a.at.toISOString()) as RawRow[];
    this.updateCached(rows);
    return rows.length > 0;
  }

  /**
   * Several asks at once, in order (as many `add`s would): a member's share of a notice, which can be hundreds of asks.
   * Each is inserted by one prepared statement and its row built here, since a new ask's row is what was written; only
   * a triple asked before is looked at again (reopened if it was cancelled). One INSERT … SELECT over json_each with
   * RETURNING * took ~35% more CPU per ask (docs/performance.md, phase 11).
   */
  addAll(asks: ReadonlyArray<Omit<AskRecord, 'id' | 'status' | 'answeredAt' | 'sentAt'>>): void {
    if (!asks.length) return;
    const insert = this.db.prepare(`INSERT INTO asks (collection_id, unit, field, period, member_id, department, at) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (unit, field, period) DO NOTHING`);
    const rows: RawRow[] = [];
    for (const a of asks) {
      const period = periodToColumn(a.period);
      const at = a.at.toISOString();
      const written = insert.run(a.collectionId, a.unit, a.field, period, a.memberId, a.department, at);
      if (written.changes) {
        rows.push({
          id: Number(written.lastInsertRowid), collection_id: a.collectionId, unit: a.unit, field: a.field, period, member_id: a.memberId,
          department: a.department, at, status: 'open', answered_at: null, sent_at: null,
        });
        continue;
      }
      rows.push(...this.db.prepare(`UPDATE asks SET status = 'open', collection_id = ?, member_id = ?, department = ?, at = ?, sent_at = NULL
        WHERE unit = ? AND field = ? AND period = ? AND status = 'cancelled' RETURNING *`)
        .all(a.collectionId, a.memberId, a.department, at, a.unit, a.field, period) as RawRow[]);
    }
    this.updateCached(rows);
  }

  /**
   * The asks went out in a message at `at` (those already sent keep their first time). A batch marks every ask it
   * carries for the first time (59,400 rows in the 10,000-event replay). The caller passes the records this repo
   * handed out (a member's open or waiting asks): the UPDATE returns nothing (RETURNING the changed rows' keys took
   * about half of its time, docs/performance.md phase 22), and each record the caller held unsent is taken to be one
   * the statement changed, with that record's own keys. Should the number of rows changed differ (a record that was
   * not current), every cached read is dropped and read again when next asked for. Each cached record (a member's
   * open list, a unit's replyable list, its period's map) is replaced by a copy with its new sent time; a new sent time
   * never moves an ask into or out of a list, and a list that should hold a changed ask and does not is dropped.
   */
  markSent(asks: ReadonlyArray<Pick<AskRecord, 'id' | 'memberId' | 'unit' | 'field' | 'period' | 'collectionId' | 'status' | 'sentAt'>>, at: Date): void {
    const unsent = asks.filter((a) => a.sentAt === null);
    if (!unsent.length) return;
    const iso = at.toISOString();
    const changed = this.db.prepare(`UPDATE asks SET sent_at = ? WHERE id IN (SELECT value FROM json_each(?)) AND sent_at IS NULL`)
      .run(iso, JSON.stringify(unsent.map((a) => a.id))).changes;
    if (changed !== unsent.length) {
      this.forgetCached();
      return;
    }
    const sentAt = this.shared.time(iso);
    for (const { id, memberId, unit, field, period: domainPeriod, collectionId, status } of unsent) {
      if (status === 'cancelled') continue; // in no list and in no period's map
      const period = periodToColumn(domainPeriod);
      const ofUnit = this.periods.get(period)?.byUnit.get(unit);
      if (ofUnit) {
        const had = ofUnit.has(field);
        ofUnit.set(field, { memberId, collectionId, sentAt });
        if (!had) {
          this.periods.get(period)!.size++;
          this.periodAsks++;
        }
      } else if (this.periods.has(period)) {
        this.periods.get(period)!.byUnit.set(unit, new Map([[field, { memberId, collectionId, sentAt }]]));
        this.periods.get(period)!.size++;
        this.periodAsks++;
      }
      for (const key of [memberKey(memberId), unitKey(unit)]) {
        const list = this.cached.get(key);
        if (!list) continue;
        const i = firstIdAtLeast(list.records, id);
        const record = list.records[i];
        if (record?.id === id) list.records[i] = Object.freeze({ ...record, sentAt });
        else if (status === 'open') this.forgetList(key); // an open ask belongs in both lists: not current, read it again
      }
    }
  }

  /** Changed rows take their new place in the cached lists of their member and their unit. */
  private updateCached(rows: RawRow[]): void {
    for (const row of rows) {
      const period = this.periods.get(row.period);
      if (period) {
        let ofUnit = period.byUnit.get(row.unit);
        const had = ofUnit?.has(row.field) ?? false;
        if (row.status === 'cancelled') {
          if (had) ofUnit!.delete(row.field);
        } else {
          if (!ofUnit) period.byUnit.set(row.unit, ofUnit = new Map());
          ofUnit.set(row.field, { memberId: row.member_id, collectionId: row.collection_id, sentAt: row.sent_at ? new Date(row.sent_at) : null });
        }
        const change = (row.status === 'cancelled' ? 0 : 1) - (had ? 1 : 0);
        period.size += change;
        this.periodAsks += change;
      }
      const record = Object.freeze(this.toRecord(row));
      for (const key of [memberKey(row.member_id), unitKey(row.unit)]) {
        const list = this.cached.get(key);
        if (!list) continue;
        const at = firstIdAtLeast(list.records, record.id);
        const present = list.records[at]?.id === record.id;
        if (list.keeps(record)) {
          list.records.splice(at, present ? 1 : 0, record);
          if (!present) this.cachedAsks++;
        } else if (present) {
          list.records.splice(at, 1);
          this.cachedAsks--;
        }
      }
    }
  }

  /** The cached list under `key`, or a fresh one read by `load` (everything cached is dropped after another connection's commit). */
  private cachedList(key: string, load: () => CachedList, usable: (list: CachedList) => boolean = () => true): CachedList {
    this.dropCachedIfStale();
    let list = this.cached.get(key);
    if (!list || !usable(list)) {
      const fresh = load();
      fresh.records = fresh.records.map((r) => Object.freeze(r));
      this.forgetList(key);
      // a list longer than the whole allowance is read afresh each time rather than emptying the cache for it
      if (fresh.records.length <= this.limits.asks) {
        for (const oldest of this.cached.keys()) {
          if (this.cached.size < this.limits.lists && this.cachedAsks + fresh.records.length <= this.limits.asks) break;
          this.forgetList(oldest);
        }
        this.cached.set(key, fresh);
        this.cachedAsks += fresh.records.length;
      }
      list = fresh;
    }
    return list;
  }

  /** How many asks the cached lists hold (an ask in a member's and a unit's list counts twice). */
  get cachedAskCount(): number {
    return this.cachedAsks;
  }

  private forgetList(key: string): void {
    const list = this.cached.get(key);
    if (!list) return;
    this.cached.delete(key);
    this.cachedAsks -= list.records.length;
  }

  private toRecord(r: RawRow): AskRecord {
    const s = this.shared;
    return {
      id: r.id, collectionId: r.collection_id, unit: s.text(r.unit), field: s.text(r.field), period: periodFromColumn(s.text(r.period)),
      memberId: s.text(r.member_id), department: s.text(r.department), at: s.time(r.at), status: r.status as AskRecord['status'],
      answeredAt: r.answered_at ? s.time(r.answered_at) : null, sentAt: r.sent_at ? s.time(r.sent_at) : null,
    };
  }

  /** Members with open asks still waiting for their batch. */
  membersWaiting(): string[] {
    return (this.db.prepare(`SELECT DISTINCT member_id FROM asks WHERE status = 'open' AND sent_at IS NULL ORDER BY member_id`)
      .all() as Array<{ member_id: string }>).map((r) => r.member_id);
  }

  /** Members with an open ask that went out for one of these collections. */
  membersSentFor(collectionIds: Iterable<number>): Set<string> {
    const ids = [...collectionIds];
    if (!ids.length) return new Set();
    const rows = this.db.prepare(`SELECT DISTINCT member_id FROM asks WHERE status = 'open' AND sent_at IS NOT NULL
      AND collection_id IN (${ids.map(() => '?').join(',')})`).all(...ids) as Array<{ member_id: string }>;
    return new Set(rows.map((r) => r.member_id));
  }

  /** Nobody needs it any more: the member stops seeing it. */
  cancel(id: number): void {
    this.updateCached(this.db.prepare(`UPDATE asks SET status = 'cancelled' WHERE id = ? AND status = 'open' RETURNING *`).all(id) as RawRow[]);
  }

  answer(unit: string, field: string, period: string | null, at: Date): void {
    this.updateCached(this.db.prepare(`UPDATE asks SET status = 'answered', answered_at = ? WHERE unit = ? AND field = ? AND period = ? AND status = 'open'
      RETURNING *`).all(at.toISOString(), unit, field, periodToColumn(period)) as RawRow[]);
  }

  /**
   * The ask (not cancelled) for a (unit, field, period), if any: who was asked, for which collection, when it went out.
   * Answered from the period's map when it is kept (`liveInPeriod`: every ask of the period that is not cancelled, kept
   * current by this repo's writes), without a statement; read by its key otherwise.
   */
  live(unit: string, field: string, period: string | null): LiveAsk | undefined {
    if (this.periods.size) {
      this.dropCachedIfStale();
      const known = this.periods.get(periodToColumn(period));
      if (known) {
        const a = known.byUnit.get(unit)?.get(field);
        return a && { ...a };
      }
    }
    const r = this.liveStmt.get(unit, field, periodToColumn(period)) as { member_id: string; collection_id: number; sent_at: string | null } | undefined;
    return r && { memberId: r.member_id, collectionId: r.collection_id, sentAt: r.sent_at ? new Date(r.sent_at) : null };
  }

  /**
   * Every ask (not cancelled) of a period, by unit and field: for a run that looks at many collections at once. The
   * maps are kept and kept current by this repo (see `periods`): read them, never change them.
   */
  liveInPeriod(period: string | null): ReadonlyMap<string, ReadonlyMap<string, LiveAsk>> {
    this.dropCachedIfStale();
    const column = periodToColumn(period);
    const known = this.periods.get(column);
    if (known) return known.byUnit;
    const rows = this.db.prepare(`SELECT unit, field, member_id, collection_id, sent_at FROM asks WHERE period = ? AND status != 'cancelled'`)
      .raw().all(column) as Array<[string, string, string, number, string | null]>;
    const byUnit = new Map<string, Map<string, LiveAsk>>();
    // Asks sent in one message share its time: one Date for each.
    const times = new Map<string, Date>();
    for (const [unit, field, memberId, collectionId, sentAt] of rows) {
      let ofUnit = byUnit.get(unit);
      if (!ofUnit) byUnit.set(unit, ofUnit = new Map());
      let sent: Date | null = null;
      if (sentAt) {
        sent = times.get(sentAt) ?? null;
        if (!sent) times.set(sentAt, sent = new Date(sentAt));
      }
      ofUnit.set(field, { memberId, collectionId, sentAt: sent });
    }
    if (rows.length <= CACHED_PERIOD_ASKS) {
      for (const [oldest, kept] of this.periods) {
        if (this.periodAsks + rows.length <= CACHED_PERIOD_ASKS) break;
        this.periods.delete(oldest);
        this.periodAsks -= kept.size;
      }
      this.periods.set(column, { byUnit, size: rows.length });
      this.periodAsks += rows.length;
    }
    return byUnit;
  }

  /** What a unit's reply may answer: every open ask, and answered ones asked since `since` (corrections). */
  replyableOf(unit: string, since: Date): AskRecord[] {
    const from = since.getTime();
    const load = (): CachedList => ({
      since: from,
      records: (this.db.prepare(`SELECT * FROM asks WHERE unit = ? AND (status = 'open' OR (status = 'answered' AND at >= ?)) ORDER BY id`)
        .all(unit, since.toISOString()) as RawRow[]).map((r) => this.toRecord(r)),
      keeps: (a) => a.status === 'open' || (a.status === 'answered' && a.at.getTime() >= from),
    });
    // A list read for an earlier `since` holds everything a later one needs.
    const list = this.cachedList(unitKey(unit), load, (l) => l.since !== undefined && l.since <= from);
    return list.records.filter((a) => a.status === 'open' || a.at.getTime() >= from);
  }

  /** Asks of one unit (open and answered), for reply matching. */
  ofUnit(unit: string): AskRecord[] {
    return (this.db.prepare('SELECT * FROM asks WHERE unit = ? ORDER BY id').all(unit) as RawRow[]).map(toRecord);
  }

  /** A member's open asks, oldest first (the records are shared and frozen; the array is the caller's). */
  openOf(memberId: string): AskRecord[] {
    const list = this.cachedList(memberKey(memberId), () => ({
      records: (this.db.prepare(`SELECT * FROM asks WHERE member_id = ? AND status = 'open' ORDER BY id`).all(memberId) as RawRow[]).map((r) => this.toRecord(r)),
      keeps: (a) => a.status === 'open',
    }));
    return [...list.records];
  }

  /** Whether any ask went to the member at or after `since` (open, answered or cancelled). */
  askedOfSince(memberId: string, since: Date): boolean {
    return this.db.prepare('SELECT 1 FROM asks WHERE member_id = ? AND at >= ? LIMIT 1').get(memberId, since.toISOString()) !== undefined;
  }

  /** A member's open asks still waiting for their batch. */
  waitingOf(memberId: string): AskRecord[] {
    return this.openOf(memberId).filter((a) => a.sentAt === null);
  }

  ofCollection(collectionId: number): AskRecord[] {
    return (this.db.prepare('SELECT * FROM asks WHERE collection_id = ? ORDER BY id').all(collectionId) as RawRow[]).map(toRecord);
  }

  /** Members with at least one open ask. */
  membersWithOpenAsks(): string[] {
    return (this.db.prepare(`SELECT DISTINCT member_id FROM asks WHERE status = 'open' ORDER BY member_id`).all() as Array<{ member_id: string }>)
      .map((r) => r.member_id);
  }

  all(): AskRecord[] {
    return (this.db.prepare('SELECT * FROM asks ORDER BY id').all() as RawRow[]).map(toRecord);
  }

  /**
   * Every ask in id order, as the replay's output lists it: when it was made, to whom, for what, when it went out.
   * Only those columns are read, row by row, and the texts and times repeated across rows (a member, a unit, a field, a
   * period; every ask of one notice has its time, every ask of one batch its sent time) are one string and one Date
   * each. `all()` made a whole record a row, with its own strings and Dates: at the end of the 10,000-event replay
   * that was ~44 MB of heap for 60,000 asks, on top of everything else the output holds (docs/performance.md, phase 27).
   */
  timeline(): AskTimeline[] {
    const shared = new Interner();
    const out: AskTimeline[] = [];
    const rows = this.db.prepare('SELECT at, member_id, unit, field, period, sent_at FROM asks ORDER BY id').raw()
      .iterate() as IterableIterator<[string, string, string, string, string, string | null]>;
    for (const [at, memberId, unit, field, period, sentAt] of rows) {
      out.push({
        at: shared.time(at), memberId: shared.text(memberId), unit: shared.text(unit), field: shared.text(field),
        period: periodFromColumn(shared.text(period)), sentAt: sentAt ? shared.time(sentAt) : null,
      });
    }
    return out;
  }
}

/** An ask as AsksRepo.timeline lists it (its Dates shared with other asks: never change them). */
export interface AskTimeline {
  at: Date;
  memberId: string;
  unit: string;
  field: string;
  period: string | null;
  sentAt: Date | null;
}

/** Where `id` is or would go in records ordered by id: a member's list holds hundreds of asks, a batch marks them all. */
function firstIdAtLeast(records: readonly AskRecord[], id: number): number {
  let lo = 0, hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (records[mid]!.id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const memberKey = (memberId: string): string => `member\u0000${memberId}`;
const unitKey = (unit: string): string => `unit\u0000${unit}`;

function toRecord(r: RawRow): AskRecord {
  return {
    id: r.id, collectionId: r.collection_id, unit: r.unit, field: r.field, period: periodFromColumn(r.period),
    memberId: r.member_id, department: r.department, at: new Date(r.at), status: r.status as AskRecord['status'],
    answeredAt: r.answered_at ? new Date(r.answered_at) : null, sentAt: r.sent_at ? new Date(r.sent_at) : null,
  };
}
