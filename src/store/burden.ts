import type { Db } from './db.js';

/** Why an ask was not needed: the pool held the figure, a merged request's ask covered it, or a standing ledger's did. */
export type AvoidReason = 'pool' | 'merge' | 'ledger';

export interface BurdenCount {
  department: string;
  memberId: string;
  n: number;
}

/** The figures behind the burden report: asks sent, asks avoided and figures confirmed, by department and member. */
export class BurdenRepo {
  constructor(private readonly db: Db) {}

  avoided(day: string, department: string, memberId: string, reason: AvoidReason, n = 1): void {
    if (n <= 0) return;
    this.db.prepare(`INSERT INTO avoided_asks (day, department, member_id, reason, n) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (day, department, member_id, reason) DO UPDATE SET n = n + excluded.n`).run(day, department, memberId, reason, n);
  }

  avoidedBy(): Array<BurdenCount & { reason: AvoidReason }> {
    return (this.db.prepare(`SELECT department, member_id, reason, sum(n) AS n FROM avoided_asks GROUP BY department, member_id, reason`)
      .all() as Array<{ department: string; member_id: string; reason: AvoidReason; n: number }>)
      .map((r) => ({ department: r.department, memberId: r.member_id, reason: r.reason, n: r.n }));
  }

  /** Asks that went out (a reply that came before the batch means one never had to be read). */
  sentBy(): BurdenCount[] {
    return (this.db.prepare(`SELECT department, member_id, count(*) AS n FROM asks WHERE sent_at IS NOT NULL AND status != 'cancelled'
      GROUP BY department, member_id`).all() as Array<{ department: string; member_id: string; n: number }>)
      .map((r) => ({ department: r.department, memberId: r.member_id, n: r.n }));
  }

  /** Figures confirmed from an earlier period instead of typed, by the department and member of their ask. */
  confirmedBy(): BurdenCount[] {
    return (this.db.prepare(`SELECT a.department, a.member_id, count(*) AS n FROM pool_history h
      JOIN asks a ON a.unit = h.unit AND a.field = h.field AND a.period = h.period
      WHERE h.source LIKE 'confirmed from %' GROUP BY a.department, a.member_id`).all() as Array<{ department: string; member_id: string; n: number }>)
      .map((r) => ({ department: r.department, memberId: r.member_id, n: r.n }));
  }
}
