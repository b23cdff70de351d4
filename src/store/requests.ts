import type { NewFieldSpec } from '../domain/types.js';

export type StoredNewField = NewFieldSpec & { key?: string };
import type { Db } from './db.js';
import { periodFromColumn, periodToColumn } from './period-column.js';
import { parseJson } from './json.js';
import { transactionReads, type TransactionMemo } from './transaction-reads.js';

export interface RequestRecord {
  id: number;
  messageId: number;
  memberId: string;
  department: string;
  title: string;
  fields: string[];
  newFields: StoredNewField[];
  period: string | null;
  deadline: Date | null;
  deadlineHasTime: boolean;
  targets: string[];
  collectionId: number | null;
  /**
   * pending: waiting for an admin's approval (admission under review); nothing asked yet. unread: a notice whose items the
   * bot could not read, kept while the lead is asked to list them (see bot/unread-notices.ts); read: one whose listed items
   * made it a request (the request rows carry the same message). Neither is a request: nothing is asked for them.
   */
  status: 'active' | 'pending' | 'withdrawn' | 'unread' | 'read';
  createdAt: Date;
}

/**
 * What one of a collection's active requests asks of whom and by when (times in ms since the epoch), as data every
 * caller shares: frozen, so no caller can change what the next one reads (RequestsRepo.deadlinesIn).
 */
export interface RequestDeadline {
  readonly deadline: number | null;
  readonly createdAt: number;
  readonly targets: readonly string[];
  readonly fields: readonly string[];
  readonly newFields: ReadonlyArray<Readonly<StoredNewField>>;
}

interface RawRow {
  id: number; message_id: number; member_id: string; department: string; title: string; fields: string;
  new_fields: string; period: string; deadline: string | null; deadline_has_time: number; targets: string;
  collection_id: number | null; status: string; created_at: string;
}

export class RequestsRepo {
  /**
   * A collection's active requests (raw rows, each caller gets its own records) within one store transaction: a reply
   * reads them for its candidates, its completion check and its forwarding, a notice for its plan, each again.
   */
  private readonly ofCollection;
  /** The same requests' deadlines and lists, frozen and shared (deadlinesIn): kept as long as the raw rows are. */
  private readonly deadlinesOfCollection;

  /** Both memos: a write to one request drops their answers for its collection only (before and after the write). */
  private readonly memos;
  private readonly reads;

  constructor(private readonly db: Db) {
    this.reads = transactionReads(db);
    this.ofCollection = this.reads.memo<RawRow[]>('requests in collection', ['requests']);
    this.deadlinesOfCollection = this.reads.memo<readonly RequestDeadline[]>('request deadlines in collection', ['requests']);
    this.memos = [this.ofCollection, this.deadlinesOfCollection] as ReadonlyArray<TransactionMemo<unknown>>;
  }

