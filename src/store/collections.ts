import type { Db } from './db.js';
import { periodFromColumn, periodToColumn } from './period-column.js';
import type { DeadlineRun } from './keys.js';
import { transactionReads } from './transaction-reads.js';

export interface CollectionRecord {
  id: number;
  period: string | null;
  /** The earliest deadline of its requests: what the asked staff see. */
  deadline: Date | null;
  /** When the collection stops taking in new requests: the latest deadline, or 7 days after a deadline-less request. */
  closesAt: Date;
  status: 'open' | 'closed';
  fields: string[];
  units: string[];
  createdAt: Date;
  doneAt: Date | null;
}

interface RawRow {
  id: number; period: string; deadline: string | null; closes_at: string; status: string; created_at: string; done_at: string | null;
}

export class CollectionsRepo {
  private readonly itemsStmt;
  private readonly unitsStmt;
  private readonly rowStmt;
  /** Collections by id within one store transaction: a message reads the same few again and again. */
  private readonly rows;

  constructor(private readonly db: Db) {
    this.rows = transactionReads(db).memo<RawRow | undefined>('collection by id', ['collections']);
    this.rowStmt = db.prepare('SELECT * FROM collections WHERE id = ?');
    this.itemsStmt = db.prepare('SELECT field FROM collection_items WHERE collection_id = ? ORDER BY rowid');
    this.unitsStmt = db.prepare('SELECT unit FROM collection_units WHERE collection_id = ? ORDER BY rowid');
  }

  create(c: { period: string | null; deadline: Date | null; closesAt: Date; createdAt: Date }): number {
    const r = this.db.prepare('INSERT INTO collections (period, deadline, closes_at, created_at) VALUES (?, ?, ?, ?)')
      .run(periodToColumn(c.period), c.deadline?.toISOString() ?? null, c.closesAt.toISOString(), c.createdAt.toISOString());
    return Number(r.lastInsertRowid);
  }

  /**
   * One statement for the fields and one for the units (a notice to every unit has hundreds), each a `json_each` of
   * the list: rows inserted in the list's order (the readers order by rowid), a repeat ignored as before
   * (docs/performance.md, phase 21).
   */
  addItems(id: number, period: string | null, fields: string[], units: string[]): void {
    if (fields.length) {
      this.db.prepare('INSERT OR IGNORE INTO collection_items (collection_id, period, field) SELECT ?, ?, value FROM json_each(?) ORDER BY key')
        .run(id, periodToColumn(period), JSON.stringify(fields));
    }
    if (units.length) {
      this.db.prepare('INSERT OR IGNORE INTO collection_units (collection_id, unit) SELECT ?, value FROM json_each(?) ORDER BY key')
        .run(id, JSON.stringify(units));
    }
  }

  setItems(id: number, period: string | null, fields: string[], units: string[]): void {
    this.db.prepare('DELETE FROM collection_items WHERE collection_id = ?').run(id);
    this.db.prepare('DELETE FROM collection_units WHERE collection_id = ?').run(id);
    this.addItems(id, period, fields, units);
  }

  setSchedule(id: number, deadline: Date | null, closesAt: Date): void {
    this.db.prepare('UPDATE collections SET deadline = ?, closes_at = ? WHERE id = ?')
      .run(deadline?.toISOString() ?? null, closesAt.toISOString(), id);
  }

  setStatus(id: number, status: CollectionRecord['status'], at: Date | null = null): void {
    this.db.prepare('UPDATE collections SET status = ?, done_at = coalesce(?, done_at) WHERE id = ?')
      .run(status, at?.toISOString() ?? null, id);
  }

  markDone(id: number, at: Date): void {
    this.db.prepare('UPDATE collections SET done_at = ? WHERE id = ?').run(at.toISOString(), id);
  }

  clearDone(id: number): void {
    this.db.prepare('UPDATE collections SET done_at = NULL WHERE id = ?').run(id);
  }

