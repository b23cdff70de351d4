// Promise: inside its write turn, the processing worker is told to end a batch of messages exactly when it would not
// have been let in again at once: the server thread waits to write, or received or wrote a message within the quiet
// gap; otherwise it goes on.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WriteTurns } from '../../src/runtime/write-turns.js';

describe('the write turn the worker holds', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('is wanted while the server thread waits to write, and only then once the server has been quiet', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const turns = new WriteTurns();
    const worker = turns.worker();
    const server = turns.server();
    worker.enter();
    expect(worker.wanted!()).toBe(false);
    // The server thread announces its write (slot 1 of the shared state, what its enter() adds to before waiting for
    // the worker; here the announcement is all that matters).
    const state = new Int32Array(turns.buffer);
    Atomics.add(state, 1, 1);
    expect(worker.wanted!()).toBe(true);
    Atomics.sub(state, 1, 1);
    expect(worker.wanted!()).toBe(false);
    worker.leave();
    // The server thread has just written: the worker would wait out the quiet gap before its next turn.
    server.enter();
    server.leave();
    expect(worker.wanted!()).toBe(true);
  });

  it('is wanted within the quiet gap after a message the server thread received and will store, not after it', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const turns = new WriteTurns();
    const worker = turns.worker();
    const server = turns.server();
    vi.setSystemTime(new Date('2026-12-07T11:00:00Z'));
    expect(worker.wanted!()).toBe(false);
    server.coming!();
    expect(worker.wanted!()).toBe(true);
    vi.setSystemTime(new Date('2026-12-07T11:00:00.010Z'));
    expect(worker.wanted!()).toBe(true);
    vi.setSystemTime(new Date('2026-12-07T11:00:01Z'));
    expect(worker.wanted!()).toBe(false);
  });
});
