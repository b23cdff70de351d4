// A batch marks the asks it carries as sent from the records it holds: one UPDATE that returns nothing (the changed
// rows' keys are the records'), and every cached read still matches the table, also when a record was not current
// (docs/performance.md, phase 22).
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';

const at = new Date('2026-11-23T02:00:00Z');
const sent = new Date('2026-11-23T03:00:00Z');

describe('marking asks sent', () => {
  it('takes the records the batch holds, runs one UPDATE without RETURNING, and keeps every cache current', () => {
    const store = Store.open(':memory:');
    try {
      const ask = (unit: string, field: string, memberId = 'm1') =>
        store.asks.add({ collectionId: 1, unit, field, period: '2026-11', memberId, department: 'civil', at });
      ask('u1', 'f1');
      ask('u1', 'f2');
      ask('u2', 'f1');
      ask('u1', 'f3', 'm2');
      // Every cache read once: the member's open list, the unit's replyable list, the period's live asks.
      const open = store.asks.openOf('m1');
      store.asks.replyableOf('u1', new Date(0));
      store.asks.liveInPeriod('2026-11');
      const statements: string[] = [];
      const prepare = store.db.prepare.bind(store.db);
      store.db.prepare = ((sql: string) => {
        statements.push(sql);
        return prepare(sql);
      }) as typeof store.db.prepare;
      store.asks.markSent([open[0]!, open[2]!], sent);
      store.db.prepare = prepare;
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatch(/^UPDATE asks SET sent_at/);
      expect(statements[0]).not.toMatch(/RETURNING/);

      const table = (where: string) => (store.db.prepare(`SELECT id, sent_at FROM asks WHERE ${where} ORDER BY id`).all() as
        Array<{ id: number; sent_at: string | null }>).map((r) => [r.id, r.sent_at]);
      const cached = (list: Array<{ id: number; sentAt: Date | null }>) => list.map((a) => [a.id, a.sentAt?.toISOString() ?? null]);
      const checkAll = () => {
        expect(cached(store.asks.openOf('m1'))).toEqual(table(`member_id = 'm1' AND status = 'open'`));
        expect(cached(store.asks.replyableOf('u1', new Date(0)))).toEqual(table(`unit = 'u1' AND status IN ('open', 'answered')`));
        expect(store.asks.waitingOf('m1').map((a) => a.id)).toEqual([open[1]!.id]);
        const live = store.asks.liveInPeriod('2026-11');
        expect(live.get('u1')?.get('f1')?.sentAt?.toISOString()).toBe(sent.toISOString());
        expect(live.get('u1')?.get('f2')?.sentAt).toBeNull();
        expect(live.get('u2')?.get('f1')?.sentAt?.toISOString()).toBe(sent.toISOString());
        expect(live.get('u1')?.get('f3')?.sentAt).toBeNull();
      };
      expect(table(`sent_at IS NOT NULL`).map(([id]) => id)).toEqual([open[0]!.id, open[2]!.id]);
      checkAll();

      // Records that are no longer current (already sent): nothing changes in the table, every cache is read again.
      store.asks.markSent([open[0]!, open[2]!], new Date('2026-11-24T03:00:00Z'));
      checkAll();
      // Records sent before are not marked again.
      store.asks.markSent(store.asks.openOf('m1').filter((a) => a.sentAt !== null), new Date('2026-11-25T03:00:00Z'));
      checkAll();
    } finally {
      store.close();
    }
  });
});
