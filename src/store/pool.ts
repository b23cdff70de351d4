import type { FieldValue, Period } from '../domain/types.js';
import type { DataVersion } from './data-version.js';
import type { Db } from './db.js';
import { periodFromColumn, periodToColumn } from './period-column.js';
import { transactionReads, type TransactionReads } from './transaction-reads.js';

/** What the held pairs are read from (for tracked reads: transaction-reads.ts). */
export const POOL_TABLES = ['pool'];

export interface PoolValue {
  unit: string;
  field: string;
  period: string | null;
  value: FieldValue;
  memberId: string | null;
  messageId: number | null;
  at: Date;
  version: number;
  /** Set when nobody typed the figure: `confirmed from 2026-10` (the member said it had not changed). */
  source?: string | null;
  /** Given as an estimate (约三百八): shown and exported as one, never as an exact figure. */
  approximate?: boolean;
}

interface RawRow {
  unit: string; field: string; period: string; value: string; member_id: string | null; message_id: number | null;
  at: string; version: number; source: string | null; approximate?: number;
}

/** Most distinct (unit, field) pairs the pool keeps in memory to answer "never reported" without a query. */
const HELD_PAIRS_LIMIT = 200_000;

/** Most last-figure answers (`latestBefore`) kept in memory; all are dropped when one more would pass it. */
const LAST_FIGURES_LIMIT = 100_000;

/** A pair's kept last figures (`latestBefore`'s answers): one period's as a [period, row] tuple, more by period. */
type KeptFigures = readonly [period: string, row: RawRow | undefined] | Map<string, RawRow | undefined>;

/** A GLOB pattern matching exactly the periods of the period's shape: each digit any digit, every other character itself. */
export function sameShapeGlob(period: string): string {
  return period.replace(/[^0-9]/g, (c) => (c === '*' || c === '?' || c === '[' ? `[${c}]` : c)).replace(/[0-9]/g, '[0-9]');
}

const pairKey = (unit: string, field: string): string => `${unit}\u0000${field}`;
const rowKey = (unit: string, field: string, column: string): string => `${unit}\u0000${field}\u0000${column}`;

/**
 * (unit, field) pairs as fields by unit: asked once or more for every candidate of every reply, a lookup by the two
 * strings the caller already holds costs no new string (a joined key was built and hashed afresh on each call).
 */
class HeldPairs {
  private readonly byUnit = new Map<string, Set<string>>();

  add(unit: string, field: string): void {
    let fields = this.byUnit.get(unit);
    if (!fields) this.byUnit.set(unit, (fields = new Set()));
    fields.add(field);
  }

  has(unit: string, field: string): boolean {
    return this.byUnit.get(unit)?.has(field) ?? false;
  }
}

/** The shared data pool: the latest value per (unit, field, period), with every earlier version kept (留痕). */
export class PoolRepo {
  private readonly getStmt;
  /**
   * Every (unit, field) with a value in some period, or null until first needed: most lookups (an ask's last figure, a
   * reply's candidates) are for items never reported, and answer "none" without a query. Values are never deleted, so
   * `put` only adds; dropped when another connection commits (data_version moves) and on a rollback (`forgetCached`).
   * Not kept for a pool with more pairs than HELD_PAIRS_LIMIT.
   */
  private heldPairs: HeldPairs | 'too many' | null = null;
  /**
   * `latestBefore`'s rows by (unit, field), then by the period asked: a batch message shows the last figure of every
   * open item it carries, and an item stays open (and is shown again) over many batches while its pair gets no new
   * value. An answer depends only on its pair's rows: dropped for the pair by `put`, and all of them when the held
   * pairs are (another connection's commit, a rollback). A pair asked for one period (nearly all: a batch asks for the
   * current one) keeps a [period, row] tuple, not a Map of its own (~210 bytes less each: 26,769 pairs, 5.6 MB of the
   * worker's heap on the memory bench's store, docs/performance.md phase 29); a second period makes it a Map.
   */
  private lastFigures = new Map<string, KeptFigures>();
  private lastFigureCount = 0;
  private dataVersion = -1;
  private readonly reads: TransactionReads;
  /**
   * Rows by (unit, field, period), kept as transaction reads are (within one store transaction; across them on an
   * in-memory store); `put` drops only the row it writes, any other write to the pool drops them all.
   */
  private readonly rows;

  constructor(private readonly db: Db, private readonly dataVersions: DataVersion) {
    this.getStmt = db.prepare('SELECT * FROM pool WHERE unit = ? AND field = ? AND period = ?');
    this.reads = transactionReads(db);
    this.rows = this.reads.memo<RawRow | undefined>('pool row', ['pool']);
  }

  /** Forgets what was cached: the writes it reflected may have been rolled back. */
  forgetCached(): void {
    this.heldPairs = null;
    this.forgetLastFigures();
  }

