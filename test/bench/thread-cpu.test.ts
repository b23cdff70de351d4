// THREAD_CPU_SPLIT (bench/lib/thread-cpu.ts): a server's CPU by kind of thread, read from /proc's task folder.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitThreadCpu, threadCpuBetween, threadTimes } from '../../bench/lib/thread-cpu.js';

/** A /proc/<pid>/task/<tid>/stat line: utime and stime are the 14th and 15th fields (ticks of 10 ms). */
function stat(tid: number, comm: string, utime: number, stime: number): string {
  const rest = ['S', '1', '1', '1', '0', '-1', '4194560', '100', '0', '0', '0', String(utime), String(stime), '0', '0', '20', '0', '12', '0', '3400'];
  return `${tid} (${comm}) ${rest.join(' ')}\n`;
}

function fakeTasks(files: Record<number, string>): { list(dir: string): string[]; text(file: string): string } {
  return {
    list: () => Object.keys(files),
    text: (file) => {
      const tid = Number(/\/(\d+)\/stat$/.exec(file)![1]);
      if (!(tid in files)) throw new Error('ENOENT');
      return files[tid]!;
    },
  };
}

describe('THREAD_CPU_SPLIT', () => {
  it("reads each thread's user and system time, a command name with spaces and parentheses included", () => {
    const times = threadTimes('/proc/100/task', fakeTasks({
      100: stat(100, 'node', 250, 30),
      101: stat(101, 'V8 Worker (1) ', 70, 2),
      140: stat(140, 'node', 400, 15),
    }));
    expect(times).toEqual(new Map([[100, 2800], [101, 720], [140, 4150]]));
  });

  it('skips a thread that ended between the listing and its read, and answers null without a task folder', () => {
    const tasks = fakeTasks({ 100: stat(100, 'node', 1, 1) });
    const listed = { ...tasks, list: () => ['100', '101'] };
    expect(threadTimes('/proc/100/task', listed)).toEqual(new Map([[100, 20]]));
    expect(threadTimes('/nowhere', { list: () => { throw new Error('ENOENT'); }, text: () => '' })).toBeNull();
  });

  it('splits the main thread, the threads there at the start and those started later, and takes one reading from another', () => {
    const atStart = new Set([101, 102]);
    const before = splitThreadCpu(new Map([[100, 1000], [101, 300], [102, 200]]), 100, atStart);
    const after = splitThreadCpu(new Map([[100, 1600], [101, 900], [102, 500], [140, 2500], [141, 10]]), 100, atStart);
    expect(before).toEqual({ main: 1000, later: 0, background: 500 });
    expect(after).toEqual({ main: 1600, later: 2510, background: 1400 });
    expect(threadCpuBetween(before, after)).toEqual({ main: 600, later: 2510, background: 900 });
  });

  it("reads this test process's own threads from the real /proc", () => {
    if (process.platform !== 'linux') return;
    const times = threadTimes('/proc/self/task', { list: (dir) => readdirSync(dir), text: (file) => readFileSync(file, 'utf8') })!;
    expect(times.has(process.pid)).toBe(true);
    for (const ms of times.values()) expect(Number.isFinite(ms) && ms >= 0).toBe(true);
  });
});
