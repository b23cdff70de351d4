// The live ask of a (unit, field, period) is answered from the period's kept map when the period is kept (the digest
// read it), without a statement; it still matches the table after this connection's writes, another connection's
// commits and a rollback (docs/performance.md, phase 22).
import { beforeEach, describe, expect, it } from 'vitest';
import type { LiveAsk } from '../../src/store/asks.js';
import { Store } from '../../src/store/store.js';
import { useStoreFile } from '../support/store-file.js';

const db = useStoreFile();
let store: Store;
beforeEach(() => {
  store = db.store();
});

const at = new Date('2026-11-23T02:00:00Z');
const ask = (s: Store, unit: string, field: string, memberId = 'm1', period = '2026-11') =>
  s.asks.add({ collectionId: 1, unit, field, period, memberId, department: 'civil', at });

/** What the table holds for the key, read past every cache. */
function fromTable(unit: string, field: string, period: string): [string, number, string | null] | undefined {
  const r = store.db.prepare(`SELECT a.member_id, a.collection_id, a.sent_at FROM asks a WHERE a.unit = ? AND a.field = ? AND a.period = ? AND a.status != 'cancelled'`)
    .get(unit, field, period) as { member_id: string; collection_id: number; sent_at: string | null } | undefined;
  return r && [r.member_id, r.collection_id, r.sent_at];
}
const shown = (a: LiveAsk | undefined): [string, number, string | null] | undefined =>
  a && [a.memberId, a.collectionId, a.sentAt?.toISOString() ?? null];

/** How many times the key lookup's own statement ran while fn ran. */
function keyReadsIn(fn: () => void): number {
  const stmt = (store.asks as unknown as { liveStmt: { get: (...args: unknown[]) => unknown } }).liveStmt;
  const get = stmt.get;
  let runs = 0;
  stmt.get = function (this: unknown, ...args: unknown[]) {
    runs++;
    return get.apply(this, args);
  };
  try {
    fn();
  } finally {
    stmt.get = get;
  }
  return runs;
}

const KEYS: Array<[string, string]> = [['u1', 'f1'], ['u1', 'f2'], ['u2', 'f1'], ['u3', 'f9']];
function expectAllMatch(): void {
  for (const [unit, field] of KEYS) expect(shown(store.asks.live(unit, field, '2026-11'))).toEqual(fromTable(unit, field, '2026-11'));
}

describe('the live ask of one key', () => {
  it('comes from the kept period map without a statement, and follows this connection\'s writes', () => {
    ask(store, 'u1', 'f1');
    ask(store, 'u2', 'f1');
    ask(store, 'u1', 'f1', 'm1', '2026-10');
    store.transaction(() => {
      store.asks.liveInPeriod('2026-11'); // now kept
      expect(keyReadsIn(() => expectAllMatch())).toBe(0);
      // Another period, not kept: read by its key.
      expect(keyReadsIn(() => expect(shown(store.asks.live('u1', 'f1', '2026-10'))).toEqual(fromTable('u1', 'f1', '2026-10')))).toBe(1);
    });
    ask(store, 'u1', 'f2');
    const [first, , third] = store.asks.openOf('m1').filter((a) => a.period === '2026-11');
    store.asks.markSent([first!, third!], new Date('2026-11-23T03:00:00Z'));
    expectAllMatch();
    store.asks.answer('u2', 'f1', '2026-11', new Date('2026-11-23T04:00:00Z'));
    store.asks.cancel(first!.id);
    expectAllMatch();
    expect(store.asks.live('u1', 'f1', '2026-11')).toBeUndefined();
    ask(store, 'u1', 'f1', 'm2');
    expectAllMatch();
    expect(store.asks.live('u1', 'f1', '2026-11')?.memberId).toBe('m2');
  });

  it("sees another connection's commits and forgets a rolled-back write", () => {
    ask(store, 'u1', 'f1');
    store.asks.liveInPeriod('2026-11');
    const other = Store.open(db.file());
    try {
      ask(other, 'u3', 'f9', 'm3');
    } finally {
      other.close();
    }
    expectAllMatch();
    expect(store.asks.live('u3', 'f9', '2026-11')?.memberId).toBe('m3');
    store.asks.liveInPeriod('2026-11');
    expect(() => store.transaction(() => {
      ask(store, 'u1', 'f2');
      expect(store.asks.live('u1', 'f2', '2026-11')?.memberId).toBe('m1');
      throw new Error('boom');
    })).toThrow('boom');
    expectAllMatch();
    expect(store.asks.live('u1', 'f2', '2026-11')).toBeUndefined();
  });
});
