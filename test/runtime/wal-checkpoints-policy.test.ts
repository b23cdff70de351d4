// Promise: the processing worker checkpoints between messages, not inside a commit: at most once per second of
// processing and when the inbox is drained, and inside a write turn only when the WAL has outgrown its limit.
import { describe, expect, it } from 'vitest';
import { WalCheckpoints, type CheckpointResult } from '../../src/runtime/wal-checkpoints.js';

function setup(results: CheckpointResult[] = []) {
  const calls: string[] = [];
  let t = 0;
  const db = {
    pragma(sql: string) {
      calls.push(sql);
      return sql.startsWith('wal_checkpoint') ? [results.shift() ?? { busy: 0, log: 10, checkpointed: 10 }] : [];
    },
  };
  const gate = { enter: () => void calls.push('enter'), leave: () => void calls.push('leave') };
  const checkpoints = new WalCheckpoints(db as never, gate, () => t, 1_000);
  return { calls, checkpoints, advance: (ms: number) => void (t += ms) };
}

describe('WAL checkpoints of the processing worker', () => {
  it('turns SQLite’s checkpoint-on-commit off', () => {
    const { calls, checkpoints } = setup();
    checkpoints.takeOver();
    expect(calls).toEqual(['wal_autocheckpoint = 0']);
  });

  it('checkpoints after a commit only once a second has passed since the last one', () => {
    const { calls, checkpoints, advance } = setup();
    advance(999);
    expect(checkpoints.afterCommit()).toBeNull();
    advance(1);
    expect(checkpoints.afterCommit()).not.toBeNull();
    advance(500);
    expect(checkpoints.afterCommit()).toBeNull();
    expect(calls).toEqual(['wal_checkpoint(PASSIVE)']);
  });

  it('checkpoints when idle only if a message was committed since the last checkpoint', () => {
    const { calls, checkpoints } = setup();
    expect(checkpoints.idle()).toBeNull();
    checkpoints.afterCommit();
    expect(checkpoints.idle()).not.toBeNull();
    expect(checkpoints.idle()).toBeNull();
    expect(calls).toEqual(['wal_checkpoint(PASSIVE)']);
  });

  it('runs the next checkpoint inside a write turn once one left a WAL past the limit unfinished', () => {
    const { calls, checkpoints } = setup([
      { busy: 0, log: 900, checkpointed: 500 },
      { busy: 0, log: 1_200, checkpointed: 800 },
      { busy: 0, log: 1_300, checkpointed: 1_300 },
      { busy: 0, log: 1_400, checkpointed: 1_300 },
    ]);
    const run = (): void => { checkpoints.afterCommit(); checkpoints.idle(); };
    run(); // under the limit: no turn next time
    run(); // past the limit and unfinished: the next one takes a turn
    run(); // finished: no turn next time
    run();
    expect(calls).toEqual([
      'wal_checkpoint(PASSIVE)', 'wal_checkpoint(PASSIVE)', 'enter', 'wal_checkpoint(PASSIVE)', 'leave', 'wal_checkpoint(PASSIVE)',
    ]);
  });
});
