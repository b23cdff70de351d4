// V8's heap growing factor for a long-running process (and the processing worker's young generation, below): after each full collection a heap may grow to 1.25× what was
// live before the next one (V8 picks up to ~4× when collecting is cheap next to the work). The peaks of the server's
// and the replay's memory are garbage, not data: a notice or a reply on a 100,000-collection store leaves ~40 MB live
// while the worker's heap grew to 200+ MB, the digest at start 29 MB live at a 253 MB heap (docs/performance.md, phase
// 15); the 10,000-event replay ~150 MB live at a 280 MB heap (phase 19). The flag is read at each collection, so it
// holds for isolates that already run. A --heap-growing-percent given to node (NODE_OPTIONS or the command line) is
// left as it is.
import v8 from 'node:v8';

const HEAP_GROWING_PERCENT = 25;

export function boundHeapGrowth(): void {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => /^--heap[-_]growing[-_]percent\b/.test(a));
  if (!given) v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/**
 * The processing worker's young generation (V8's new space: where a message's garbage is made and mostly dies): Node
 * lets it grow to 16 MB a semi-space, 32 MB resident for as long as the worker lives, on top of the old generation's
 * 1.25× its live size. 12 MB (4 MB semi-spaces) costs no CPU measured (ingest, server CPU per message 5.60 / 5.69
 * ms → 5.35 / 4.56, two pairs at load 9–12); the memory bench's peak falls by 29 MB at the median of five pairs
 * (13–43; docs/performance.md, phase 29). A --max-semi-space-size given to node (NODE_OPTIONS or the command line)
 * is left to hold for the worker too.
 */
export const WORKER_YOUNG_GENERATION_MB = 12;

/** The processing worker's resource limits: its young generation bounded unless node was told a semi-space size. */
export function workerResourceLimits(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): { maxYoungGenerationSizeMb: number } | undefined {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].some((a) => /^--(?:max|min)[-_]semi[-_]space[-_]size\b/.test(a));
  return given ? undefined : { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
}
