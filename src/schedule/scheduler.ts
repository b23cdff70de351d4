/** A scheduled job: fixed times (cron) or times derived from data (deadlines), or both. */
export interface Job {
  name: string;
  cron?: string;
  /** The next time after `after` the job wants to run, from data (reminder and deadline times). */
  nextDue?(after: Date): Date | null;
  run(dueAt: Date): void | Promise<void>;
}

export interface Scheduler {
  add(job: Job): void;
  remove(name: string): void;
  start(): void;
  stop(): Promise<void>;
}
