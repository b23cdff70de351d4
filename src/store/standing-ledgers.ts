// Standing ledgers (台账) and the rounds they opened: one row per (ledger, period), so a round opens once.
import type { Cadence, StandingLedger } from '../domain/standing-ledger.js';
import type { Db } from './db.js';
import { parseJson } from './json.js';

export type LedgerStatus = 'active' | 'paused';

export interface LedgerRecord extends StandingLedger {
  /** Rounds are kept for periods still running at this time (periods ended before are not asked). */
  since: Date;
  status: LedgerStatus;
  /** Who defined it: 'scenario', 'roster', 'admin' or a member id. */
  source: string;
  createdAt: Date;
}

export interface LedgerRound {
  ledgerId: string;
  period: string;
  requestId: number | null;
  collectionId: number | null;
  openedAt: Date;
}

interface LedgerRow {
  id: string; name: string; department: string; fields: string; cadence: string; due: number; targets: string | null;
  since: string; status: string; source: string; created_at: string;
}

interface RoundRow { ledger_id: string; period: string; request_id: number | null; collection_id: number | null; opened_at: string }

export class StandingLedgersRepo {
  constructor(private readonly db: Db) {}

  save(l: StandingLedger & { since: Date; source: string; createdAt: Date; status?: LedgerStatus }): void {
    this.db.prepare(`INSERT INTO standing_ledgers (id, name, department, fields, cadence, due, targets, since, status, source, created_at)
      VALUES (@id, @name, @department, @fields, @cadence, @due, @targets, @since, @status, @source, @created_at)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, department = excluded.department, fields = excluded.fields,
        cadence = excluded.cadence, due = excluded.due, targets = excluded.targets, status = excluded.status`).run({
      id: l.id, name: l.name, department: l.department, fields: JSON.stringify(l.fields), cadence: l.cadence, due: l.due,
      targets: l.targets ? JSON.stringify(l.targets) : null, since: l.since.toISOString(), status: l.status ?? 'active',
      source: l.source, created_at: l.createdAt.toISOString(),
    });
  }

  setStatus(id: string, status: LedgerStatus): void {
    this.db.prepare('UPDATE standing_ledgers SET status = ? WHERE id = ?').run(status, id);
  }

  get(id: string): LedgerRecord | undefined {
    const row = this.db.prepare('SELECT * FROM standing_ledgers WHERE id = ?').get(id) as LedgerRow | undefined;
    return row && toLedger(row);
  }

  all(): LedgerRecord[] {
    return (this.db.prepare('SELECT * FROM standing_ledgers ORDER BY rowid').all() as LedgerRow[]).map(toLedger);
  }

  /** Records a round as opened; false when it was opened before. */
  claimRound(ledgerId: string, period: string, at: Date): boolean {
    return this.db.prepare('INSERT INTO ledger_rounds (ledger_id, period, opened_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING')
      .run(ledgerId, period, at.toISOString()).changes > 0;
  }

  setRoundCollection(ledgerId: string, period: string, requestId: number, collectionId: number): void {
    this.db.prepare('UPDATE ledger_rounds SET request_id = ?, collection_id = ? WHERE ledger_id = ? AND period = ?')
      .run(requestId, collectionId, ledgerId, period);
  }

  round(ledgerId: string, period: string): LedgerRound | undefined {
    const row = this.db.prepare('SELECT * FROM ledger_rounds WHERE ledger_id = ? AND period = ?').get(ledgerId, period) as RoundRow | undefined;
    return row && toRound(row);
  }

  /** The latest period a ledger opened, if any. */
  lastRound(ledgerId: string): LedgerRound | undefined {
    const row = this.db.prepare('SELECT * FROM ledger_rounds WHERE ledger_id = ? ORDER BY opened_at DESC, rowid DESC LIMIT 1')
      .get(ledgerId) as RoundRow | undefined;
    return row && toRound(row);
  }

  roundsOf(ledgerId: string): LedgerRound[] {
    return (this.db.prepare('SELECT * FROM ledger_rounds WHERE ledger_id = ? ORDER BY opened_at, rowid').all(ledgerId) as RoundRow[]).map(toRound);
  }

  /** The round whose collection this is, if a ledger opened it. */
  roundOfCollection(collectionId: number): LedgerRound | undefined {
    const row = this.db.prepare('SELECT * FROM ledger_rounds WHERE collection_id = ?').get(collectionId) as RoundRow | undefined;
    return row && toRound(row);
  }

  /** The round a ledger's own request stands for, if it is one. */
  roundOfRequest(requestId: number): LedgerRound | undefined {
    const row = this.db.prepare('SELECT * FROM ledger_rounds WHERE request_id = ?').get(requestId) as RoundRow | undefined;
    return row && toRound(row);
  }
}

function toLedger(r: LedgerRow): LedgerRecord {
  return {
    id: r.id, name: r.name, department: r.department, fields: parseJson<string[]>(r.fields, []), cadence: r.cadence as Cadence,
    due: r.due, targets: r.targets === null ? null : parseJson<string[]>(r.targets, []), since: new Date(r.since),
    status: r.status as LedgerStatus, source: r.source, createdAt: new Date(r.created_at),
  };
}

function toRound(r: RoundRow): LedgerRound {
  return { ledgerId: r.ledger_id, period: r.period, requestId: r.request_id, collectionId: r.collection_id, openedAt: new Date(r.opened_at) };
}
