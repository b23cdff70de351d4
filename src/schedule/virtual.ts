import type { VirtualClock } from '../bot/clock.js';
import { nextCronTime, parseCron, type CronSpec } from './cron-expr.js';
import type { Job, Scheduler } from './scheduler.js';
import { counted, workCounts } from '../store/work-counts.js';

/**
 * Runs jobs against a virtual clock: `advanceTo(t)` runs every job due on the way, each at its own due time, in order.
 */
export class VirtualScheduler implements Scheduler {
  private readonly jobs = new Map<string, { job: Job; spec: CronSpec | null }>();

  constructor(private readonly clock: VirtualClock, private readonly timezone: string) {}

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
      for (const { job, spec } of this.jobs.values()) {
        const candidates = counted(`virtual clock: next time of ${job.name}`, () => [spec ? nextCronTime(spec, now, this.timezone) : null, job.nextDue?.(now) ?? null]);
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
}
