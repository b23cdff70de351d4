import type { PlatformTarget } from '../chat/contract.js';
import type { Db } from './db.js';
import { parseJson } from './json.js';

export interface OutboxRow {
  id: number;
  messageId: number;
  platform: string;
  target: PlatformTarget;
  /** Roster ids of members to @-mention. */
  mentions: string[];
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
}

interface RawRow {
  id: number; message_id: number; platform: string; target_kind: string; target_id: string; mentions: string; status: string; attempts: number;
  next_attempt_at: string; last_error: string | null;
}

export class OutboxRepo {
  constructor(private readonly db: Db) {}

  enqueue(messageId: number, platform: string, target: PlatformTarget, mentions: string[], notBefore: Date): void {
    this.db.prepare(`INSERT INTO outbox (message_id, platform, target_kind, target_id, mentions, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (message_id, platform) DO NOTHING`).run(messageId, platform, target.kind, target.id, JSON.stringify(mentions), notBefore.toISOString());
  }

  due(platform: string, now: Date, limit = 50): OutboxRow[] {
    return (this.db.prepare(`SELECT * FROM outbox WHERE platform = ? AND status = 'pending' AND next_attempt_at <= ?
      ORDER BY next_attempt_at, id LIMIT ?`).all(platform, now.toISOString(), limit) as RawRow[]).map(toRow);
  }

  /** Whether any delivery of the message is still waiting to be sent. */
  hasPending(messageId: number): boolean {
    return this.db.prepare(`SELECT 1 FROM outbox WHERE message_id = ? AND status = 'pending'`).get(messageId) !== undefined;
  }

  nextDueAt(platform: string): Date | null {
    const row = this.db.prepare(`SELECT min(next_attempt_at) AS t FROM outbox WHERE platform = ? AND status = 'pending'`)
      .get(platform) as { t: string | null };
    return row.t ? new Date(row.t) : null;
  }

  markSent(id: number, sentId: string, at: Date): void {
    this.db.prepare(`UPDATE outbox SET status = 'sent', sent_id = ?, sent_at = ?, attempts = attempts + 1, last_error = NULL
      WHERE id = ?`).run(sentId, at.toISOString(), id);
  }

  markRetry(id: number, error: string, nextAt: Date): void {
    this.db.prepare(`UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?`)
      .run(error, nextAt.toISOString(), id);
  }

  /** Postpones without counting an attempt (the platform asked us to wait). */
  postpone(id: number, nextAt: Date, note: string): void {
    this.db.prepare(`UPDATE outbox SET next_attempt_at = ?, last_error = ? WHERE id = ?`).run(nextAt.toISOString(), note, id);
  }

  markFailed(id: number, error: string): void {
    this.db.prepare(`UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ? WHERE id = ?`).run(error, id);
  }

  /** Puts a failed delivery back in the queue, due now, with a fresh attempt count. */
  retry(id: number, now: Date): boolean {
    return this.db.prepare(`UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ? WHERE id = ? AND status = 'failed'`)
      .run(now.toISOString(), id).changes > 0;
  }

  counts(): Array<{ platform: string; status: string; n: number }> {
    return this.db.prepare('SELECT platform, status, count(*) AS n FROM outbox GROUP BY platform, status').all() as Array<{
      platform: string; status: string; n: number;
    }>;
  }

  failed(limit = 50): Array<OutboxRow & { text: string }> {
    return (this.db.prepare(`SELECT o.*, m.text FROM outbox o JOIN messages m ON m.id = o.message_id
      WHERE o.status = 'failed' ORDER BY o.id DESC LIMIT ?`).all(limit) as Array<RawRow & { text: string }>)
      .map((r) => ({ ...toRow(r), text: r.text }));
  }
}

function toRow(r: RawRow): OutboxRow {
  return {
    id: r.id, messageId: r.message_id, platform: r.platform, target: { kind: r.target_kind, id: r.target_id },
    mentions: parseJson<string[]>(r.mentions, []), status: r.status as OutboxRow['status'],
    attempts: r.attempts, nextAttemptAt: new Date(r.next_attempt_at), lastError: r.last_error,
  };
}
