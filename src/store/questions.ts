import type { Reading } from '../domain/reply/short-answer.js';
import type { Db } from './db.js';
import { parseJson } from './json.js';

/** A question the bot asked a member back about one item, open until a short answer settles it or it expires. */
export interface OpenQuestion {
  id: number;
  memberId: string;
  unit: string;
  /** '' for a question about no one item (是哪一项的变化？): the to-do sees it, no short answer settles it. */
  field: string;
  period: string | null;
  /** The figure the question was about, as the member wrote it. */
  raw: string;
  /** What the bot asked (Chinese). */
  question: string;
  /** The figures it offered, in the order it named them; empty when any valid figure answers it. */
  readings: Reading[];
  /** The member's message that raised the question. */
  messageId: number | null;
  askedAt: Date;
  expiresAt: Date;
  /** An answer fitting none of the readings made the bot ask once more. */
  askedAgain: boolean;
}

export type QuestionOutcome = 'answered' | 'superseded' | 'replaced';

interface RawRow {
  id: number; member_id: string; unit: string; field: string; period: string; raw: string; question: string; readings: string;
  message_id: number | null; asked_at: string; expires_at: string; asked_again: number;
}

export class QuestionsRepo {
  private readonly replaceStmt;
  private readonly insertStmt;
  private readonly openOfStmt;
  private readonly closeStmt;
  private readonly closeForStmt;
  private readonly askedAgainStmt;
  private readonly closeOfNoItemStmt;

  constructor(db: Db) {
    this.replaceStmt = db.prepare(`UPDATE open_questions SET status = 'replaced', closed_at = @at
      WHERE status = 'open' AND member_id = @member AND unit = @unit AND field = @field AND period = @period`);
    this.insertStmt = db.prepare(`INSERT INTO open_questions
      (member_id, unit, field, period, raw, question, readings, message_id, asked_at, expires_at)
      VALUES (@member, @unit, @field, @period, @raw, @question, @readings, @message, @asked, @expires)`);
    this.openOfStmt = db.prepare(`SELECT * FROM open_questions WHERE member_id = ? AND status = 'open' AND expires_at > ? ORDER BY id`);
    this.closeStmt = db.prepare(`UPDATE open_questions SET status = @status, answer_message_id = @answer, closed_at = @at
      WHERE id = @id AND status = 'open'`);
    this.closeForStmt = db.prepare(`UPDATE open_questions SET status = @status, answer_message_id = @answer, closed_at = @at
      WHERE status = 'open' AND unit = @unit AND field = @field AND period = @period`);
    this.askedAgainStmt = db.prepare(`UPDATE open_questions SET asked_again = 1 WHERE id = ?`);
    this.closeOfNoItemStmt = db.prepare(`UPDATE open_questions SET status = @status, answer_message_id = @answer, closed_at = @at
      WHERE status = 'open' AND member_id = @member AND field = ''`);
  }

  /** Keeps a question; a newer one from the same member about the same item replaces the older. */
  ask(q: Omit<OpenQuestion, 'id' | 'askedAgain'>): number {
    const item = { member: q.memberId, unit: q.unit, field: q.field, period: q.period ?? '' };
    this.replaceStmt.run({ ...item, at: q.askedAt.toISOString() });
    return Number(this.insertStmt.run({
      ...item, raw: q.raw, question: q.question, readings: JSON.stringify(q.readings), message: q.messageId,
      asked: q.askedAt.toISOString(), expires: q.expiresAt.toISOString(),
    }).lastInsertRowid);
  }

  /** The member's questions still open at `now`, oldest first. */
  openOf(memberId: string, now: Date): OpenQuestion[] {
    return (this.openOfStmt.all(memberId, now.toISOString()) as RawRow[]).map(toQuestion);
  }

  /** Settled by the member's answer (`answer`: its message). */
  close(id: number, status: QuestionOutcome, answer: number | null, at: Date): void {
    this.closeStmt.run({ id, status, answer, at: at.toISOString() });
  }

  /** A figure stored for the item by any reply settles its open questions. */
  closeFor(unit: string, field: string, period: string | null, answer: number | null, at: Date): void {
    this.closeForStmt.run({ unit, field, period: period ?? '', status: 'superseded', answer, at: at.toISOString() });
  }

  /** The member's questions about no one item (field ''), settled by the figures their next report gave. */
  closeOfNoItem(memberId: string, answer: number | null, at: Date): void {
    this.closeOfNoItemStmt.run({ member: memberId, status: 'superseded', answer, at: at.toISOString() });
  }

  markAskedAgain(id: number): void {
    this.askedAgainStmt.run(id);
  }
}

function toQuestion(r: RawRow): OpenQuestion {
  return {
    id: r.id, memberId: r.member_id, unit: r.unit, field: r.field, period: r.period === '' ? null : r.period, raw: r.raw,
    question: r.question, readings: parseJson<Reading[]>(r.readings, []), messageId: r.message_id, askedAt: new Date(r.asked_at),
    expiresAt: new Date(r.expires_at), askedAgain: r.asked_again === 1,
  };
}
