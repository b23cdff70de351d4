// A backlog's messages committed together on the processing worker. Each message is still processed in its own
// savepoint (its effects and its 'done' mark stand or fall together, and one that fails is marked failed alone), but
// consecutive messages share one outermost transaction: one BEGIN IMMEDIATE and one COMMIT, and a page that several of
// them write (the tail of the inbox, messages and asks tables, their indexes) goes to the WAL once instead of once a
// message. The group ends at the first message boundary after its time is up or once the server thread wants to write
// (an arrival to store and answer first), so the server thread still waits for one message at most, as before. A
// message that must run alone (it needs a platform target not known yet, or goes to the server thread) is rolled back
// to its savepoint and ends the group; the messages before it commit.
import type { Store } from '../store/store.js';

export interface GroupResult {
  /** How many of the messages, from the first, were processed and committed. */
  done: number;
  /** What stopped the message after them, when it must be run alone (null: the group ended on time or demand). */
  stoppedBy: unknown;
}

export interface GroupOptions {
  /** Ends the group before the next message (the server thread wants to write). */
  yieldNow(): boolean;
  /** performance.now() after which no further message starts. */
  until: number;
  /** Errors that end the group, the message throwing one rolled back; any other error rolls the whole group back. */
  stops(error: unknown): boolean;
  /** Told before a message is run: the message's own undo, called if its savepoint is rolled back. */
  begin?(seq: number): () => void;
}

/** Runs `process(seq)` for each of `seqs` in order, in one transaction, each in its own savepoint. */
export function processGroup(store: Store, seqs: readonly number[], process: (seq: number) => void, options: GroupOptions): GroupResult {
  let done = 0;
  let stoppedBy: unknown = null;
  store.transaction(() => {
    for (const seq of seqs) {
      if (done > 0 && (performance.now() > options.until || options.yieldNow())) break;
      const undo = options.begin?.(seq);
      try {
        store.transaction(() => process(seq));
      } catch (error) {
        undo?.();
        if (!options.stops(error)) throw error;
        stoppedBy = error;
        break;
      }
      done++;
    }
  });
  return { done, stoppedBy };
}