  /** A new request belongs to no collection yet (collection_id NULL): no collection's kept answers change. */
  add(r: Omit<RequestRecord, 'id' | 'collectionId' | 'status'>): number {
    const res = this.reads.writeKeys(this.memos, [], () => this.db.prepare(`INSERT INTO requests (message_id, member_id, department, title, fields, new_fields, period,
      deadline, deadline_has_time, targets, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      r.messageId, r.memberId, r.department, r.title, JSON.stringify(r.fields), JSON.stringify(r.newFields), periodToColumn(r.period),
      r.deadline?.toISOString() ?? null, r.deadlineHasTime ? 1 : 0, JSON.stringify(r.targets), r.createdAt.toISOString(),
    ));
    return Number(res.lastInsertRowid);
  }

  /**
   * Changes one request: the kept answers of its collection before the change and of the one it moves to (if any) go,
   * those of every other collection stay (they were dropped on every write to the table: about every 25 events of the
   * replay, each reply after it read and converted its collections' requests again).
   */
  update(id: number, patch: Partial<Pick<RequestRecord, 'fields' | 'newFields' | 'targets' | 'period' | 'deadline' | 'deadlineHasTime' | 'collectionId' | 'status'>>): void {
    const sets: string[] = [];
    const values: unknown[] = [];
    if (patch.fields) { sets.push('fields = ?'); values.push(JSON.stringify(patch.fields)); }
    if (patch.newFields) { sets.push('new_fields = ?'); values.push(JSON.stringify(patch.newFields)); }
    if (patch.targets) { sets.push('targets = ?'); values.push(JSON.stringify(patch.targets)); }
    if (patch.deadline !== undefined) { sets.push('deadline = ?'); values.push(patch.deadline?.toISOString() ?? null); }
    if (patch.deadlineHasTime !== undefined) { sets.push('deadline_has_time = ?'); values.push(patch.deadlineHasTime ? 1 : 0); }
    if (patch.collectionId !== undefined) { sets.push('collection_id = ?'); values.push(patch.collectionId); }
    if (patch.status) { sets.push('status = ?'); values.push(patch.status); }
    if (patch.period !== undefined) { sets.push('period = ?'); values.push(periodToColumn(patch.period)); }
    if (!sets.length) return;
    const before = this.db.prepare('SELECT collection_id FROM requests WHERE id = ?').get(id) as { collection_id: number | null } | undefined;
    const keys = [before?.collection_id, patch.collectionId].filter((k): k is number => k !== null && k !== undefined);
    this.reads.writeKeys(this.memos, keys, () => this.db.prepare(`UPDATE requests SET ${sets.join(', ')} WHERE id = ?`).run(...values, id));
  }

  /** The member's latest request row, whatever its status. */
  lastBy(memberId: string): RequestRecord | undefined {
    const row = this.db.prepare('SELECT * FROM requests WHERE member_id = ? ORDER BY id DESC LIMIT 1').get(memberId) as RawRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  get(id: number): RequestRecord | undefined {
    const row = this.db.prepare('SELECT * FROM requests WHERE id = ?').get(id) as RawRow | undefined;
    return row && toRecord(row);
  }

  lastActiveBy(memberId: string): RequestRecord | undefined {
    const row = this.db.prepare(`SELECT * FROM requests WHERE member_id = ? AND status = 'active' ORDER BY id DESC LIMIT 1`)
      .get(memberId) as RawRow | undefined;
    return row && toRecord(row);
  }

  /** A member's active requests, oldest first (by the member index: no scan of every request ever made). */
  activeBy(memberId: string): RequestRecord[] {
    return (this.db.prepare(`SELECT * FROM requests WHERE member_id = ? AND status = 'active' ORDER BY id`).all(memberId) as RawRow[])
      .map(toRecord);
  }

  /**
   * Active requests of a department ('' for every department), newest first, at most `limit`: the asks a reminder from
   * someone other than their poster may urge (bot/leads.ts).
   */
  activeIn(department: string, limit = 50): RequestRecord[] {
    const rows = department
      ? this.db.prepare(`SELECT * FROM requests WHERE status = 'active' AND department = ? ORDER BY id DESC LIMIT ?`).all(department, limit)
      : this.db.prepare(`SELECT * FROM requests WHERE status = 'active' ORDER BY id DESC LIMIT ?`).all(limit);
    return (rows as RawRow[]).map(toRecord);
  }

  /**
   * A member's active requests, newest first, that a new notice could repeat: of `department`, in a collection still
   * open at `now`, with the given period and deadline (null: any). The (member, department, period, deadline) index of
   * active requests finds them, so a lead with thousands of active requests reads only the few that could match.
   */
  repostCandidates(memberId: string, department: string, period: string | null, deadline: Date | null, now: Date): RequestRecord[] {
    const where = ['r.member_id = @member', "r.status = 'active'", 'r.department = @department'];
    if (period !== null) where.push('r.period = @period');
    if (deadline) where.push('r.deadline = @deadline');
    // CROSS JOIN keeps the requests index driving: the open-collections index would walk every open collection.
    return (this.db.prepare(`SELECT r.* FROM requests r CROSS JOIN collections c ON c.id = r.collection_id
      WHERE ${where.join(' AND ')} AND c.status = 'open' AND c.closes_at > @now ORDER BY r.id DESC`)
      .all({ member: memberId, department, now: now.toISOString(), ...(period !== null ? { period: periodToColumn(period) } : {}), ...(deadline ? { deadline: deadline.toISOString() } : {}) }) as RawRow[])
      .map(toRecord);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM requests').get() as { n: number }).n;
  }

  inCollection(collectionId: number): RequestRecord[] {
    return this.ofCollection.read(collectionId, () => this.db.prepare(`SELECT * FROM requests WHERE collection_id = ? AND status = 'active' ORDER BY id`)
      .all(collectionId) as RawRow[]).map(toRecord);
  }

  /**
   * A collection's active requests (inCollection's, in its order) as their deadlines and lists only, the same frozen
   * answer to every caller while it is kept (within a store transaction, or until the requests table is written on an
   * in-memory store): what each staff reply's list of open items reads for every item's deadline (itemDeadlines), so
   * a caller may work out what it needs from an answer once and keep that by the answer.
   */
  deadlinesIn(collectionId: number): readonly RequestDeadline[] {
    return this.deadlinesOfCollection.read(collectionId, () => Object.freeze(this.inCollection(collectionId).map((r) => Object.freeze({
      deadline: r.deadline?.getTime() ?? null, createdAt: r.createdAt.getTime(), targets: Object.freeze(r.targets), fields: Object.freeze(r.fields),
      newFields: Object.freeze(r.newFields.map(freezeDeep)),
    }))));
  }

  /** Collections with an active request due after `after` and no later than `until` (null: any time after). */
  collectionsDueBetween(after: Date, until: Date | null): Set<number> {
    const rows = this.db.prepare(`SELECT DISTINCT collection_id FROM requests WHERE status = 'active' AND collection_id IS NOT NULL
      AND deadline > ? AND (? IS NULL OR deadline <= ?)`).all(after.toISOString(), until?.toISOString() ?? null, until?.toISOString() ?? null) as Array<{ collection_id: number }>;
    return new Set(rows.map((r) => r.collection_id));
  }

  all(): RequestRecord[] {
    return (this.db.prepare('SELECT * FROM requests ORDER BY id').all() as RawRow[]).map(toRecord);
  }

  createdBetween(from: Date, to: Date): RequestRecord[] {
    return (this.db.prepare('SELECT * FROM requests WHERE created_at >= ? AND created_at < ? ORDER BY id')
      .all(from.toISOString(), to.toISOString()) as RawRow[]).map(toRecord);
  }
}

/**
 * The key lists (fields, targets) of requests as stored: the same texts are read again and again (a collection's
 * requests after every stored value, each day's digest), and a target list names up to every unit. Each text is parsed
 * once; every record gets its own copy.
 */
const parsedLists = new Map<string, string[]>();
const PARSED_LISTS_LIMIT = 2000;

function keyList(text: string): string[] {
  const known = parsedLists.get(text);
  if (known) return known.slice();
  const list = parseJson<string[]>(text, []);
  if (!Array.isArray(list)) return list;
  if (parsedLists.size >= PARSED_LISTS_LIMIT) parsedLists.clear();
  parsedLists.set(text, list);
  return list.slice();
}

function freezeDeep<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) freezeDeep(inner);
    Object.freeze(value);
  }
  return value;
}

function toRecord(r: RawRow): RequestRecord {
  return {
    id: r.id, messageId: r.message_id, memberId: r.member_id, department: r.department, title: r.title,
    fields: keyList(r.fields), newFields: parseJson<StoredNewField[]>(r.new_fields, []),
    period: periodFromColumn(r.period), deadline: r.deadline ? new Date(r.deadline) : null,
    deadlineHasTime: r.deadline_has_time === 1, targets: keyList(r.targets),
    collectionId: r.collection_id, status: r.status as RequestRecord['status'], createdAt: new Date(r.created_at),
  };
}
