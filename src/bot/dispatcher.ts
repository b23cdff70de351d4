// Delivers the outbox: each platform on its own loop, retries with exponential backoff and jitter, then gives up.
import { PermanentSendError, RetryAfterError, type OutboundMessage } from '../chat/contract.js';
import type { OutboxRow } from '../store/outbox.js';
import type { BotDeps } from './context.js';

export interface DispatcherOptions {
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  pollMs?: number;
  /** A send that has not settled by then counts as a failed attempt (a hung platform must not stall its queue forever). */
  sendTimeoutMs?: number;
  random?: () => number;
}

/** Longest one flush keeps sending a backlog before the next tick (other platforms flush in parallel). */
const FLUSH_BUDGET_MS = 5_000;

export function backoffDelay(attempt: number, base: number, max: number, random: () => number): number {
  const exp = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}

export class Dispatcher {
  private timer: NodeJS.Timeout | null = null;
  private readonly busy = new Set<string>();
  private readonly o: Required<DispatcherOptions>;

  constructor(private readonly deps: BotDeps, options: DispatcherOptions = {}) {
    this.o = { maxAttempts: 8, baseDelayMs: 1000, maxDelayMs: 10 * 60_000, pollMs: 500, sendTimeoutMs: 60_000, random: Math.random, ...options };
  }

  start(): void {
    this.timer = setInterval(() => void this.tick(), this.o.pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * Sends what is due on every platform; one platform's slowness or failure never holds up another. Never rejects
   * (the timer and the admin retry do not await it): a failing store or a bad row is logged, not left unhandled.
   */
  async tick(): Promise<void> {
    await Promise.all(this.deps.outbound.platforms().map((p) => this.flush(p).catch((err: unknown) => {
      this.deps.logger.error({ err, platform: p }, 'outbox delivery failed');
    })));
  }

  /**
   * Sends what is due for one platform: batch after batch while there is a backlog (bounded by FLUSH_BUDGET_MS so
   * a tick ends), stopping early when the platform asks to wait.
   */
  async flush(platform: string): Promise<void> {
    if (this.busy.has(platform)) return;
    this.busy.add(platform);
    try {
      const until = Date.now() + FLUSH_BUDGET_MS;
      while (Date.now() < until) {
        const rows = this.deps.store.outbox.due(platform, this.deps.clock.now());
        if (!rows.length) break;
        if ((await this.sendBatch(platform, rows)) === 'wait') break;
      }
    } finally {
      this.busy.delete(platform);
    }
  }

  private async sendBatch(platform: string, rows: OutboxRow[]): Promise<'more' | 'wait'> {
    const { store, outbound, clock, logger } = this.deps;
    for (const row of rows) {
      const adapter = outbound.adapter(platform);
      if (!adapter) return 'wait';
      const line = store.messages.get(row.messageId);
      if (!line) {
        store.outbox.markFailed(row.id, 'message missing');
        continue;
      }
      const message: OutboundMessage = { text: line.text, ...(line.card ? { card: line.card } : {}), mentions: row.mentions };
      const file = outbound.fileOf(row.messageId);
      if (file) message.file = file;
      try {
        const sent = await withTimeout(adapter.send(adapter.decode(row.target), { ...message, idempotencyKey: `onetable-${row.id}` }), this.o.sendTimeoutMs);
        store.outbox.markSent(row.id, sent.id, clock.now());
        outbound.settled(row.messageId);
      } catch (error) {
        const text = (error as Error)?.message ?? String(error);
        if (error instanceof RetryAfterError) {
          store.outbox.postpone(row.id, new Date(clock.now().getTime() + error.retryAfterMs), text);
          return 'wait';
        }
        if (error instanceof PermanentSendError || row.attempts + 1 >= this.o.maxAttempts) {
          store.outbox.markFailed(row.id, text);
          outbound.settled(row.messageId);
          logger.warn({ platform, outbox: row.id, err: text }, 'message delivery failed for good');
          continue;
        }
        const delay = backoffDelay(row.attempts + 1, this.o.baseDelayMs, this.o.maxDelayMs, this.o.random);
        store.outbox.markRetry(row.id, text, new Date(clock.now().getTime() + delay));
        logger.warn({ platform, outbox: row.id, err: text, retryInMs: delay }, 'message delivery failed, will retry');
      }
    }
    return 'more';
  }

}

/** Rejects when the promise has not settled in `ms` (the late result is ignored; the idempotency key covers a late success). */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`send timed out after ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
