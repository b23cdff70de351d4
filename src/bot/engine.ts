// The platform-neutral bot: store the message first, work out who is speaking and what they mean, act, answer.
import type { ChatId } from '../chat/chat-id.js';
import type { Address, InboundMessage } from '../chat/contract.js';
import type { Member } from '../domain/types.js';
import type { Store } from '../store/store.js';
import { CommandRegistry } from './command-registry.js';
import { coreCommands } from './commands.js';
import type { BotDeps, Logger, Turn } from './context.js';
import { silentLogger } from './context.js';
import { HANDLERS } from './handlers.js';
import type { Clock } from './clock.js';
import { Outbound } from './outbound.js';
import { ParserCache } from './parsers.js';
import type { Settings } from './settings.js';
import { visibleText, warnAboutPersonalNumbers } from './personal-warning.js';
import { handleStranger } from './strangers.js';
import { counted } from '../store/work-counts.js';

/** Longest a live drain holds the event loop before letting HTTP through, and most rows it reads at once. */
const SLICE_MS = 25;
const SLICE_ROWS = 200;

/** What storing an inbound message did. */
export interface Accepted {
  /** The platform delivered it before: stored once, acted on once. */
  duplicate: boolean;
  /** Its line in the conversation (the earlier one for a duplicate). */
  lineId: number | undefined;
}

/** Inbound messages, each stored before anything acts on it: what adapters and plugins hand messages to. */
export interface Intake {
  /** Stores the message and has the bot act on it soon after (answer the platform once this returns). */
  accept(message: InboundMessage, raw?: unknown): Accepted;
  /**
   * As accept, but stored in one commit with the other messages that arrive in the same turn of the event loop
   * (group commit: a busy endpoint pays one commit per turn, not one per message). Answer once it resolves.
   */
  acceptGrouped(message: InboundMessage, raw?: unknown): Promise<Accepted>;
  /** Stores the message without acting on it (a platform's replay of old messages after a restart). */
  archive(message: InboundMessage, raw?: unknown): Accepted;
}

/** Drains the inbox somewhere other than this thread (the processing worker, src/runtime/processing.ts). */
export interface InboxProcessor {
  /** Has the pending inbox rows processed; resolves when the processor next reports that nothing is pending. */
  kick(): Promise<void>;
}

/**
 * Thrown while handling a message that this bot cannot finish here (a plugin's command, on the processing worker):
 * the message's effects roll back and it stays pending, for the bot that has the command.
 */
export class ProcessElsewhere extends Error {
  constructor(readonly reason: string) {
    super(`processed elsewhere: ${reason}`);
  }
}

export interface BotOptions {
  store: Store;
  clock: Clock;
  settings: () => Settings;
  logger?: Logger;
}

/** A message waiting for the next group commit (Bot.acceptGrouped). */
interface Arrival {
  message: InboundMessage;
  raw: unknown;
  resolve: (accepted: Accepted) => void;
  reject: (error: unknown) => void;
}

export class Bot implements Intake {
  readonly deps: BotDeps;
  private draining: Promise<void> | null = null;
  private arrivals: Arrival[] = [];
  private processor: InboxProcessor | null = null;
  private readonly listeners = new Set<(seq: number) => void>();

  constructor(options: BotOptions) {
    const outbound = new Outbound(options.store, options.clock, options.settings);
    this.deps = {
      store: options.store, clock: options.clock, settings: options.settings, outbound,
      parsers: new ParserCache(options.store), commands: new CommandRegistry(), logger: options.logger ?? silentLogger,
    };
    for (const command of coreCommands(this.deps)) this.deps.commands.register(command);
  }

  get store(): Store {
    return this.deps.store;
  }

  get outbound(): Outbound {
    return this.deps.outbound;
  }

  /**
   * Commits the raw message to the inbox, with its line in the conversation, before anything acts on it.
   * Returns its sequence number, or null for a redelivery.
   */
  ingest(message: InboundMessage, raw?: unknown): number | null {
    return this.ingestLine(message, raw)?.seq ?? null;
  }

  /** `ingest`, with the id of the line it stored (the acknowledgement's, known without reading it back). */
  private ingestLine(message: InboundMessage, raw?: unknown): { seq: number; lineId: number } | null {
    const { store } = this.deps;
    return store.transaction(() => {
      const seq = store.inbox.add(message, this.deps.clock.now(), raw);
      if (seq === null) return null;
      return { seq, lineId: this.addLine(seq, message, this.identify(message)) };
    });
  }

