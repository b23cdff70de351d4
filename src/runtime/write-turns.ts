// Whose turn it is to write the SQLite file the server thread and the processing worker share. SQLite has one writer
// at a time and a waiting connection polls with growing sleeps, so a worker writing message after message would keep
// the server thread (storing a message before answering it) waiting for seconds. Here the server thread goes first: it
// announces that it wants to write and waits (woken the moment the worker commits) only while the worker is in a
// transaction; the worker starts none while the server thread wants one or has written or received a message to store
// in the last QUIET_MS (a burst of arriving messages is stored and answered first), but takes a turn at least every
// MAX_YIELD_MS.
import type { WriteGate } from '../store/store.js';

const WORKER_WRITING = 0;
const SERVER_WAITING = 1;
/** When the server thread last finished a write or received a message it will store (`clock()`). */
const SERVER_WROTE = 2;
/**
 * How long the server thread must have been quiet before the worker starts a transaction. Arrivals are stored in
 * groups, once per turn of the event loop, and a turn answering 32 requests can take longer than 10 ms (more when the
 * thread is descheduled on a busy machine): a gap that short let the worker start a message of 100 ms or more in
 * the middle of a burst, and every request arriving then waited for it.
 */
const QUIET_MS = 30;
const MAX_YIELD_MS = 15_000;
/** A turn never waits longer than this; SQLite's own busy timeout then applies (a worker that died mid-write). */
const MAX_WAIT_MS = 5_000;
const POLL_MS = 50;

/** Milliseconds on a clock both threads share, in 31 bits (differences stay right across the wrap). */
function clock(): number {
  return Date.now() & 0x3fffffff;
}

export class WriteTurns {
  private readonly state: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(16)) {
    this.state = new Int32Array(buffer);
  }

  /** The server thread's side: goes first. */
  server(): WriteGate {
    const s = this.state;
    return {
      enter() {
        Atomics.add(s, SERVER_WAITING, 1);
        const until = Date.now() + MAX_WAIT_MS;
        while (Atomics.load(s, WORKER_WRITING) === 1 && Date.now() < until) Atomics.wait(s, WORKER_WRITING, 1, POLL_MS);
      },
      leave() {
        Atomics.store(s, SERVER_WROTE, clock());
        Atomics.sub(s, SERVER_WAITING, 1);
        Atomics.notify(s, SERVER_WAITING);
      },
      coming() {
        Atomics.store(s, SERVER_WROTE, clock());
      },
    };
  }

  /** The worker's side: waits while the server thread wants to write. */
  worker(): WriteGate {
    const s = this.state;
    return {
      enter() {
        const yieldUntil = clock() + MAX_YIELD_MS;
        for (;;) {
          for (let waiting = Atomics.load(s, SERVER_WAITING); waiting > 0; waiting = Atomics.load(s, SERVER_WAITING)) {
            Atomics.wait(s, SERVER_WAITING, waiting, POLL_MS);
          }
          const now = clock();
          if (now - Atomics.load(s, SERVER_WROTE) < QUIET_MS && yieldUntil - now > 0) {
            Atomics.wait(s, SERVER_WAITING, 0, QUIET_MS);
            continue;
          }
          Atomics.store(s, WORKER_WRITING, 1);
          // Both sides announce, then look: if the server thread announced meanwhile, it goes first.
          if (Atomics.load(s, SERVER_WAITING) === 0) return;
          Atomics.store(s, WORKER_WRITING, 0);
          Atomics.notify(s, WORKER_WRITING);
        }
      },
      leave() {
        Atomics.store(s, WORKER_WRITING, 0);
        Atomics.notify(s, WORKER_WRITING);
      },
      wanted() {
        // What `enter` waits out: the worker, inside its turn, goes on only while it would be let in again at once.
        return Atomics.load(s, SERVER_WAITING) > 0 || clock() - Atomics.load(s, SERVER_WROTE) < QUIET_MS;
      },
    };
  }

  /** The worker is gone: the server thread never waits for it again. */
  release(): void {
    Atomics.store(this.state, WORKER_WRITING, 0);
    Atomics.notify(this.state, WORKER_WRITING);
  }
}
