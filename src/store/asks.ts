import type { Db } from './db.js';
import { periodFromColumn, periodToColumn } from './period-column.js';

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

/** One (unit, field, period) put to a person, once ever (unique in the table). */
export class AsksRepo {
  private readonly existsStmt;
  private readonly liveStmt;

  constructor(private readonly db: Db) {
    this.existsStmt = db.prepare(`SELECT 1 FROM asks WHERE unit = ? AND field = ? AND period = ? AND status != 'cancelled'`);
    this.liveStmt = db.prepare(`SELECT member_id, collection_id, sent_at FROM asks WHERE unit = ? AND field = ? AND period = ? AND status != 'cancelled'`);
  }

  exists(unit: string, field: string, period: string | null): boolean {
    return this.existsStmt.get(unit, field, periodToColumn(period)) !== undefined;
  }

  /** Returns false when the triple was asked before (a cancelled ask is asked again). */
  add(a: Omit<AskRecord, 'id' | 'status' | 'answeredAt' | 'sentAt'>): boolean {
    const r = this.db.prepare(`INSERT INTO asks (collection_id, unit, field, period, member_id, department, at) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (unit, field, period) DO UPDATE SET status = 'open', collection_id = excluded.collection_id,
        member_id = excluded.member_id, department = excluded.department, at = excluded.at, sent_at = NULL
      WHERE asks.status = 'cancelled'`)
      .run(a.collectionId, a.unit, a.field, periodToColumn(a.period), a.memberId, a.department, a.at.toISOString());
    return r.changes > 0;
  }

  /** The asks went out in a message at `at` (those already sent keep their first time). */
  markSent(ids: number[], at: Date): void {
    const stmt = this.db.prepare('UPDATE asks SET sent_at = ? WHERE id = ? AND sent_at IS NULL');
    for (const id of ids) stmt.run(at.toISOString(), id);
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
    this.db.prepare(`UPDATE asks SET status = 'cancelled' WHERE id = ? AND status = 'open'`).run(id);
  }

  answer(unit: string, field: string, period: string | null, at: Date): void {
    this.db.prepare(`UPDATE asks SET status = 'answered', answered_at = ? WHERE unit = ? AND field = ? AND period = ? AND status = 'open'`)
      .run(at.toISOString(), unit, field, periodToColumn(period));
  }

  /** The ask (not cancelled) for a (unit, field, period), if any: who was asked, for which collection, when it went out. */
  live(unit: string, field: string, period: string | null): LiveAsk | undefined {
    const r = this.liveStmt.get(unit, field, periodToColumn(period)) as { member_id: string; collection_id: number; sent_at: string | null } | undefined;
    return r && { memberId: r.member_id, collectionId: r.collection_id, sentAt: r.sent_at ? new Date(r.sent_at) : null };
  }

  /** Every ask (not cancelled) of a period, by `unit\u0000field`: for a run that looks at many collections at once. */
  liveInPeriod(period: string | null): Map<string, LiveAsk> {
    const rows = this.db.prepare(`SELECT unit, field, member_id, collection_id, sent_at FROM asks WHERE period = ? AND status != 'cancelled'`)
      .all(periodToColumn(period)) as Array<{ unit: string; field: string; member_id: string; collection_id: number; sent_at: string | null }>;
    const out = new Map<string, LiveAsk>();
    for (const r of rows) {
      out.set(`${r.unit}\u0000${r.field}`, { memberId: r.member_id, collectionId: r.collection_id, sentAt: r.sent_at ? new Date(r.sent_at) : null });
    }
    return out;
  }

  /** What a unit's reply may answer: every open ask, and answered ones asked since `since` (corrections). */
  replyableOf(unit: string, since: Date): AskRecord[] {
    return (this.db.prepare(`SELECT * FROM asks WHERE unit = ? AND (status = 'open' OR (status = 'answered' AND at >= ?)) ORDER BY id`)
      .all(unit, since.toISOString()) as RawRow[]).map(toRecord);
  }

  /** Asks of one unit (open and answered), for reply matching. */
  ofUnit(unit: string): AskRecord[] {
    return (this.db.prepare('SELECT * FROM asks WHERE unit = ? ORDER BY id').all(unit) as RawRow[]).map(toRecord);
  }

  openOf(memberId: string): AskRecord[] {
    return (this.db.prepare(`SELECT * FROM asks WHERE member_id = ? AND status = 'open' ORDER BY id`).all(memberId) as RawRow[]).map(toRecord);
  }

  /** A member's open asks still waiting for their batch. */
  waitingOf(memberId: string): AskRecord[] {
    return (this.db.prepare(`SELECT * FROM asks WHERE member_id = ? AND status = 'open' AND sent_at IS NULL ORDER BY id`).all(memberId) as RawRow[])
      .map(toRecord);
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
}

function toRecord(r: RawRow): AskRecord {
  return {
    id: r.id, collectionId: r.collection_id, unit: r.unit, field: r.field, period: periodFromColumn(r.period),
    memberId: r.member_id, department: r.department, at: new Date(r.at), status: r.status as AskRecord['status'],
    answeredAt: r.answered_at ? new Date(r.answered_at) : null, sentAt: r.sent_at ? new Date(r.sent_at) : null,
  };
}
