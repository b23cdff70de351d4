// THREAD_CPU_SPLIT: a server process's CPU time by thread, read from /proc/<pid>/task/<tid>/stat (utime + stime, in
// clock ticks). process.cpuUsage() (the bench's "server CPU per message") sums every thread, and a --cpu-prof profile
// samples only the JavaScript threads, so what V8's own background threads do (TurboFan's concurrent compiles, the
// concurrent marking and sweeping of the GC) was counted in the first and seen in neither profile: ~25–30% of the
// server's CPU in a 2,000-message ingest run (docs/performance.md, phase 34). The split reads the threads by when they
// started: the main thread (the one whose id is the process id: HTTP), the threads that were already there when the
// server's code began (V8's platform workers, libuv's pool once a module read started it), and those started later —
// the processing worker is the busiest of these. A thread started before the server's code by a flag or a loader
// (--cpu-prof's sampler, tsx's loader under BENCH_CHILD_TSX=1) counts as background.

/** CPU time (ms) of one process's threads, by kind. */
export interface ThreadCpuMs {
  /** The main thread: the server's HTTP side. */
  main: number;
  /** Threads started after the server's code began: the processing worker (and libuv's pool, when it started late). */
  later: number;
  /** Threads that were already running when the server's code began: V8's compiler and GC workers (and libuv's pool). */
  background: number;
}

/** Milliseconds per clock tick of /proc's stat times (USER_HZ, 100 on Linux). */
const MS_PER_TICK = 10;

/** Each thread's CPU time (ms) by thread id, from a /proc task folder; null where there is none (not Linux). */
export function threadTimes(taskDir: string, read: { list(dir: string): string[]; text(file: string): string }): Map<number, number> | null {
  let tids: string[];
  try {
    tids = read.list(taskDir);
  } catch {
    return null;
  }
  const times = new Map<number, number>();
  for (const tid of tids) {
    let stat: string;
    try {
      stat = read.text(`${taskDir}/${tid}/stat`);
    } catch {
      continue; // the thread ended between the listing and the read
    }
    // the command name, in parentheses, may hold spaces: the fields are counted from after its closing one
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    times.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK);
  }
  return times;
}

/** The CPU time of the threads in `times`, split by `mainTid` and the ids of the threads there at the start. */
export function splitThreadCpu(times: ReadonlyMap<number, number>, mainTid: number, atStart: ReadonlySet<number>): ThreadCpuMs {
  const split: ThreadCpuMs = { main: 0, later: 0, background: 0 };
  for (const [tid, ms] of times) {
    if (tid === mainTid) split.main += ms;
    else if (atStart.has(tid)) split.background += ms;
    else split.later += ms;
  }
  return split;
}

/** `after` − `before`, kind by kind. */
export function threadCpuBetween(before: ThreadCpuMs, after: ThreadCpuMs): ThreadCpuMs {
  return { main: after.main - before.main, later: after.later - before.later, background: after.background - before.background };
}