  private forgetLastFigures(): void {
    if (!this.lastFigureCount) return;
    this.lastFigures = new Map();
    this.lastFigureCount = 0;
  }

  /** False only when the pool holds no value of the unit's field for any period. */
  private mayHold(unit: string, field: string): boolean {
    this.reads.readFrom(POOL_TABLES);
    const version = this.dataVersions.version(POOL_TABLES);
    if (version !== this.dataVersion) {
      this.heldPairs = null;
      this.forgetLastFigures();
      this.dataVersion = version;
    }
    if (this.heldPairs === null) {
      const count = (this.db.prepare('SELECT count(*) FROM (SELECT DISTINCT unit, field FROM pool LIMIT ?)').pluck().get(HELD_PAIRS_LIMIT + 1)) as number;
      this.heldPairs = count > HELD_PAIRS_LIMIT ? 'too many' : new HeldPairs();
      if (this.heldPairs instanceof HeldPairs) {
        for (const [u, f] of this.db.prepare('SELECT DISTINCT unit, field FROM pool').raw().all() as Array<[string, string]>) this.heldPairs.add(u, f);
      }
    }
    return this.heldPairs === 'too many' || this.heldPairs.has(unit, field);
  }

  get(unit: string, field: string, period: string | null): PoolValue | undefined {
    if (!this.mayHold(unit, field)) return undefined;
    const column = periodToColumn(period);
    const row = this.rows.read(rowKey(unit, field, column), () => this.getStmt.get(unit, field, column) as RawRow | undefined);
    return row && toValue(row);
  }

