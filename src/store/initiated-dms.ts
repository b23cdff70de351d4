import type { Db } from './db.js';

/** What kind of conversation the bot started: a batch of asks, or another note (a correction, a cancellation). */
export type InitiatedKind = 'batch' | 'note';

/** Every DM the bot starts, by member and local day: the two-a-day cap and the burden figures read it. */
export class InitiatedDmsRepo {
  constructor(private readonly db: Db) {}

  add(memberId: string, day: string, at: Date, messageId: number, kind: InitiatedKind): void {
    this.db.prepare('INSERT INTO initiated_dms (member_id, day, at, message_id, kind) VALUES (?, ?, ?, ?, ?)')
      .run(memberId, day, at.toISOString(), messageId, kind);
  }

  countOn(memberId: string, day: string): number {
    return (this.db.prepare('SELECT count(*) AS n FROM initiated_dms WHERE member_id = ? AND day = ?').get(memberId, day) as { n: number }).n;
  }

  /** When the bot last started a DM with the member on `day`, or null (a nudge does not repeat a message just sent). */
  lastOn(memberId: string, day: string): Date | null {
    const row = this.db.prepare('SELECT max(at) AS at FROM initiated_dms WHERE member_id = ? AND day = ?').get(memberId, day) as { at: string | null };
    return row.at === null ? null : new Date(row.at);
  }

  /**
   * The DMs each of `memberIds` had on `day` (0 for none), in one statement: a plan or a batch run asks it for every
   * member it may write to, and writes only to each member once it has asked (docs/performance.md, phase 21).
   */
  countsOn(memberIds: readonly string[], day: string): Map<string, number> {
    const counts = new Map<string, number>();
    if (!memberIds.length) return counts;
    const rows = this.db.prepare(`SELECT j.value AS member_id, (SELECT count(*) FROM initiated_dms d WHERE d.member_id = j.value AND d.day = ?) AS n
      FROM json_each(?) j`).all(day, JSON.stringify(memberIds)) as Array<{ member_id: string; n: number }>;
    for (const r of rows) counts.set(r.member_id, r.n);
    return counts;
  }

  /** DMs per member and day, for the days given. */
  onDays(days: string[]): Array<{ memberId: string; day: string; n: number }> {
    if (!days.length) return [];
    return (this.db.prepare(`SELECT member_id, day, count(*) AS n FROM initiated_dms WHERE day IN (${days.map(() => '?').join(',')})
      GROUP BY member_id, day`).all(...days) as Array<{ member_id: string; day: string; n: number }>)
      .map((r) => ({ memberId: r.member_id, day: r.day, n: r.n }));
  }

  /** DMs per member and day. */
  perMemberDay(): Array<{ memberId: string; day: string; n: number }> {
    return (this.db.prepare(`SELECT member_id, day, count(*) AS n FROM initiated_dms GROUP BY member_id, day ORDER BY member_id, day`)
      .all() as Array<{ member_id: string; day: string; n: number }>).map((r) => ({ memberId: r.member_id, day: r.day, n: r.n }));
  }
}
