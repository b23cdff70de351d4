// Answers kept within a store transaction (src/store/transaction-reads.ts) follow every write on the connection that
// changes them: each kept lookup is read, its table written (through the repository and through a bare statement the
// repositories know nothing about), and read again; the answer must be what an uncached statement reads.
import { beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';

let store: Store;
const at = new Date('2026-11-23T02:00:00Z');
const later = new Date('2026-11-30T09:00:00Z');
let collectionId: number;

beforeEach(() => {
  store = Store.open(':memory:');
  collectionId = store.collections.create({ period: '2026-11', deadline: at, closesAt: later, createdAt: at });
  store.pool.put({ unit: 'u1', field: 'f1', period: '2026-11', value: 1, memberId: 'm1', messageId: null, at });
});

const fresh = {
  deadline: () => (store.db.prepare('SELECT deadline FROM collections WHERE id = ? -- uncached').get(collectionId) as { deadline: string | null }).deadline,
  pool: () => JSON.parse((store.db.prepare('SELECT value FROM pool WHERE unit = ? AND field = ? -- uncached').get('u1', 'f1') as { value: string }).value) as unknown,
};

describe('a kept answer after a write to its table, inside one transaction', () => {
  it('a collection read by id shows the repository write and a bare UPDATE', () => {
    store.transaction(() => {
      expect(store.collections.get(collectionId)?.deadline).toEqual(at);
      store.collections.setSchedule(collectionId, later, later);
      expect(store.collections.get(collectionId)?.deadline?.toISOString()).toBe(fresh.deadline());
      expect(store.collections.deadlineOf(collectionId)?.toISOString()).toBe(later.toISOString());
      store.db.prepare('UPDATE collections SET deadline = NULL WHERE id = ?').run(collectionId);
      expect(store.collections.deadlineOf(collectionId)).toBeNull();
      expect(store.collections.get(collectionId)?.deadline).toBeNull();
      store.db.prepare('DELETE FROM collections WHERE id = ?').run(collectionId);
      expect(store.collections.get(collectionId)).toBeUndefined();
    });
  });

  it('a collection\'s status and done time show their writes', () => {
    store.transaction(() => {
      expect(store.collections.get(collectionId)?.status).toBe('open');
      store.collections.setStatus(collectionId, 'closed');
      expect(store.collections.get(collectionId)?.status).toBe('closed');
      store.collections.markDone(collectionId, later);
      expect(store.collections.get(collectionId)?.doneAt).toEqual(later);
      store.collections.clearDone(collectionId);
      expect(store.collections.get(collectionId)?.doneAt).toBeNull();
    });
  });

  it('a pool row shows a new version and a bare UPDATE', () => {
    store.transaction(() => {
      expect(store.pool.get('u1', 'f1', '2026-11')?.value).toBe(1);
      store.pool.put({ unit: 'u1', field: 'f1', period: '2026-11', value: 2, memberId: 'm1', messageId: null, at });
      expect(store.pool.get('u1', 'f1', '2026-11')?.value).toBe(fresh.pool());
      store.db.prepare(`UPDATE pool SET value = '3' WHERE unit = 'u1'`).run();
      expect(store.pool.get('u1', 'f1', '2026-11')?.value).toBe(3);
    });
  });
});
