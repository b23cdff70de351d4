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
