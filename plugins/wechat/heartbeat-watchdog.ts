// Notices a puppet that has gone quiet (no heartbeat, no event) and asks for a restart.

export class HeartbeatWatchdog {
  private last = 0;
  private timer: NodeJS.Timeout | null = null;
  private firing = false;

  constructor(
    private readonly timeoutMs: number,
    private readonly onTimeout: (silentMs: number) => Promise<void>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Any sign of life from the puppet. */
  feed(): void {
    this.last = this.now();
  }

  start(probe?: () => void): void {
    this.stop();
    this.feed();
    const every = Math.max(50, Math.floor(this.timeoutMs / 4));
    this.timer = setInterval(() => void this.check(probe), every);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  get running(): boolean {
    return this.timer !== null;
  }

  private async check(probe?: () => void): Promise<void> {
    const silent = this.now() - this.last;
    if (silent < this.timeoutMs) {
      // Ask the puppet for a sign of life well before the deadline (a `dong` or `heartbeat` feeds us).
      if (silent > this.timeoutMs / 2) probe?.();
      return;
    }
    if (this.firing) return;
    this.firing = true;
    try {
      await this.onTimeout(silent);
    } finally {
      this.feed();
      this.firing = false;
    }
  }
}
