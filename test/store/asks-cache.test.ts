// The open asks of a member and the replyable asks of a unit are kept in memory once read: every read must still
// match what the table holds, after this connection's writes, another connection's commits and a rollback.
import { beforeEach, describe, expect, it } from 'vitest';
import type { AskRecord } from '../../src/store/asks.js';
import { Store } from '../../src/store/store.js';
import { useStoreFile } from '../support/store-file.js';

const db = useStoreFile();
let store: Store;
beforeEach(() => {
  store = db.store();
});

const at = new Date('2026-11-23T02:00:00Z');
const ask = (unit: string, field: string, memberId = 'm1', when = at) =>
  store.asks.add({ collectionId: 1, unit, field, period: '2026-11', memberId, department: 'civil', at: when });

/** What the table holds, read past every cache. */
function fromTable(where: string, ...args: unknown[]): Array<Pick<AskRecord, 'id' | 'status' | 'sentAt'>> {
  return (store.db.prepare(`SELECT id, status, sent_at FROM asks WHERE ${where} ORDER BY id`).all(...args) as Array<{ id: number; status: string; sent_at: string | null }>)
    .map((r) => ({ id: r.id, status: r.status as AskRecord['status'], sentAt: r.sent_at ? new Date(r.sent_at) : null }));
}
const shown = (list: AskRecord[]) => list.map((a) => ({ id: a.id, status: a.status, sentAt: a.sentAt }));

describe('cached lists of asks', () => {
  it('follow this connection\'s writes: new asks, asks sent, answered, cancelled and asked again', () => {
    ask('u1', 'f1');
    ask('u1', 'f2');
    expect(store.asks.openOf('m1')).toHaveLength(2); // now cached
    expect(store.asks.replyableOf('u1', new Date(0))).toHaveLength(2);
    ask('u1', 'f3');
    const [first, second, third] = store.asks.openOf('m1');
    store.asks.markSent([first!, third!], new Date('2026-11-23T03:00:00Z'));
    store.asks.answer('u1', 'f2', '2026-11', new Date('2026-11-23T04:00:00Z'));
    store.asks.cancel(third!.id);
    expect(shown(store.asks.openOf('m1'))).toEqual(fromTable(`member_id = 'm1' AND status = 'open'`));
    expect(store.asks.openOf('m1').map((a) => a.id)).toEqual([first!.id]);
    expect(store.asks.waitingOf('m1')).toEqual([]);
    expect(shown(store.asks.replyableOf('u1', new Date(0)))).toEqual(fromTable(`unit = 'u1' AND status IN ('open', 'answered')`));
    expect(store.asks.replyableOf('u1', new Date(0)).map((a) => a.id)).toEqual([first!.id, second!.id]);

    // A cancelled ask asked again comes back, to its new member, in id order.
    expect(ask('u1', 'f3', 'm2')).toBe(true);
    expect(store.asks.openOf('m2')).toHaveLength(1);
    store.asks.cancel(first!.id);
    expect(ask('u1', 'f1', 'm2')).toBe(true);
    expect(store.asks.openOf('m2').map((a) => a.id)).toEqual([first!.id, third!.id]);
    expect(store.asks.openOf('m1')).toEqual([]);
  });

  it('hand out copies: changing a returned list or record does not change the next read', () => {
    ask('u1', 'f1');
    const list = store.asks.openOf('m1');
    list.pop();
    expect(store.asks.openOf('m1')).toHaveLength(1);
    expect(() => Object.assign(store.asks.openOf('m1')[0]!, { status: 'answered' })).toThrow(TypeError);
  });

  it('keep a unit\'s answered asks only within the window asked for', () => {
    ask('u1', 'old', 'm1', new Date('2026-09-01T00:00:00Z'));
    ask('u1', 'new', 'm1', new Date('2026-11-20T00:00:00Z'));
    store.asks.answer('u1', 'old', '2026-11', at);
    store.asks.answer('u1', 'new', '2026-11', at);
    expect(store.asks.replyableOf('u1', new Date('2026-08-01T00:00:00Z'))).toHaveLength(2);
    expect(store.asks.replyableOf('u1', new Date('2026-10-01T00:00:00Z')).map((a) => a.field)).toEqual(['new']);
    // An earlier window than the one cached is read again, not cut from the cached list.
    expect(store.asks.replyableOf('u1', new Date('2026-08-01T00:00:00Z'))).toHaveLength(2);
  });

  it('see another connection\'s commits (a worker writing the same file)', () => {
    ask('u1', 'f1');
    expect(store.asks.openOf('m1')).toHaveLength(1);
    expect(store.asks.replyableOf('u1', new Date(0))).toHaveLength(1);
    const other = Store.open(db.file());
    try {
      other.asks.add({ collectionId: 1, unit: 'u1', field: 'f2', period: '2026-11', memberId: 'm1', department: 'civil', at });
      other.asks.answer('u1', 'f1', '2026-11', at);
    } finally {
      other.close();
    }
    expect(store.asks.openOf('m1').map((a) => a.field)).toEqual(['f2']);
    expect(store.asks.replyableOf('u1', new Date(0)).map((a) => [a.field, a.status])).toEqual([['f1', 'answered'], ['f2', 'open']]);
  });

  it('forget writes that a failed transaction rolled back', () => {
    ask('u1', 'f1');
    expect(store.asks.openOf('m1')).toHaveLength(1);
    expect(store.asks.replyableOf('u1', new Date(0))).toHaveLength(1);
    expect(() => store.transaction(() => {
      ask('u1', 'f2');
      store.asks.answer('u1', 'f1', '2026-11', at);
      expect(store.asks.openOf('m1').map((a) => a.field)).toEqual(['f2']);
      throw new Error('boom');
    })).toThrow('boom');
    expect(store.asks.openOf('m1').map((a) => a.field)).toEqual(['f1']);
    expect(store.asks.replyableOf('u1', new Date(0)).map((a) => [a.field, a.status])).toEqual([['f1', 'open']]);
  });
});
