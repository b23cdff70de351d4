// Work counts (ONETABLE_WORK_COUNTS=DIR, off by default): how many times each SQL statement, parse and bot step ran
// in this thread, the rows the statements wrote and the time spent in each. Each thread writes its own file
// DIR/PID-THREAD.json (bench/counts.ts reads them). Counting, not sampling: the profiles were flat after GC, so what
// is measured is how much work a message causes, not where one hot spot is.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

export interface WorkCount {
  calls: number;
  ms: number;
  rows: number;
}

export class WorkCounts {
  readonly counts = new Map<string, WorkCount>();

  constructor(private readonly dir: string) {}

  add(name: string, ms: number, rows = 0): void {
    const c = this.counts.get(name);
    if (c) {
      c.calls++;
      c.ms += ms;
      c.rows += rows;
    } else this.counts.set(name, { calls: 1, ms, rows });
  }

  /** Runs fn, counting one call of `name` and its time. */
  time<T>(name: string, fn: () => T): T {
    const t = performance.now();
    try {
      return fn();
    } finally {
      this.add(name, performance.now() - t);
    }
  }

  reset(): void {
    this.counts.clear();
  }

  write(label = ''): void {
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, `${process.pid}-${threadId}${label ? `-${label}` : ''}.json`);
    writeFileSync(file, `${JSON.stringify(Object.fromEntries(this.counts))}\n`);
  }
}

const dir = process.env.ONETABLE_WORK_COUNTS;
/** The counts of this thread, or null when counting is off (the default). */
export const workCounts: WorkCounts | null = dir ? new WorkCounts(dir) : null;

if (workCounts) {
  const timer = setInterval(() => workCounts.write(), 1_000);
  timer.unref();
}

/** fn's result, its call and time counted under `name` when counting is on. */
export function counted<T>(name: string, fn: () => T): T {
  return workCounts ? workCounts.time(name, fn) : fn();
}
