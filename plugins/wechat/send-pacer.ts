// Spaces out sends: a personal WeChat account that posts fast looks like a spam bot and risks a ban.

export class SendPacer {
  private nextAt = 0;

  constructor(private readonly intervalMs: number, private readonly now: () => number = Date.now) {}

  /** Resolves when the next send may go out, and books the slot after it. */
  async wait(): Promise<void> {
    const now = this.now();
    const at = Math.max(now, this.nextAt);
    this.nextAt = at + this.intervalMs;
    if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
  }
}
