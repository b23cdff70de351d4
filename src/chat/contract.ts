// The platform-neutral chat contract every adapter (Lark, WeChat, web, replay) speaks.

export interface InboundMessage {
  /** Adapter name: web, lark, wechat, replay … */
  platform: string;
  /** The platform's own message id: the inbox is unique on (platform, id), so a redelivery acts once. */
  id: string;
  chat: { kind: 'channel' | 'dm'; id: string };
  sender: { platformUserId: string; name?: string };
  text: string;
  mentionsBot: boolean;
  /** Platform user ids of other people @-mentioned. */
  mentions?: string[];
  at: Date;
  /** A form card submission (Lark card.action.trigger, the web page's form): field key → raw text. */
  form?: { collectionId: number; values: Record<string, string> };
}

/** Where the bot speaks, in roster terms. Adapters translate it to their own ids. */
export type Address = { kind: 'channel' } | { kind: 'dm'; memberId: string };

export interface CardField {
  key: string;
  label: string;
  hint?: string;
  value?: string;
}

/** A structured message that platforms with cards render natively; everyone else shows `text`. */
export type Card =
  | { type: 'request'; title: string; rows: Array<[string, string]> }
  | { type: 'ask'; title: string; collectionId: number; period: string; deadline: string | null; fields: CardField[] }
  | { type: 'table'; title: string; columns: string[]; rows: string[][] }
  | { type: 'digest'; title: string; sections: Array<{ heading: string; lines: string[] }> };

export interface OutboundMessage {
  text: string;
  card?: Card;
  /** Roster ids of members to @-mention where the platform supports it. */
  mentions?: string[];
  /** A file to attach (exports). */
  file?: { name: string; content: Buffer; mime: string };
  /** Stable per outbox row: platforms that dedupe sends (Lark's uuid) use it so a retry never posts twice. */
  idempotencyKey?: string;
}

export interface ChatAdapter {
  readonly platform: string;
  start(deliver: (message: InboundMessage, raw?: unknown) => Promise<void>): Promise<void>;
  /**
   * The platform's own address for a roster address, or null when this adapter cannot reach it.
   * `send` may also receive `raw:<platform chat id>` for someone not on the roster (the bot's answer to a stranger).
   */
  resolve(to: Address): string | null;
  send(target: string, message: OutboundMessage): Promise<{ id: string }>;
  stop(): Promise<void>;
  health?(): Record<string, unknown>;
}

/** An error an adapter throws when retrying cannot help (bot removed from the chat, user blocked the bot). */
export class PermanentSendError extends Error {}

/** An error an adapter throws when the platform asks to wait (rate limits). */
export class RetryAfterError extends Error {
  constructor(message: string, readonly retryAfterMs: number) {
    super(message);
  }
}
