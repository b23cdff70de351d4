// BATCH_OF_MESSAGES: the processing worker commits several stored messages in one transaction, not one each. A
// message's own commit (BEGIN IMMEDIATE, the write-count reads around it, the WAL frames of every page it dirtied,
// the write turn taken and given back) cost about as much as a short reply's reading (docs/performance.md, phase 31).
// Each message still runs in a savepoint of its own, so one that must be run elsewhere or again rolls back alone,
// and its effects and its 'done' mark still commit together: a crash loses the batch's work, never a message (the
// raw messages were committed by the server thread before the worker read them), and they are processed again.
// The batch ends after `budgetMs`, or as soon as the other side of the write turn wants to write (what would have kept
// the worker from starting its next transaction), so the server thread waits for one message at most, as before.
import type { Store } from '../store/store.js';

export interface BatchOptions {
  /** How long one batch may go on taking messages. */
  budgetMs: number;
  /** The other side wants the write lock: end the batch after the message being processed. */
  wanted?: () => boolean;
  now?: () => number;
}

/**
 * Runs `step` on `seqs[from]`, `seqs[from + 1]`, … inside one outermost store transaction, until the budget is spent,
 * the other side wants to write, or a step returns a reason to stop (it must have rolled its own writes back). The
 * first message is always run. Returns the index of the first message not processed and the reason, if any.
 */
export function processBatch<Stop>(
  store: Pick<Store, 'transaction'>,
  seqs: readonly number[],
  from: number,
  step: (seq: number) => Stop | null,
  o: BatchOptions,
): { next: number; stop: Stop | null } {
  const now = o.now ?? (() => performance.now());
  const until = now() + o.budgetMs;
  let next = from;
  let stop: Stop | null = null;
  store.transaction(() => {
    for (; next < seqs.length; next++) {
      if (next > from && (now() >= until || o.wanted?.())) return;
      stop = step(seqs[next]!);
      if (stop !== null) return;
    }
  });
  return { next, stop };
}
