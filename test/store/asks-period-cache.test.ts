// A period's live asks (what the daily digest reads) are kept once read: every read must still match the table after
// this connection's writes, another connection's commits and a rollback.
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { useStoreFile } from '../support/store-file.js';

const db = useStoreFile();
let store: Store;
beforeEach(() => {
  store = db.store();
});

const at = new Date('2026-11-23T02:00:00Z');
const ask = (s: Store, unit: string, field: string, memberId = 'm1') =>
  s.asks.add({ collectionId: 1, unit, field, period: '2026-11', memberId, department: 'civil', at });

/** unit → field → [member, sent at] as the table holds them, read past every cache. */
function fromTable(): Record<string, Record<string, [string, string | null]>> {
  const out: Record<string, Record<string, [string, string | null]>> = {};
  const rows = store.db.prepare(`SELECT unit, field, member_id, sent_at FROM asks WHERE period = '2026-11' AND status != 'cancelled'`)
    .all() as Array<{ unit: string; field: string; member_id: string; sent_at: string | null }>;
  for (const r of rows) (out[r.unit] ??= {})[r.field] = [r.member_id, r.sent_at];
  return out;
}

function shown(): Record<string, Record<string, [string, string | null]>> {
  const out: Record<string, Record<string, [string, string | null]>> = {};
  for (const [unit, fields] of store.asks.liveInPeriod('2026-11')) {
    for (const [field, a] of fields) (out[unit] ??= {})[field] = [a.memberId, a.sentAt?.toISOString() ?? null];
  }
  return Object.fromEntries(Object.entries(out).filter(([, fields]) => Object.keys(fields).length));
}

describe("a period's live asks", () => {
  it("follow this connection's writes: new asks, asks sent, answered, cancelled and asked again", () => {
    ask(store, 'u1', 'f1');
    ask(store, 'u2', 'f1');
    expect(shown()).toEqual(fromTable()); // now kept
    ask(store, 'u1', 'f2');
    const [first, , third] = store.asks.openOf('m1');
    store.asks.markSent([first!, third!], new Date('2026-11-23T03:00:00Z'));
    store.asks.answer('u2', 'f1', '2026-11', new Date('2026-11-23T04:00:00Z'));
    store.asks.cancel(first!.id);
    expect(shown()).toEqual(fromTable());
    expect(shown().u1).toEqual({ f2: ['m1', '2026-11-23T03:00:00.000Z'] });
    ask(store, 'u1', 'f1', 'm2');
    expect(shown()).toEqual(fromTable());
    expect(shown().u1!.f1).toEqual(['m2', null]);
  });

  it("see another connection's commits", () => {
    ask(store, 'u1', 'f1');
    expect(shown()).toEqual(fromTable());
    const other = Store.open(db.file());
    try {
      ask(other, 'u3', 'f1');
    } finally {
      other.close();
    }
    expect(shown()).toEqual(fromTable());
    expect(Object.keys(shown())).toEqual(['u1', 'u3']);
  });

  it('forget writes that a failed transaction rolled back', () => {
    ask(store, 'u1', 'f1');
    expect(shown()).toEqual(fromTable());
    expect(() => store.transaction(() => {
      ask(store, 'u1', 'f2');
      expect(Object.keys(shown().u1!)).toEqual(['f1', 'f2']);
      throw new Error('boom');
    })).toThrow('boom');
    expect(shown()).toEqual(fromTable());
    expect(Object.keys(shown().u1!)).toEqual(['f1']);
  });
});
