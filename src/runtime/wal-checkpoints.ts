// When the processing worker copies the WAL back into the database file (a checkpoint). SQLite's own automatic
// checkpoint runs inside the commit that takes the WAL past 1,000 pages: on the worker that is inside its write turn,
// so the server thread, storing a message before answering it, waited for the checkpoint's writes and fsyncs, and on
// the bench machine's disk those were ~10% of the worker's time (docs/performance.md, phase 11). Here the worker turns
// the automatic checkpoint off and checkpoints PASSIVE (never taking the write lock, so neither thread waits for it)
// between messages, once per EVERY_MS of processing and whenever the inbox is drained: a page written by many
// messages in that time is copied and synced once. A checkpoint cannot finish while the other connection keeps
// appending, and the WAL only starts over once one has; when it reports the WAL past LIMIT_FRAMES, the next one is run
// inside a write turn (the server thread waits for it once) so that it does.
import type { Db } from '../store/db.js';
import type { WriteGate } from '../store/store.js';

const EVERY_MS = 1_000;
/** ~160 MB of WAL at 4 KiB pages. */
const LIMIT_FRAMES = 40_000;

export interface CheckpointResult {
  /** 1 when the checkpoint could not run at all (another checkpoint was running). */
  busy: number;
  /** Frames in the WAL. */
  log: number;
  /** Frames copied back into the database file. */
  checkpointed: number;
}

export class WalCheckpoints {
  private last: number;
  private wroteSince = false;
  private mustFinish = false;

  constructor(
    private readonly db: Pick<Db, 'pragma'>,
    private readonly gate: WriteGate | null,
    private readonly now: () => number = () => performance.now(),
    private readonly limitFrames = LIMIT_FRAMES,
  ) {
    this.last = now();
  }

  /** Turns SQLite's checkpoint-on-commit off for this connection: checkpoints are this class's from now on. */
  takeOver(): void {
    this.db.pragma('wal_autocheckpoint = 0');
  }

  /** A message's transaction committed (called outside it). */
  afterCommit(): CheckpointResult | null {
    this.wroteSince = true;
    return this.now() - this.last >= EVERY_MS ? this.run() : null;
  }

  /** Nothing left to process. */
  idle(): CheckpointResult | null {
    return this.wroteSince || this.mustFinish ? this.run() : null;
  }

  private run(): CheckpointResult {
    const inTurn = this.mustFinish ? this.gate : null;
    inTurn?.enter();
    let result: CheckpointResult;
    try {
      result = (this.db.pragma('wal_checkpoint(PASSIVE)') as CheckpointResult[])[0]!;
    } finally {
      inTurn?.leave();
    }
    this.last = this.now();
    this.wroteSince = false;
    this.mustFinish = result.log > this.limitFrames && result.checkpointed < result.log;
    return result;
  }
}
