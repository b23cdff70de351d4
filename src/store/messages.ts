import { encodeChatId, type ChatId } from '../chat/chat-id.js';
import type { Card } from '../chat/contract.js';
import type { Db } from './db.js';
import { parseJson } from './json.js';

/** One line of the conversation as people see it: what members said and what the bot said. */
export interface ChatLine {
  id: number;
  at: Date;
  /** The conversation's text form (chat-id.ts): `channel`, `dm:<member id>`, `dm:?<platform>:<user id>`. */
  chat: string;
  /** a member id, `bot`, or `?<platform user id>` for someone not on the roster */
  sender: string;
  text: string;
  card: Card | null;
  replyTo: number | null;
  inboxSeq: number | null;
}

interface RawRow {
  id: number; at: string; chat: string; sender: string; text: string; card: string | null;
  reply_to: number | null; inbox_seq: number | null;
}

export class MessagesRepo {
  private readonly insertStmt;
  private readonly afterStmt;
  private readonly byIdStmt;
  private readonly atOfStmt;
  private readonly lastFromStmt;
  private readonly byInboxStmt;
  private readonly lineIdStmt;
  private readonly lastAnsweredStmt;

  constructor(private readonly db: Db) {
    this.insertStmt = db.prepare(`INSERT INTO messages (at, chat, sender, text, card, reply_to, inbox_seq)
      VALUES (?, ?, ?, ?, ?, ?, ?)`);
    this.afterStmt = db.prepare('SELECT * FROM messages WHERE chat = ? AND id > ? ORDER BY id LIMIT ?');
    this.byIdStmt = db.prepare('SELECT * FROM messages WHERE id = ?');
    this.atOfStmt = db.prepare('SELECT at FROM messages WHERE id = ?');
    this.lastFromStmt = db.prepare('SELECT * FROM messages WHERE chat = ? AND sender = ? AND id < ? ORDER BY id DESC LIMIT 1');
    this.byInboxStmt = db.prepare('SELECT * FROM messages WHERE inbox_seq = ?');
    this.lineIdStmt = db.prepare('SELECT id FROM messages WHERE inbox_seq = ?');
    this.lastAnsweredStmt = db.prepare(`SELECT b.reply_to AS id FROM messages b JOIN messages m ON m.id = b.reply_to
      WHERE b.id > ? AND b.id < ? AND b.sender = 'bot' AND m.sender = ? ORDER BY b.id DESC LIMIT 1`);
  }

  add(line: Omit<ChatLine, 'id' | 'chat'> & { chat: ChatId }): number {
    const r = this.insertStmt.run(
      line.at.toISOString(), encodeChatId(line.chat), line.sender, line.text, line.card ? JSON.stringify(line.card) : null,
      line.replyTo, line.inboxSeq,
    );
    return Number(r.lastInsertRowid);
  }

  get(id: number): ChatLine | undefined {
    const row = this.byIdStmt.get(id) as RawRow | undefined;
    return row && toLine(row);
  }

  /** When a line was said (without reading its text and card). */
  atOf(id: number): Date | undefined {
    const row = this.atOfStmt.get(id) as { at: string } | undefined;
    return row && new Date(row.at);
  }

  /** What `sender` said last in `chat` before line `beforeId`. */
  lastFrom(chat: ChatId, sender: string, beforeId: number): ChatLine | undefined {
    const row = this.lastFromStmt.get(encodeChatId(chat), sender, beforeId) as RawRow | undefined;
    return row && toLine(row);
  }

  /**
   * The line of `memberId`'s that the bot answered last, among the bot's lines after `afterId` and before `beforeId`:
   * what the member's next message answers (the bot's last word to them). Undefined when the bot answered none.
   */
  lastAnsweredOf(memberId: string, afterId: number, beforeId: number): number | undefined {
    const row = this.lastAnsweredStmt.get(afterId, beforeId, memberId) as { id: number } | undefined;
    return row?.id;
  }

  byInbox(seq: number): ChatLine | undefined {
    const row = this.byInboxStmt.get(seq) as RawRow | undefined;
    return row && toLine(row);
  }

  /**
   * LINE_ID_FROM_THE_INDEX: the id of an inbox row's line, read from the messages_inbox index alone (it holds the row
   * id): every stored message's acknowledgement and every processed message ask for it, and reading the whole line
   * read its text and card from the table's pages and parsed the card (docs/performance.md, phase 33).
   */
  lineIdOf(seq: number): number | undefined {
    return (this.lineIdStmt.get(seq) as { id: number } | undefined)?.id;
  }

  after(chat: ChatId, afterId: number, limit = 500): ChatLine[] {
    return (this.afterStmt.all(encodeChatId(chat), afterId, limit) as RawRow[]).map(toLine);
  }

  /**
   * Everything the bot said, in delivery order, with only its card's type (a replay's output: the cards themselves,
   * batch forms among them, cost more to read back than the rest of the line).
   */
  botLines(): Array<{ at: Date; chat: string; text: string; cardType: string | null }> {
    return (this.db.prepare(`SELECT at, chat, text, json_extract(card, '$.type') AS cardType FROM messages WHERE sender = 'bot' ORDER BY at, id`)
      .all() as Array<{ at: string; chat: string; text: string; cardType: string | null }>)
      .map((r) => ({ at: new Date(r.at), chat: r.chat, text: r.text, cardType: r.cardType }));
  }

  /** Everything the bot said, in delivery order. */
  fromBot(): ChatLine[] {
    return (this.db.prepare(`SELECT * FROM messages WHERE sender = 'bot' ORDER BY at, id`).all() as RawRow[]).map(toLine);
  }
}

function toLine(r: RawRow): ChatLine {
  return {
    id: r.id, at: new Date(r.at), chat: r.chat, sender: r.sender, text: r.text,
    card: parseJson<Card | null>(r.card, null), replyTo: r.reply_to, inboxSeq: r.inbox_seq,
  };
}
