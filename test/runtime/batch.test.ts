// Promise: the processing worker commits several stored messages in one transaction (BATCH_OF_MESSAGES), each in a
// savepoint of its own: one that must go elsewhere rolls back alone while those before it commit; a failure rolls the
// whole batch back with every message left pending (processed again, none lost, none half done); the batch ends as
// soon as the other side wants to write, or at its time budget.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { processBatch } from '../../src/runtime/batch.js';
import type { InboundMessage } from '../../src/chat/contract.js';
import { Store } from '../../src/store/store.js';
import { tempDir, type TempDir } from '../support/temp.js';

const message = (n: number): InboundMessage => ({
  platform: 'web', id: `m${n}`, chat: { kind: 'dm', id: 'u1' }, sender: { platformUserId: 'u1' }, text: `低保户数${n}户`,
  mentionsBot: false, at: new Date('2026-12-07T08:00:00Z'),
});

describe('processing stored messages in batches', () => {
  let tmp: TempDir;
  let store: Store;
  let seqs: number[];
  let other: Database.Database;

  beforeEach(() => {
    tmp = tempDir('batch');
    const file = join(tmp.dir, 'onetable.db');
    store = Store.open(file);
    seqs = [1, 2, 3, 4].map((n) => store.inbox.add(message(n), new Date())!);
    other = new Database(file, { readonly: true });
  });
  afterEach(() => {
    other.close();
    store.close();
    tmp.remove();
  });

  /** What another connection (the server thread) sees committed. */
  const statuses = (): string[] => (other.prepare('SELECT status FROM inbox ORDER BY seq').pluck().all() as string[]);
  const done = (seq: number): void => store.inbox.mark(seq, 'done', null, new Date());
  /** Counts the outermost transactions the batch opens. */
  const counting = (): { store: Pick<Store, 'transaction'>; opened: () => number } => {
    let opened = 0;
    return {
      store: { transaction: <T>(fn: () => T): T => { if (!store.db.inTransaction) opened++; return store.transaction(fn); } },
      opened: () => opened,
    };
  };

  it('commits every message of a batch in one transaction: none is seen by another connection before the batch ends', () => {
    const seen: string[][] = [];
    const c = counting();
    const r = processBatch(c.store, seqs, 0, (seq) => {
      seen.push(statuses());
      store.transaction(() => done(seq));
      return null;
    }, { budgetMs: 60_000 });
    expect(r).toEqual({ next: 4, stop: null });
    expect(c.opened()).toBe(1);
    expect(seen.every((s) => s.every((x) => x === 'pending'))).toBe(true);
    expect(statuses()).toEqual(['done', 'done', 'done', 'done']);
  });

  it('ends at a message that must go elsewhere: those before it commit, its own writes (rolled back in its savepoint) do not', () => {
    const r = processBatch(store, seqs, 0, (seq) => {
      try {
        store.transaction(() => {
          done(seq);
          if (seq === seqs[2]) throw new Error('elsewhere');
        });
        return null;
      } catch {
        return 'elsewhere' as const;
      }
    }, { budgetMs: 60_000 });
    expect(r).toEqual({ next: 2, stop: 'elsewhere' });
    expect(statuses()).toEqual(['done', 'done', 'pending', 'pending']);
    // The next batch starts at the message that stopped this one.
    processBatch(store, seqs, r.next, (seq) => (done(seq), null), { budgetMs: 60_000 });
    expect(statuses()).toEqual(['done', 'done', 'done', 'done']);
  });

  it('rolls the whole batch back on a failure it does not expect: every message stays pending, to be processed again', () => {
    expect(() => processBatch(store, seqs, 0, (seq) => {
      done(seq);
      if (seq === seqs[2]) throw new Error('disk full');
      return null;
    }, { budgetMs: 60_000 })).toThrow('disk full');
    expect(statuses()).toEqual(['pending', 'pending', 'pending', 'pending']);
    expect(store.inbox.pending().map((r) => r.seq)).toEqual(seqs);
  });

  it('ends after the message being processed once the other side wants to write (the first message always runs)', () => {
    let wanted = true;
    const ran: number[] = [];
    let r = processBatch(store, seqs, 0, (seq) => (ran.push(seq), done(seq), null), { budgetMs: 60_000, wanted: () => wanted });
    expect(r.next).toBe(1);
    wanted = false;
    r = processBatch(store, seqs, r.next, (seq) => {
      ran.push(seq);
      done(seq);
      wanted = seq === seqs[2];
      return null;
    }, { budgetMs: 60_000, wanted: () => wanted });
    expect(r.next).toBe(3);
    expect(ran).toEqual(seqs.slice(0, 3));
    expect(statuses()).toEqual(['done', 'done', 'done', 'pending']);
  });

  it('ends once its time budget is spent', () => {
    let t = 0;
    const r = processBatch(store, seqs, 0, (seq) => {
      t += 10;
      done(seq);
      return null;
    }, { budgetMs: 20, now: () => t });
    expect(r.next).toBe(2);
    expect(statuses()).toEqual(['done', 'done', 'pending', 'pending']);
  });
});
