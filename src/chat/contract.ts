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
  form?: {
    collectionId: number;
    values: Record<string, string>;
    /** The card's 与上月相同 button: every prefilled figure is confirmed as it stands. */
    same?: boolean;
  };
}

/** Where the bot speaks, in roster terms. Adapters translate it to their own targets. */
export type Address =
  | { kind: 'channel' }
  | { kind: 'dm'; memberId: string }
  /** Someone not on the roster, in their DM with the bot on the platform they wrote from. */
  | { kind: 'stranger'; platform: string; userId: string; chatId: string };

/** Where a platform delivers, in its own terms (Lark: open_id / chat_id; WeChat: room / member / contact). Kept in the outbox. */
export interface PlatformTarget<K extends string = string> {
  kind: K;
  id: string;
}

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

export interface ChatAdapter<K extends string = string> {
  readonly platform: string;
  start(deliver: (message: InboundMessage, raw?: unknown) => Promise<void>): Promise<void>;
  /** This platform's target for an address (encoding it for the outbox), or null when this adapter cannot reach it. */
  resolve(to: Address): PlatformTarget<K> | null;
  /** A target read back from the outbox: one of this adapter's kinds, else a PermanentSendError. */
  decode(stored: PlatformTarget): PlatformTarget<K>;
  send(target: PlatformTarget<K>, message: OutboundMessage): Promise<{ id: string }>;
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

/** An adapter's `decode`: accepts its own target kinds, refuses any other for good. */
export function targetKinds<K extends string>(platform: string, kinds: readonly K[]): (stored: PlatformTarget) => PlatformTarget<K> {
  return (stored) => {
    if (!(kinds as readonly string[]).includes(stored.kind)) throw new PermanentSendError(`${platform}: unknown target kind "${stored.kind}"`);
    return stored as PlatformTarget<K>;
  };
}
