import type { VirtualClock } from '../bot/clock.js';
import { nextCronTime, parseCron, type CronSpec } from './cron-expr.js';
import type { Job, Scheduler } from './scheduler.js';
import { counted, workCounts } from '../store/work-counts.js';

/**
 * A next time worked out at `from`, still the answer while the clock is in [from, at) (and, for nextDue, the inputs are
 * the same, and nothing it read from the store has changed). `at` null (no next time) is kept only for a tracked read.
 */
interface Kept {
  from: number;
  at: Date | null;
  inputs?: unknown;
  unchanged?: () => boolean;
}

/** Tracks what a call reads from the store (Store.trackReads). */
export interface ReadTracker {
  trackReads<T>(fn: () => T): { value: T; unchanged: () => boolean };
}

/**
 * Runs jobs against a virtual clock: `advanceTo(t)` runs every job due on the way, each at its own due time, in order.
 * A replay advances the clock to every event, so each job's next time is asked once per event: a cron time, and a
 * `nextDue` that depends on time and settings only (Job.nextDueInputs), are kept until the clock reaches them. A
 * `nextDue` that reads stored data is asked every time, unless the scheduler is given the store (`reads`) and the
 * settings: then its answer is kept until the clock reaches it, a table it read is written, or the settings object is
 * replaced (Job.nextDue's promise: the answer holds for every later `after` while its inputs stay the same).
 */
export class VirtualScheduler implements Scheduler {
  private readonly jobs = new Map<string, { job: Job; spec: CronSpec | null; cron?: Kept; due?: Kept }>();

  constructor(
    private readonly clock: VirtualClock, private readonly timezone: string,
    private readonly data?: { reads: ReadTracker; settings: () => unknown },
  ) {}

  add(job: Job): void {
    this.jobs.set(job.name, { job, spec: job.cron ? parseCron(job.cron) : null });
  }

  remove(name: string): void {
    this.jobs.delete(name);
  }

  start(): void {}

  async stop(): Promise<void> {}

  async advanceTo(target: Date): Promise<void> {
    for (let guard = 0; guard < 100_000; guard++) {
      const now = this.clock.now();
      workCounts?.add('virtual clock: timer scan', 0);
      let next: { at: Date; job: Job } | null = null;
      for (const entry of this.jobs.values()) {
        const { job } = entry;
        const candidates = counted(`virtual clock: next time of ${job.name}`, () => [this.cronTime(entry, now), this.dueTime(entry, now)]);
        for (const at of candidates) {
          if (at && at.getTime() > now.getTime() && at.getTime() <= target.getTime() && (!next || at < next.at)) {
            next = { at, job };
          }
        }
      }
      if (!next) break;
      this.clock.set(next.at);
      const started = performance.now();
      await next.job.run(next.at);
      workCounts?.add(`virtual clock: run ${next.job.name}`, performance.now() - started);
    }
    this.clock.set(target);
  }

  private cronTime(entry: { spec: CronSpec | null; cron?: Kept }, now: Date): Date | null {
    if (!entry.spec) return null;
    if (entry.cron && stillAhead(entry.cron, now)) return entry.cron.at;
    const at = nextCronTime(entry.spec, now, this.timezone);
    entry.cron = at ? { from: now.getTime(), at } : undefined;
    return at;
  }

  private dueTime(entry: { job: Job; due?: Kept }, now: Date): Date | null {
    const { job } = entry;
    if (!job.nextDue) return null;
    if (!job.nextDueInputs) return this.dataDueTime(entry, (after) => counted(`virtual clock: asked ${job.name}`, () => job.nextDue!(after)), now);
    const inputs = job.nextDueInputs();
    if (entry.due && entry.due.inputs === inputs && stillAhead(entry.due, now)) return entry.due.at;
    const at = job.nextDue(now);
    entry.due = at ? { from: now.getTime(), at, inputs } : undefined;
    return at;
  }

  /** A `nextDue` that reads the store: kept while the clock has not reached it and nothing it read has changed. */
  private dataDueTime(entry: { due?: Kept }, nextDue: (after: Date) => Date | null, now: Date): Date | null {
    if (!this.data) return nextDue(now);
    const inputs = this.data.settings();
    const kept = entry.due;
    if (kept?.unchanged && kept.inputs === inputs && stillAhead(kept, now) && kept.unchanged()) return kept.at;
    const { value, unchanged } = this.data.reads.trackReads(() => nextDue(now));
    entry.due = { from: now.getTime(), at: value, inputs, unchanged };
    return value;
  }
}

function stillAhead(kept: Kept, now: Date): boolean {
  return now.getTime() >= kept.from && (kept.at === null || now.getTime() < kept.at.getTime());
}
