// A chat adapter that keeps what it is sent in memory and hands messages in on request: tests, and embedding
// onetable without a chat platform.
import { targetKinds, type Address, type ChatAdapter, type InboundMessage, type OutboundMessage, type PlatformTarget } from './contract.js';

/** The channel, a roster member, or a chat by its id (someone not on the roster). */
export type MemoryTarget = PlatformTarget<'channel' | 'member' | 'chat'>;

export interface MemorySend {
  target: MemoryTarget;
  message: OutboundMessage;
}

export interface MemoryAdapterOptions {
  /** Runs before each send with its attempt number (from 1): throw to fail it, wait to make it slow. */
  beforeSend?(attempt: number, target: MemoryTarget): Promise<void>;
  /** Members it cannot reach (resolve answers null), as a platform without their binding would. */
  unreachable?: string[];
}

export class MemoryAdapter implements ChatAdapter<MemoryTarget['kind']> {
  readonly sent: MemorySend[] = [];
  attempts = 0;
  private deliver: ((message: InboundMessage, raw?: unknown) => Promise<void>) | null = null;

  constructor(readonly platform = 'memory', private readonly options: MemoryAdapterOptions = {}) {}

  async start(deliver: (message: InboundMessage, raw?: unknown) => Promise<void>): Promise<void> {
    this.deliver = deliver;
  }

  async stop(): Promise<void> {
    this.deliver = null;
  }

  decode(stored: PlatformTarget): MemoryTarget {
    return targetKinds(this.platform, ['channel', 'member', 'chat'] as const)(stored);
  }

  resolve(to: Address): MemoryTarget | null {
    if (to.kind === 'channel') return { kind: 'channel', id: '' };
    if (to.kind === 'stranger') return { kind: 'chat', id: to.chatId };
    return this.options.unreachable?.includes(to.memberId) ? null : { kind: 'member', id: to.memberId };
  }

  async send(target: MemoryTarget, message: OutboundMessage): Promise<{ id: string }> {
    await this.options.beforeSend?.(++this.attempts, target);
    this.sent.push({ target, message });
    return { id: `${this.platform}-${this.sent.length}` };
  }

  /** A message arriving from the platform: handed to the bot's intake, as a live adapter would. */
  async receive(message: InboundMessage, raw?: unknown): Promise<void> {
    if (!this.deliver) throw new Error(`${this.platform}: not started`);
    await this.deliver(message, raw);
  }

  /** What was sent to a member, or to the channel. */
  to(memberId: string | 'channel'): OutboundMessage[] {
    return this.sent
      .filter((s) => (memberId === 'channel' ? s.target.kind === 'channel' : s.target.kind === 'member' && s.target.id === memberId))
      .map((s) => s.message);
  }
}
