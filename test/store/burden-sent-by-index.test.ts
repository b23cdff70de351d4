// The burden report (in every digest) counts the asks that went out by department and member: read from an index of
// those asks in that order, not by scanning and sorting every ask ever made. Same counts: unsent and cancelled asks
// are left out, an ask answered after it went out still counts.
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';

const at = new Date('2026-11-23T02:00:00Z');
const sent = new Date('2026-11-23T06:00:00Z');
const ask = (unit: string, field: string, memberId: string, department: string) =>
  ({ collectionId: 1, unit, field, period: '2026-11', memberId, department, at });
const SENT_BY = `SELECT department, member_id, count(*) AS n FROM asks WHERE sent_at IS NOT NULL AND status != 'cancelled'
      GROUP BY department, member_id`;

describe('asks sent, by department and member', () => {
  it('counts the asks that went out and reads them from an index, without sorting every ask', () => {
    const store = Store.open(':memory:');
    store.asks.addAll([ask('u1', 'f1', 'm1', 'civil'), ask('u1', 'f2', 'm1', 'civil'), ask('u1', 'f3', 'm1', 'civil'),
      ask('u2', 'f1', 'm2', 'civil'), ask('u2', 'f2', 'm2', 'farm'), ask('u3', 'f1', 'm3', 'farm')]);
    const record = (unit: string, field: string) => store.asks.all().find((a) => a.unit === unit && a.field === field)!;
    const id = (unit: string, field: string) => record(unit, field).id;
    store.asks.markSent([record('u1', 'f1'), record('u1', 'f2'), record('u2', 'f1'), record('u2', 'f2')], sent);
    store.asks.cancel(id('u1', 'f2')); // went out, then cancelled: not counted
    store.asks.answer('u2', 'f1', '2026-11', sent); // went out, then answered: counted
    const counts = store.burden.sentBy().sort((a, b) => `${a.department}${a.memberId}`.localeCompare(`${b.department}${b.memberId}`));
    expect(counts).toEqual([{ department: 'civil', memberId: 'm1', n: 1 }, { department: 'civil', memberId: 'm2', n: 1 },
      { department: 'farm', memberId: 'm2', n: 1 }]);
    const plan = (store.db.prepare(`EXPLAIN QUERY PLAN ${SENT_BY}`).all() as Array<{ detail: string }>).map((r) => r.detail);
    expect(plan.join(' | ')).toMatch(/USING (COVERING )?INDEX asks_sent_by/);
    expect(plan.join(' | ')).not.toMatch(/TEMP B-TREE/);
    store.close();
  });
});