  /** Writes a new version; returns the previous value when there was one. */
  put(v: Omit<PoolValue, 'version'>): { previous: PoolValue | undefined; version: number } {
    const previous = this.get(v.unit, v.field, v.period);
    const version = (previous?.version ?? 0) + 1;
    const column = periodToColumn(v.period);
    const args = [
      v.unit, v.field, column, JSON.stringify(v.value), v.memberId, v.messageId, v.at.toISOString(), version,
      v.source ?? null, v.approximate ? 1 : 0,
    ];
    // both statements write this (unit, field, period) only: the other rows kept stay (a reply's candidates read the
    // unit's rows again at its next reply, after other units' figures were put)
    this.rows.writeKey(rowKey(v.unit, v.field, column), () => {
      this.db.prepare(`INSERT INTO pool (unit, field, period, value, member_id, message_id, at, version, source, approximate)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (unit, field, period) DO UPDATE SET value = excluded.value, member_id = excluded.member_id,
          message_id = excluded.message_id, at = excluded.at, version = excluded.version, source = excluded.source,
          approximate = excluded.approximate`).run(...args);
      this.db.prepare(`INSERT INTO pool_history (unit, field, period, value, member_id, message_id, at, version, source, approximate)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(...args);
    });
    if (this.heldPairs instanceof HeldPairs) this.heldPairs.add(v.unit, v.field);
    const figures = this.lastFigures.get(pairKey(v.unit, v.field));
    if (figures) {
      this.lastFigureCount -= figures instanceof Map ? figures.size : 1;
      this.lastFigures.delete(pairKey(v.unit, v.field));
    }
    return { previous, version };
  }

  /**
   * The unit's latest figure for the field in an earlier period of the same shape (2026-10 before 2026-11; 2026-Q3
   * before 2026-Q4): the same digits-for-digits rule as the domain's periodShape, checked by SQLite (GLOB) while it
   * walks the key backwards, so one row is read instead of every earlier period's (a batch asks this for each field
   * of a member's card: 50% of a notice's time on a store of a million values).
   */
  latestBefore(unit: string, field: string, period: string): PoolValue | undefined {
    if (!this.mayHold(unit, field)) return undefined;
    const pair = pairKey(unit, field);
    let figures = this.lastFigures.get(pair);
    if (figures instanceof Map ? figures.has(period) : figures?.[0] === period) {
      const kept = figures instanceof Map ? figures.get(period) : figures![1];
      return kept && toValue(kept);
    }
    const row = this.db.prepare(`SELECT * FROM pool WHERE unit = ? AND field = ? AND period < ? AND period GLOB ? ORDER BY period DESC LIMIT 1`)
      .get(unit, field, periodToColumn(period), sameShapeGlob(period)) as RawRow | undefined;
    if (this.lastFigureCount >= LAST_FIGURES_LIMIT) {
      this.forgetLastFigures();
      figures = undefined;
    }
    if (!figures) this.lastFigures.set(pair, [period, row]);
    else if (figures instanceof Map) figures.set(period, row);
    else this.lastFigures.set(pair, new Map([figures, [period, row]]));
    this.lastFigureCount++;
    return row && toValue(row);
  }

  history(unit: string, field: string, period: string | null): PoolValue[] {
    return (this.db.prepare('SELECT * FROM pool_history WHERE unit = ? AND field = ? AND period = ? ORDER BY version')
      .all(unit, field, periodToColumn(period)) as RawRow[]).map(toValue);
  }

  /** How many earlier versions each (unit, field, period) has: history(…).length for every key at once. */
  historyCounts(): (unit: string, field: string, period: Period) => number {
    const counts = new Map<string, number>();
    for (const [unit, field, period, n] of this.db.prepare('SELECT unit, field, period, count(*) FROM pool_history GROUP BY unit, field, period')
      .raw().all() as Array<[string, string, string, number]>) counts.set(`${pairKey(unit, field)}\u0000${period}`, n);
    return (unit, field, period) => counts.get(`${pairKey(unit, field)}\u0000${periodToColumn(period)}`) ?? 0;
  }

  /** Every period holding a value for the unit's field ('' for no period). */
  periodsHeld(unit: string, field: string): string[] {
    if (!this.mayHold(unit, field)) return [];
    return (this.db.prepare('SELECT period FROM pool WHERE unit = ? AND field = ?').raw().all(unit, field) as Array<[string]>).map((r) => r[0]);
  }

  /**
   * Periods (none = '' left out) whose value for the unit's field a member gave at or after `since`, in period order:
   * one query per field instead of a read per held period.
   */
  periodsGivenSince(unit: string, field: string, since: Date): string[] {
    if (!this.mayHold(unit, field)) return [];
    return this.db.prepare(`SELECT period FROM pool WHERE unit = ? AND field = ? AND period != '' AND at >= ? AND member_id IS NOT NULL ORDER BY period`)
      .pluck().all(unit, field, since.toISOString()) as string[];
  }

  all(): PoolValue[] {
    return (this.db.prepare('SELECT * FROM pool ORDER BY unit, field, period').all() as RawRow[]).map(toValue);
  }

  /** Values of the fields for a period, for the units listed (a ledger view or a completion table). */
  select(fields: string[], period: string | null, units?: string[]): PoolValue[] {
    if (!fields.length) return [];
    const unitClause = units?.length ? ` AND unit IN (${units.map(() => '?').join(',')})` : '';
    return (this.db.prepare(`SELECT * FROM pool WHERE period = ? AND field IN (${fields.map(() => '?').join(',')})${unitClause}`)
      .all(periodToColumn(period), ...fields, ...(units ?? [])) as RawRow[]).map(toValue);
  }

  /** Every field of each unit that holds a value for the period: for a run over many collections of that period. */
  heldInPeriod(period: string | null): Map<string, Set<string>> {
    const out = new Map<string, Set<string>>();
    for (const [unit, field] of this.db.prepare('SELECT unit, field FROM pool WHERE period = ?').raw().all(periodToColumn(period)) as Array<[string, string]>) {
      const ofUnit = out.get(unit);
      if (ofUnit) ofUnit.add(field);
      else out.set(unit, new Set([field]));
    }
    return out;
  }

  /** The fields of each unit that hold a value for the period, of these fields (covering index, no values read). */
  heldFieldsByUnit(fields: string[], period: string | null): Map<string, Set<string>> {
    const out = new Map<string, Set<string>>();
    if (!fields.length) return out;
    const rows = this.db.prepare(`SELECT unit, field FROM pool WHERE period = ? AND field IN (${fields.map(() => '?').join(',')})`)
      .raw().all(periodToColumn(period), ...fields) as Array<[string, string]>;
    for (const [unit, field] of rows) {
      const ofUnit = out.get(unit);
      if (ofUnit) ofUnit.add(field);
      else out.set(unit, new Set([field]));
    }
    return out;
  }

  /** Every period that has a value for any of the fields, newest first (null, no period, last): 查询 without a period, ledger views. */
  periodsOf(fields: string[]): Period[] {
    if (!fields.length) return [];
    return (this.db.prepare(`SELECT DISTINCT period FROM pool WHERE field IN (${fields.map(() => '?').join(',')}) ORDER BY period DESC`)
      .all(...fields) as Array<{ period: string }>).map((r) => periodFromColumn(r.period));
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM pool').get() as { n: number }).n;
  }

  /** A unit's values, newest period first (by the primary key's unit prefix). */
  ofUnit(unit: string): PoolValue[] {
    return (this.db.prepare('SELECT * FROM pool WHERE unit = ? ORDER BY period DESC, field').all(unit) as RawRow[]).map(toValue);
  }
}

function toValue(r: RawRow): PoolValue {
  return {
    unit: r.unit, field: r.field, period: periodFromColumn(r.period), value: JSON.parse(r.value) as FieldValue,
    memberId: r.member_id, messageId: r.message_id, at: new Date(r.at), version: r.version, source: r.source ?? null,
    ...(r.approximate ? { approximate: true } : {}),
  };
}
