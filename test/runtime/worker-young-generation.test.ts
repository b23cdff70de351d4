// The processing worker's young generation is bounded (src/runtime/heap-growth.ts) unless node was told a semi-space
// size, which then holds for the worker as for the server thread.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { WORKER_YOUNG_GENERATION_MB, workerResourceLimits } from '../../src/runtime/heap-growth.js';

describe('the processing worker\'s resource limits', () => {
  it('bound its young generation by default', () => {
    expect(workerResourceLimits([], '')).toEqual({ maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB });
    expect(workerResourceLimits(['--import', 'tsx'], '--heap-growing-percent=25')).toEqual({ maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB });
  });

  it('leave a semi-space size given to node alone', () => {
    expect(workerResourceLimits(['--max-semi-space-size=32'], '')).toBeUndefined();
    expect(workerResourceLimits([], '--max_semi_space_size=8')).toBeUndefined();
    expect(workerResourceLimits([], '--min-semi-space-size=2 --inspect')).toBeUndefined();
  });

  it('give a worker a smaller heap limit than the default by its young generation only', async () => {
    // heap_size_limit is the old generation's limit plus the young generation's: Node's default young generation on a
    // 64-bit machine with some GB of memory is 3 × 16 MB semi-spaces, the bound 12 MB; the old generation stays.
    const code = `const v8 = require('node:v8');
      require('node:worker_threads').parentPort.postMessage(v8.getHeapStatistics().heap_size_limit);`;
    const limitOf = (limits?: object) => new Promise<number>((resolve, reject) => {
      const w = new Worker(code, { eval: true, ...(limits ? { resourceLimits: limits } : {}) });
      w.once('message', (m: number) => { resolve(m); void w.terminate(); });
      w.once('error', reject);
    });
    const bounded = await limitOf(workerResourceLimits([], ''));
    const free = await limitOf();
    expect(bounded).toBeLessThan(free);
    expect(free - bounded).toBeLessThanOrEqual(64 * 2 ** 20); // only the young generation's share moved
  });
});