  /** The conversation line of an ingested message. */
  lineOf(seq: number): number | undefined {
    return this.deps.store.messages.lineIdOf(seq);
  }

  /** Ingest, then process in the background: what live adapters call once they may acknowledge. */
  accept(message: InboundMessage, raw?: unknown): Accepted {
    const stored = this.ingestLine(message, raw);
    if (stored !== null) void this.kick();
    return this.accepted(message, stored);
  }

  acceptGrouped(message: InboundMessage, raw?: unknown): Promise<Accepted> {
    this.deps.store.writeGate?.coming?.();
    return new Promise<Accepted>((resolve, reject) => {
      if (this.arrivals.push({ message, raw, resolve, reject }) === 1) setImmediate(() => this.storeArrivals());
    });
  }

  /**
   * The group commit: each arrival is ingested in its own savepoint (one that fails rolls back alone and its caller
   * gets the error), all of them commit together, and only then is any of them answered.
   */
  private storeArrivals(): void {
    const arrivals = this.arrivals.splice(0);
    const outcomes: Array<{ stored: { seq: number; lineId: number } | null } | { error: unknown }> = [];
    try {
      this.deps.store.transaction(() => {
        for (const arrival of arrivals) {
          try {
            outcomes.push({ stored: this.ingestLine(arrival.message, arrival.raw) });
          } catch (error) {
            outcomes.push({ error });
          }
        }
      });
    } catch (error) {
      for (const arrival of arrivals) arrival.reject(error);
      return;
    }
    if (outcomes.some((o) => 'stored' in o && o.stored !== null)) void this.kick();
    arrivals.forEach((arrival, i) => {
      const outcome = outcomes[i]!;
      if ('error' in outcome) arrival.reject(outcome.error);
      else {
        try {
          arrival.resolve(this.accepted(arrival.message, outcome.stored));
        } catch (error) {
          arrival.reject(error);
        }
      }
    });
  }

  /** Stores a message without acting on it (a platform replaying old messages after a restart). */
  archive(message: InboundMessage, raw?: unknown): Accepted {
    const { store, clock } = this.deps;
    const stored = store.transaction(() => {
      const line = this.ingestLine(message, raw);
      if (line !== null) store.inbox.mark(line.seq, 'done', this.identify(message)?.id ?? null, clock.now(), 'offline replay: stored, not acted on');
      return line;
    });
    return this.accepted(message, stored);
  }

  /** A message stored now comes with its line's id; a redelivery's line is looked up. */
  private accepted(message: InboundMessage, stored: { seq: number; lineId: number } | null): Accepted {
    if (stored) return { duplicate: false, lineId: stored.lineId };
    const seq = this.deps.store.inbox.seqOf(message.platform, message.id);
    return { duplicate: true, lineId: seq === undefined ? undefined : this.lineOf(seq) };
  }

