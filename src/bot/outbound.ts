import { nextAllowedDmTime } from '../domain/calendar.js';
import { counted } from '../store/work-counts.js';
import { maskPersonalNumbers } from '../domain/personal.js';
import { formatLocalDate, localParts } from '../domain/time.js';
import type { ChatId } from '../chat/chat-id.js';
import type { Address, ChatAdapter, OutboundMessage } from '../chat/contract.js';
import type { Store } from '../store/store.js';
import type { Clock } from './clock.js';
import type { Settings } from './settings.js';

export interface SayOptions {
  /** The conversation line this answers. */
  replyTo?: number | null;
  /** A DM the bot starts (asks, reminders, to-do) waits for working hours; an answer to someone who wrote never waits. */
  initiated?: boolean;
  /** A DM the bot starts that carries a member's asks (a batch); other initiated DMs are notes. */
  batch?: boolean;
  /** Platforms that must not carry this message (a "WeChat is down" note is pointless on WeChat). */
  except?: string[];
  /** The one platform that carries it (an answer in the channel to someone not on the roster, on the platform they wrote from). */
  only?: string;
}

/** Records what the bot says in the conversation and queues it for every adapter that can deliver it. */
export class Outbound {
  private readonly adapters = new Map<string, ChatAdapter>();
  private readonly files = new Map<number, NonNullable<OutboundMessage['file']>>();

  constructor(private readonly store: Store, private readonly clock: Clock, private readonly settings: () => Settings) {}

  attach(adapter: ChatAdapter): void {
    this.adapters.set(adapter.platform, adapter);
  }

  detach(platform: string): void {
    this.adapters.delete(platform);
  }

  adapter(platform: string): ChatAdapter | undefined {
    return this.adapters.get(platform);
  }

  platforms(): string[] {
    return [...this.adapters.keys()];
  }

  /** The bot never repeats an ID-card or mobile number, whoever wrote it (a forwarded question, a 反映): it says them masked. */
  say(to: Address, said: OutboundMessage, options: SayOptions = {}): number {
    return this.sayAt(to, said, options).id;
  }

  /** As `say`, with the time the line was recorded at (a DM the bot starts waits for working hours: later than now). */
  sayAt(to: Address, said: OutboundMessage, options: SayOptions = {}): { id: number; at: Date } {
    return counted(options.batch ? 'bot message (batch)' : 'bot message', () => this.sayNow(to, said, options));
  }

  private sayNow(to: Address, said: OutboundMessage, options: SayOptions): { id: number; at: Date } {
    const message = { ...said, text: maskPersonalNumbers(said.text) };
    const now = this.clock.now();
    const at = to.kind === 'dm' && options.initiated ? nextAllowedDmTime(now, this.settings()) : now;
    const id = this.store.messages.add({
      at, chat: chatOf(to), sender: 'bot', text: message.text, card: message.card ?? null, replyTo: options.replyTo ?? null, inboxSeq: null,
    });
    if (to.kind === 'dm' && options.initiated) {
      const s = this.settings();
      this.store.initiatedDms.add(to.memberId, formatLocalDate(localParts(at, s.timezone)), at, id, options.batch ? 'batch' : 'note');
    }
    // Someone not on the roster is reached on their own platform only.
    const only = to.kind === 'stranger' ? to.platform : options.only;
    let queued = false;
    for (const adapter of this.adapters.values()) {
      if (options.except?.includes(adapter.platform) || (only !== undefined && adapter.platform !== only)) continue;
      const target = adapter.resolve(to);
      if (!target) continue;
      this.store.outbox.enqueue(id, adapter.platform, target, message.mentions ?? [], at);
      queued = true;
    }
    if (message.file && queued) {
      this.files.set(id, message.file);
      this.onFile?.(id, message.file);
    }
    return { id, at };
  }

  /** Told of each queued attachment (the processing worker hands it to the thread that delivers the outbox). */
  onFile: ((messageId: number, file: NonNullable<OutboundMessage['file']>) => void) | null = null;

  /** Keeps an attachment queued by another thread until its deliveries settle. */
  keepFile(messageId: number, file: NonNullable<OutboundMessage['file']>): void {
    this.files.set(messageId, file);
  }

  /**
   * An attachment queued with a message. Kept in memory only until its deliveries settle (exports are regenerated
   * on demand, and a restart drops them too): an attachment no adapter carries is never kept.
   */
  fileOf(messageId: number): OutboundMessage['file'] {
    return this.files.get(messageId);
  }

  /** Forgets a message's attachment once no delivery of it is pending any more. */
  settled(messageId: number): void {
    if (this.files.has(messageId) && !this.store.outbox.hasPending(messageId)) this.files.delete(messageId);
  }
}

/** The conversation an address's messages are recorded in. */
export function chatOf(to: Address): ChatId {
  switch (to.kind) {
    case 'channel': return { kind: 'channel' };
    case 'dm': return { kind: 'dm', memberId: to.memberId };
    case 'stranger': return { kind: 'stranger', platform: to.platform, userId: to.userId };
  }
}
