import type { InboundMessage } from '../chat/contract.js';
import type { Db } from './db.js';
import { parseJson } from './json.js';

export interface InboxRow {
  seq: number;
  message: InboundMessage;
  memberId: string | null;
  status: 'pending' | 'done' | 'failed';
  error: string | null;
}

interface RawRow {
  seq: number; platform: string; message_id: string; chat_kind: string; chat_id: string; sender_id: string;
  sender_name: string | null; text: string; mentions_bot: number; mentions: string; at: string; raw: string | null;
  member_id: string | null; status: string; error: string | null; form: string | null;
}

export class InboxRepo {
  private readonly insertStmt;
  private readonly getStmt;
  private readonly pendingStmt;
  private readonly markStmt;

  constructor(private readonly db: Db) {
    this.insertStmt = db.prepare(`INSERT INTO inbox
      (platform, message_id, chat_kind, chat_id, sender_id, sender_name, text, mentions_bot, mentions, at, received_at, raw, form)
      VALUES (@platform, @message_id, @chat_kind, @chat_id, @sender_id, @sender_name, @text, @mentions_bot, @mentions, @at, @received_at, @raw, @form)
      ON CONFLICT (platform, message_id) DO NOTHING`);
    this.getStmt = db.prepare('SELECT * FROM inbox WHERE seq = ?');
    this.pendingStmt = db.prepare(`SELECT * FROM inbox WHERE status = 'pending' ORDER BY seq LIMIT ?`);
    this.markStmt = db.prepare('UPDATE inbox SET status = ?, error = ?, member_id = ?, processed_at = ? WHERE seq = ?');
  }

  /** Stores a raw inbound message. Returns its sequence number, or null when the platform delivered it before. */
  add(m: InboundMessage, receivedAt: Date, raw?: unknown): number | null {
    const result = this.insertStmt.run({
      platform: m.platform, message_id: m.id, chat_kind: m.chat.kind, chat_id: m.chat.id,
      sender_id: m.sender.platformUserId, sender_name: m.sender.name ?? null, text: m.text,
      mentions_bot: m.mentionsBot ? 1 : 0, mentions: JSON.stringify(m.mentions ?? []),
      at: m.at.toISOString(), received_at: receivedAt.toISOString(), raw: raw === undefined ? null : JSON.stringify(raw),
      form: m.form ? JSON.stringify(m.form) : null,
    });
    return result.changes === 0 ? null : Number(result.lastInsertRowid);
  }

  get(seq: number): InboxRow | undefined {
    const row = this.getStmt.get(seq) as RawRow | undefined;
    return row && toRow(row);
  }

  pending(limit = 500): InboxRow[] {
    return (this.pendingStmt.all(limit) as RawRow[]).map(toRow);
  }

  mark(seq: number, status: 'done' | 'failed', memberId: string | null, at: Date, error: string | null = null): void {
    this.markStmt.run(status, error, memberId, at.toISOString(), seq);
  }

  /** The sequence number of a stored message, by its platform id. */
  seqOf(platform: string, messageId: string): number | undefined {
    const row = this.db.prepare('SELECT seq FROM inbox WHERE platform = ? AND message_id = ?').get(platform, messageId) as
      { seq: number } | undefined;
    return row?.seq;
  }

  has(platform: string, messageId: string): boolean {
    return this.db.prepare('SELECT 1 FROM inbox WHERE platform = ? AND message_id = ?').get(platform, messageId) !== undefined;
  }

  /** Leaves a note on a handled message (kept in its error column, as the offline replay's note is). */
  note(seq: number, text: string): void {
    this.db.prepare('UPDATE inbox SET error = ? WHERE seq = ?').run(text, seq);
  }

  /**
   * Handled messages noted `note` whose conversation line is no older than `since`, oldest first: read through the
   * noted rows' index (inbox_noted, migration 24) and each one's line, not a day's lines (every plan asks; a day of the
   * replay holds thousands of the bot's own lines and a few noted messages).
   */
  notedSince(note: string, since: Date): Array<{ seq: number; memberId: string; lineId: number; at: Date; text: string }> {
    const rows = this.db.prepare(`SELECT i.seq, i.member_id, m.id AS line_id, i.at, i.text FROM inbox i CROSS JOIN messages m ON m.inbox_seq = i.seq
      WHERE i.error = @note AND i.member_id IS NOT NULL AND m.at >= @since ORDER BY m.id`).all({ since: since.toISOString(), note }) as
      Array<{ seq: number; member_id: string; line_id: number; at: string; text: string }>;
    return rows.map((r) => ({ seq: r.seq, memberId: r.member_id, lineId: r.line_id, at: new Date(r.at), text: r.text }));
  }

  count(status?: string): number {
    const row = status
      ? this.db.prepare('SELECT count(*) AS n FROM inbox WHERE status = ?').get(status)
      : this.db.prepare('SELECT count(*) AS n FROM inbox').get();
    return (row as { n: number }).n;
  }
}

function toRow(r: RawRow): InboxRow {
  return {
    seq: r.seq,
    memberId: r.member_id,
    status: r.status as InboxRow['status'],
    error: r.error,
    message: {
      platform: r.platform, id: r.message_id,
      chat: { kind: r.chat_kind as 'channel' | 'dm', id: r.chat_id },
      sender: { platformUserId: r.sender_id, ...(r.sender_name ? { name: r.sender_name } : {}) },
      text: r.text, mentionsBot: r.mentions_bot === 1, mentions: parseJson<string[]>(r.mentions, []), at: new Date(r.at),
      ...(r.form ? { form: parseJson<NonNullable<InboundMessage['form']>>(r.form, { collectionId: 0, values: {} }) } : {}),
    },
  };
}
