// Lark's send quotas: 5 messages/s per chat and per user, 50/s per app. Senders wait their turn here.

class TokenBucket {
  private tokens: number;
  private updated: number;

  constructor(private readonly perSecond: number, now: number) {
    this.tokens = perSecond;
    this.updated = now;
  }

  /** Milliseconds until a token is available (0: available now). */
  waitMs(now: number): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil(((1 - this.tokens) / this.perSecond) * 1000);
  }

  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
  }

  full(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.perSecond;
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.perSecond, this.tokens + ((now - this.updated) / 1000) * this.perSecond);
    this.updated = now;
  }
}

export interface LimiterOptions {
  perTarget?: number;
  perApp?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class SendLimiter {
  private readonly app: TokenBucket;
  private readonly targets = new Map<string, TokenBucket>();
  private readonly perTarget: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: LimiterOptions = {}) {
    this.perTarget = options.perTarget ?? 5;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.app = new TokenBucket(options.perApp ?? 50, this.now());
  }

  /** Resolves when one more message to `target` (a chat or a user) fits both quotas, and counts it. */
  async acquire(target: string): Promise<void> {
    for (;;) {
      const now = this.now();
      const bucket = this.bucket(target, now);
      const wait = Math.max(this.app.waitMs(now), bucket.waitMs(now));
      if (wait === 0) {
        this.app.take(now);
        bucket.take(now);
        return;
      }
      await this.sleep(wait);
    }
  }

  private bucket(target: string, now: number): TokenBucket {
    let bucket = this.targets.get(target);
    if (!bucket) {
      if (this.targets.size > 1000) for (const [k, b] of this.targets) if (b.full(now)) this.targets.delete(k);
      bucket = new TokenBucket(this.perTarget, now);
      this.targets.set(target, bucket);
    }
    return bucket;
  }
}
