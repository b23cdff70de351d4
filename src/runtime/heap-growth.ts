// V8's heap growing factor for a long-running process: after each full collection a heap may grow to 1.25× what was
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