  /** A collection's deadline alone (null: none set; undefined: no such collection), without reading the record. */
  deadlineOf(id: number): Date | null | undefined {
    const row = this.row(id);
    return row && (row.deadline ? new Date(row.deadline) : null);
  }

  get(id: number): CollectionRecord | undefined {
    const row = this.row(id);
    return row && this.toRecord(row);
  }

  private row(id: number): RawRow | undefined {
    return this.rows.read(id, () => this.rowStmt.get(id) as RawRow | undefined);
  }

  /**
   * The collection a request joins: the oldest one still open (not past its closing time) for the same period that
   * asks for at least one of the fields and covers at least one of the units. Driven by the (period, field) index,
   * with each candidate's units checked by primary key, so it stays fast with 100,000 open collections.
   */
  openOverlapping(period: string | null, fields: string[], units: string[], now: Date): CollectionRecord | undefined {
    if (!fields.length || !units.length) return undefined;
    // Per field, walk the covering (period, field, collection_id) index in id order and stop at the first match;
    // CROSS JOIN keeps that index as the driving one (without statistics SQLite would walk every open collection).
    const stmt = this.db.prepare(`SELECT i.collection_id AS id FROM collection_items i
      CROSS JOIN collections c ON c.id = i.collection_id
      WHERE i.period = ? AND i.field = ? AND c.status = 'open' AND c.closes_at > ?
        AND EXISTS (SELECT 1 FROM collection_units u WHERE u.collection_id = i.collection_id
          AND u.unit IN (${units.map(() => '?').join(',')}))
      ORDER BY i.collection_id LIMIT 1`);
    let best: number | null = null;
    for (const field of fields) {
      const row = stmt.get(periodToColumn(period), field, now.toISOString(), ...units) as { id: number } | undefined;
      if (row && (best === null || row.id < best)) best = row.id;
    }
    return best === null ? undefined : this.get(best);
  }

  /** Ids of collections (any status) whose fields and units include the triple. */
  idsCovering(unit: string, field: string, period: string | null): number[] {
    return (this.db.prepare(`SELECT i.collection_id AS id FROM collection_items i
      JOIN collection_units u ON u.collection_id = i.collection_id AND u.unit = ?
      WHERE i.period = ? AND i.field = ? ORDER BY i.collection_id`).all(unit, periodToColumn(period), field) as Array<{ id: number }>)
      .map((r) => r.id);
  }

  /** Collections not yet complete, open or closed (digests: overdue ones show until they complete). */
  incomplete(): CollectionRecord[] {
    return (this.db.prepare('SELECT * FROM collections WHERE done_at IS NULL ORDER BY id').all() as RawRow[]).map((r) => this.toRecord(r));
  }

