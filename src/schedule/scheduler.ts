/** A scheduled job: fixed times (cron) or times derived from data (deadlines), or both. */
export interface Job {
  name: string;
  cron?: string;
  /**
   * The next time after `after` the job wants to run, from data (reminder and deadline times). While nothing it reads
   * changes, the answer for any later `after` before a time it gave is that same time (and no time stays no time), so
   * a scheduler that can tell when its reads changed (the virtual one, given the store) may keep it until then.
   */
  nextDue?(after: Date): Date | null;
  /**
   * For a `nextDue` that reads no stored data, only `after` and what this returns (the settings object it reads;
   * settings are replaced, never changed in place): while this returns the same value, the answer for any `after`
   * before a time it gave is that same time, so a scheduler may keep it until the clock reaches it. A `nextDue` that
   * reads the store leaves this out and is asked every time.
   */
  nextDueInputs?(): unknown;
  run(dueAt: Date): void | Promise<void>;
}

export interface Scheduler {
  add(job: Job): void;
  remove(name: string): void;
  start(): void;
  stop(): Promise<void>;
}
