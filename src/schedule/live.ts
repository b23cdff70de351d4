import cron, { type ScheduledTask } from 'node-cron';
import type { Clock } from '../bot/clock.js';
import type { Job, Scheduler } from './scheduler.js';

/** node-cron for fixed times, and a timer for data-driven times, on the real clock. */
export class LiveScheduler implements Scheduler {
  private readonly jobs = new Map<string, Job>();
  private readonly tasks = new Map<string, ScheduledTask>();
  private timer: NodeJS.Timeout | null = null;
  private lastSweep: Date;
  private running = false;

  constructor(
    private readonly clock: Clock,
    private readonly timezone: string,
    private readonly onError: (job: string, error: unknown) => void,
    private readonly sweepMs = 20_000,
  ) {
    this.lastSweep = clock.now();
  }

  add(job: Job): void {
    this.remove(job.name);
    this.jobs.set(job.name, job);
    if (job.cron && this.running) this.startCron(job);
  }

  remove(name: string): void {
    this.jobs.delete(name);
    const task = this.tasks.get(name);
    if (task) void task.destroy();
    this.tasks.delete(name);
  }

  start(): void {
    this.running = true;
    for (const job of this.jobs.values()) if (job.cron) this.startCron(job);
    this.timer = setInterval(() => void this.sweep(), this.sweepMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearInterval(this.timer);
    await Promise.all([...this.tasks.values()].map((t) => t.destroy()));
    this.tasks.clear();
  }

  /** Runs data-driven jobs whose due time passed since the last sweep. */
  async sweep(): Promise<void> {
    const now = this.clock.now();
    const from = this.lastSweep;
    this.lastSweep = now;
    for (const job of this.jobs.values()) {
      if (!job.nextDue) continue;
      let after = new Date(from.getTime() - 1);
      for (let i = 0; i < 1000; i++) {
        const due = job.nextDue(after);
        if (!due || due > now) break;
        await this.runSafely(job, due);
        after = due;
      }
    }
  }

  private startCron(job: Job): void {
    const task = cron.createTask(job.cron!, () => this.runSafely(job, this.clock.now()), { timezone: this.timezone, name: job.name });
    task.start();
    this.tasks.set(job.name, task);
  }

  private async runSafely(job: Job, at: Date): Promise<void> {
    try {
      await job.run(at);
    } catch (error) {
      this.onError(job.name, error);
    }
  }
}
