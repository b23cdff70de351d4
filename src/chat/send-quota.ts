// A platform's send quotas (so many messages per chat or per person per window): senders wait their turn here.

export interface Rate {
  limit: number;
  windowMs: number;
}

class Bucket {
  private tokens: number;

  constructor(private readonly rate: Rate, private updated: number) {
    this.tokens = rate.limit;
  }

  /** Milliseconds until one more message fits (0: now). */
  waitMs(now: number): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : Math.ceil((1 - this.tokens) * (this.rate.windowMs / this.rate.limit));
  }

  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
  }

  full(now: number): boolean {
    this.refill(now);
    return this.tokens >= this.rate.limit;
  }

  private refill(now: number): void {
    this.tokens = Math.min(this.rate.limit, this.tokens + ((now - this.updated) / this.rate.windowMs) * this.rate.limit);
    this.updated = now;
  }
}

export interface SendQuotaOptions {
  /** A quota over every send of the app, besides the per-target ones. */
  app?: Rate;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export class SendQuota {
  private readonly app: Bucket | null;
  private readonly targets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(options: SendQuotaOptions = {}) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    this.app = options.app ? new Bucket(options.app, this.now()) : null;
  }

  /** Resolves when one more message to `target` fits its rate and the app's, and counts it. */
  async acquire(target: string, rate: Rate): Promise<void> {
    for (;;) {
      const now = this.now();
      const bucket = this.bucket(target, rate, now);
      const wait = Math.max(this.app?.waitMs(now) ?? 0, bucket.waitMs(now));
      if (wait === 0) {
        this.app?.take(now);
        bucket.take(now);
        return;
      }
      await this.sleep(wait);
    }
  }

  private bucket(target: string, rate: Rate, now: number): Bucket {
    let bucket = this.targets.get(target);
    if (!bucket) {
      if (this.targets.size > 1000) for (const [k, b] of this.targets) if (b.full(now)) this.targets.delete(k);
      bucket = new Bucket(rate, now);
      this.targets.set(target, bucket);
    }
    return bucket;
  }
}