  /** Called after each processed inbox row (tests and the web channel's live updates). */
  onProcessed(listener: (seq: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Hands the draining of the inbox to another processor (null: this thread drains it again). */
  useProcessor(processor: InboxProcessor | null): void {
    this.processor = processor;
  }

  /** Whether this thread drains the inbox (no other processor took it over). */
  get drainsHere(): boolean {
    return this.processor === null;
  }

  /** Tells the listeners that another processor handled these rows. */
  processedElsewhere(seqs: readonly number[]): void {
    for (const seq of seqs) for (const listener of this.listeners) listener(seq);
  }

  /** Processes every pending inbox row in order. Safe to call repeatedly; one drain runs at a time. */
  kick(): Promise<void> {
    if (this.processor) return this.processor.kick();
    if (!this.draining) {
      this.draining = this.drainInSlices().finally(() => {
        this.draining = null;
      });
    }
    return this.draining;
  }

  /** Waits until nothing is pending. */
  async idle(): Promise<void> {
    while (this.draining || this.deps.store.inbox.count('pending') > 0) await this.kick();
  }

  /** Everything pending, now, without yielding (replay, start-up, tests). */
  drainNow(): void {
    while (this.processSlice(Number.POSITIVE_INFINITY) > 0);
  }

  /**
   * Live draining: slices of about SLICE_MS, each in one transaction (a commit per slice, not per message), with
   * the event loop free in between so HTTP acknowledgements are never stuck behind a long backlog.
   */
  private async drainInSlices(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.processSlice(SLICE_MS) > 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }

  /** Processes pending rows for up to `budgetMs`; returns how many it handled. */
  private processSlice(budgetMs: number): number {
    const { store } = this.deps;
    const batch = store.inbox.pending(SLICE_ROWS);
    if (!batch.length) return 0;
    const until = performance.now() + budgetMs;
    let done = 0;
    const processed: number[] = [];
    store.transaction(() => {
      for (const row of batch) {
        this.processOne(row.seq);
        processed.push(row.seq);
        done++;
        if (performance.now() > until) break;
      }
    });
    for (const seq of processed) for (const listener of this.listeners) listener(seq);
    return done;
  }

  /** Handles one stored message, exactly once: its effects and its 'done' mark commit together. */
  process(seq: number): void {
    counted('inbound message processed', () => this.processOne(seq));
    for (const listener of this.listeners) listener(seq);
  }

  private processOne(seq: number): void {
    const { store, logger } = this.deps;
    const row = store.inbox.get(seq);
    if (!row || row.status !== 'pending') return;
    try {
      store.transaction(() => {
        const member = this.identify(row.message);
        const note = this.handle(seq, row.message, member);
        store.inbox.mark(seq, 'done', member?.id ?? null, this.deps.clock.now(), note);
      });
    } catch (error) {
      if (error instanceof ProcessElsewhere) throw error;
      logger.error({ err: error, seq }, 'failed to process an inbound message');
      // The rollback undid any dictionary or roster writes; cached reads of them must go too.
      store.fields.invalidate();
      store.roster.invalidate();
      store.transaction(() => {
        store.inbox.mark(seq, 'failed', null, this.deps.clock.now(), String((error as Error)?.message ?? error).slice(0, 500));
        if (row.message.chat.kind === 'dm') {
          const member = this.identify(row.message);
          if (member) {
            this.deps.outbound.say({ kind: 'dm', memberId: member.id }, {
              text: '抱歉，处理这条消息时出了问题，消息已保存，管理员会处理。你也可以换个说法再发一次。',
            });
          }
        }
      });
    }
  }

  identify(m: InboundMessage): Member | null {
    const roster = this.deps.store.roster;
    const memberId = m.platform === 'web' || m.platform === 'replay'
      ? m.sender.platformUserId
      : roster.memberByIdentity(m.platform, m.sender.platformUserId);
    return (memberId && roster.member(memberId)) || null;
  }

  /** Acts on one message; returns what the handling noted on its inbox row (Turn.note), or null. */
  private handle(seq: number, message: InboundMessage, member: Member | null): string | null {
    const { store } = this.deps;
    const lineId = store.messages.lineIdOf(seq) ?? this.addLine(seq, message, member);
    const now = this.deps.clock.now();
    warnAboutPersonalNumbers(this.deps, message, member, lineId, now);
    if (!member) {
      handleStranger(this.deps, message, lineId, now);
      return null;
    }
    const replyTo: Address = message.chat.kind === 'channel' ? { kind: 'channel' } : { kind: 'dm', memberId: member.id };
    const turn: Turn = { seq, lineId, message, member, text: stripMention(message.text, this.deps.settings().botName), replyTo, now };
    for (const handler of HANDLERS) if (handler.when(turn) && counted(`handler ${handler.name}`, () => handler.run(this.deps, turn))) break;
    return turn.note ?? null;
  }

  /** The message's line in the conversation (what the bot's answers link to). */
  private addLine(seq: number, message: InboundMessage, member: Member | null): number {
    return this.deps.store.messages.add({
      at: message.at, chat: conversationOf(message, member), sender: member?.id ?? `?${message.sender.platformUserId}`,
      text: visibleText(message), card: null, replyTo: null, inboxSeq: seq,
    });
  }
}

function conversationOf(message: InboundMessage, member: Member | null): ChatId {
  if (message.chat.kind === 'channel') return { kind: 'channel' };
  return member ? { kind: 'dm', memberId: member.id } : { kind: 'stranger', platform: message.platform, userId: message.sender.platformUserId };
}

function stripMention(text: string, botName: string): string {
  return text.split(`@${botName}`).join(' ').replace(/\s+/g, (s) => (s.includes('\n') ? '\n' : ' ')).trim();
}
