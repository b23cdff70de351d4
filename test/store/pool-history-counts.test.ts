// The replay's output gives each value's count of earlier versions: read for every key at once, it must equal what a
// read of each key's history gives, the no-period key and keys never overwritten included.
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';

describe('historyCounts', () => {
  const store = Store.open(':memory:');
  const put = (field: string, period: string | null, value: number, unit = 'u1') =>
    store.pool.put({ unit, field, period, value, memberId: 'm1', messageId: null, at: new Date('2026-11-20T02:00:00.000Z') });
  put('f1', '2026-11', 1);
  put('f1', '2026-11', 2);
  put('f1', '2026-11', 3);
  put('f1', null, 1);
  put('f1', null, 2);
  put('f2', '2026-11', 1);
  put('f1', '2026-11', 1, 'u2');

  it('counts each key as its history does', () => {
    const counts = store.pool.historyCounts();
    for (const v of store.pool.all()) expect(counts(v.unit, v.field, v.period)).toBe(store.pool.history(v.unit, v.field, v.period).length);
    expect(store.pool.history('u1', 'f1', '2026-11').length).toBeGreaterThan(0);
    expect(counts('u9', 'f1', '2026-11')).toBe(0);
  });
});
