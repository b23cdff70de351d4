// A figure a member gave recently under another period (a misread ask) stays correctable: the pool lists the periods
// of a unit's field given by a member since a time, in period order; confirmed-from figures and old ones are left out.
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';

describe('periodsGivenSince', () => {
  const store = Store.open(':memory:');
  const put = (period: string | null, at: string, memberId: string | null = 'm1', field = 'f1') =>
    store.pool.put({ unit: 'u1', field, period, value: 1, memberId, messageId: null, at: new Date(at) });
  put('2026-11', '2026-11-20T02:00:00.000Z');
  put('2026-09', '2026-11-01T00:00:00.000Z'); // exactly at the boundary: in
  put('2026-08', '2026-10-31T23:59:59.999Z'); // just before: out
  put('2026-10', '2026-11-21T00:00:00.000Z', null); // nobody typed it: out
  put(null, '2026-11-21T00:00:00.000Z'); // no period: out
  put('2026-07', '2026-11-22T00:00:00.000Z', 'm1', 'f2'); // another field: out

  it('lists the periods given by a member since the time, oldest period first', () => {
    expect(store.pool.periodsGivenSince('u1', 'f1', new Date('2026-11-01T00:00:00.000Z'))).toEqual(['2026-09', '2026-11']);
  });
});
