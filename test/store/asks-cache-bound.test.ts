// The cached lists of asks hold at most their allowance of asks together (the oldest read list goes first), and a
// list dropped for room is read again, the same as the table.
import { describe, expect, it } from 'vitest';
import { AsksRepo } from '../../src/store/asks.js';
import { DataVersion } from '../../src/store/data-version.js';
import { Store } from '../../src/store/store.js';

const at = new Date('2026-11-23T02:00:00Z');

describe('cached lists of asks within their allowance', () => {
  const store = Store.open(':memory:');
  const asks = new AsksRepo(store.db, new DataVersion(store.db), { lists: 100, asks: 10 });
  for (const member of ['m1', 'm2', 'm3']) {
    asks.addAll(Array.from({ length: 4 }, (_, i) => ({
      collectionId: 1, unit: `u-${member}`, field: `f${i}`, period: '2026-11', memberId: member, department: 'civil', at,
    })));
  }
  const fromTable = (member: string) =>
    (store.db.prepare(`SELECT id FROM asks WHERE member_id = ? AND status = 'open' ORDER BY id`).pluck().all(member) as number[]);

  it('drop the oldest list when the next would pass the allowance', () => {
    asks.openOf('m1');
    asks.openOf('m2');
    expect(asks.cachedAskCount).toBe(8);
    asks.openOf('m3');
    expect(asks.cachedAskCount).toBe(8); // m1's list went
  });

  it('count the asks added to and taken from the lists they hold', () => {
    asks.add({ collectionId: 1, unit: 'u-m3', field: 'f9', period: '2026-11', memberId: 'm3', department: 'civil', at });
    expect(asks.cachedAskCount).toBe(9);
    asks.answer('u-m2', 'f0', '2026-11', at);
    expect(asks.cachedAskCount).toBe(8);
  });

  it('read a dropped list again as the table holds it', () => {
    for (const member of ['m1', 'm2', 'm3']) expect(asks.openOf(member).map((a) => a.id)).toEqual(fromTable(member));
    expect(asks.cachedAskCount).toBeLessThanOrEqual(10);
  });

  it('do not keep a list longer than the whole allowance', () => {
    asks.addAll(Array.from({ length: 11 }, (_, i) => ({
      collectionId: 2, unit: 'u-big', field: `g${i}`, period: '2026-11', memberId: 'big', department: 'civil', at,
    })));
    const before = asks.cachedAskCount;
    expect(asks.openOf('big')).toHaveLength(11);
    expect(asks.cachedAskCount).toBe(before);
  });
});