  /**
   * The same collections as `incomplete`, read a page at a time: a run over all of them (the digest at 100,000
   * collections) does not hold every record at once. Nothing may change the collections while it iterates.
   */
  *eachIncomplete(pageSize = 1000): Generator<CollectionRecord> {
    for (let after = 0; ;) {
      const rows = this.db.prepare('SELECT * FROM collections WHERE done_at IS NULL AND id > ? ORDER BY id LIMIT ?').all(after, pageSize) as RawRow[];
      for (const r of rows) yield this.toRecord(r);
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  all(): CollectionRecord[] {
    return (this.db.prepare('SELECT * FROM collections ORDER BY id').all() as RawRow[]).map((r) => this.toRecord(r));
  }

  /** Open collections whose closing time has passed. */
  closingBy(now: Date): CollectionRecord[] {
    return (this.db.prepare(`SELECT * FROM collections WHERE status = 'open' AND closes_at <= ? ORDER BY id`)
      .all(now.toISOString()) as RawRow[]).map((r) => this.toRecord(r));
  }

  /**
   * DEADLINE_OF_EACH_REQUEST: each (incomplete collection, deadline of one of its active requests) whose `run`
   * (reminder, escalation) has not been claimed, by id then deadline: `after` < deadline ≤ `until`, deadline < `before`.
   * A collection merges the asks of several requests (two departments needing the same item), each with its own due
   * day: every one gets its own reminder and escalation, not only the earliest (the collection's own deadline). A
   * deadline already past when its request was posted is never used (usableDeadline). The earliest deadline's key is
   * the collection's as before (`<run>:c<id>:<deadline>`).
   */
  unclaimedDeadlines(run: DeadlineRun, range: { after?: Date; until?: Date; before?: Date }): Array<{ id: number; deadline: Date }> {
    const { where, args } = unclaimed(run, range);
    return (this.db.prepare(`SELECT DISTINCT c.id AS id, r.deadline AS deadline FROM collections c JOIN requests r ON r.collection_id = c.id
      WHERE ${where} ORDER BY c.id, r.deadline`).all(...args) as Array<{ id: number; deadline: string }>)
      .map((r) => ({ id: r.id, deadline: new Date(r.deadline) }));
  }

  /** The earliest deadline `unclaimedDeadlines` would list. */
  earliestUnclaimedDeadline(run: DeadlineRun, range: { after?: Date } = {}): Date | null {
    const { where, args } = unclaimed(run, range);
    const row = this.db.prepare(`SELECT min(r.deadline) AS d FROM collections c JOIN requests r ON r.collection_id = c.id WHERE ${where}`)
      .get(...args) as { d: string | null } | undefined;
    return row?.d ? new Date(row.d) : null;
  }

  /** The next closing time after `after` of a collection still open. */
  nextClosing(after: Date): Date | null {
    const row = this.db.prepare(`SELECT min(closes_at) AS d FROM collections WHERE status = 'open' AND closes_at > ?`)
      .get(after.toISOString()) as { d: string | null };
    return row.d ? new Date(row.d) : null;
  }

  /**
   * Fields and units are read on first use (then kept): most callers want only the period or the deadline, and a
   * collection addressed to every unit has hundreds of unit rows (bench/: this was the top hot spot).
   */
  private toRecord(r: RawRow): CollectionRecord {
    const { itemsStmt, unitsStmt } = this;
    let fields: string[] | undefined;
    let units: string[] | undefined;
    return {
      id: r.id, period: periodFromColumn(r.period), deadline: r.deadline ? new Date(r.deadline) : null,
      closesAt: new Date(r.closes_at), status: r.status as CollectionRecord['status'],
      get fields(): string[] {
        return (fields ??= (itemsStmt.all(r.id) as Array<{ field: string }>).map((x) => x.field));
      },
      set fields(value: string[]) {
        fields = value;
      },
      get units(): string[] {
        return (units ??= (unitsStmt.all(r.id) as Array<{ unit: string }>).map((x) => x.unit));
      },
      set units(value: string[]) {
        units = value;
      },
      createdAt: new Date(r.created_at), doneAt: r.done_at ? new Date(r.done_at) : null,
    };
  }
}

/**
 * The run key matched in SQL has the shape of deadlineRunKey (keys.ts): `<run>:c<id>:<deadline>`. A request's deadline
 * is never before its collection's (the earliest), so the collection's indexed deadline bounds `until` and `before`.
 */
function unclaimed(run: DeadlineRun, range: { after?: Date; until?: Date; before?: Date }): { where: string; args: string[] } {
  const where = [`c.done_at IS NULL AND c.deadline IS NOT NULL AND r.status = 'active' AND r.deadline IS NOT NULL AND r.deadline > r.created_at
    AND NOT EXISTS (SELECT 1 FROM schedule_runs s WHERE s.key = ? || ':c' || c.id || ':' || r.deadline)`];
  const args: string[] = [run];
  if (range.after) { where.push('r.deadline > ?'); args.push(range.after.toISOString()); }
  if (range.until) { where.push('c.deadline <= ? AND r.deadline <= ?'); args.push(range.until.toISOString(), range.until.toISOString()); }
  if (range.before) { where.push('c.deadline < ? AND r.deadline < ?'); args.push(range.before.toISOString(), range.before.toISOString()); }
  return { where: where.join(' AND '), args };
}
