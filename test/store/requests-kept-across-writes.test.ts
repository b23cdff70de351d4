// A write to one request drops the kept answers (RequestsRepo.inCollection, deadlinesIn) of its own collection only,
// before and after the write: a new request (no collection yet) drops none, a request moved drops both collections',
// and every other collection's answers stay (src/store/transaction-reads.ts, writeKeys). They were dropped on every write
// to the requests table, so each reply after a notice read and converted its collections' requests again.
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { addRequest, countCollectionReads } from '../support/request-reads.js';

describe("a collection's kept requests across writes to other requests", () => {
  it('are read again only when a write touches that collection', () => {
    const store = Store.open(':memory:');
    try {
      const at = new Date('2026-11-20T02:00:00Z');
      const request = (title: string, targets: string[]): number => addRequest(store, title, targets, at);
      const reads = countCollectionReads(store);
      store.transaction(() => {
        const closesAt = new Date('2026-12-01T00:00:00Z');
        const a = store.collections.create({ period: '2026-11', deadline: null, closesAt, createdAt: at });
        const b = store.collections.create({ period: '2026-11', deadline: null, closesAt, createdAt: at });
        const c = store.collections.create({ period: '2026-11', deadline: null, closesAt, createdAt: at });
        const first = request('低保', ['u1', 'u2']);
        store.requests.update(first, { collectionId: a });
        const second = request('特困', ['u3']);
        store.requests.update(second, { collectionId: b });
        const titles = (id: number): string[] => store.requests.inCollection(id).map((r) => r.title);
        expect([titles(a), titles(b), titles(c)]).toEqual([['低保'], ['特困'], []]);
        const deadlinesB = store.requests.deadlinesIn(b);
        expect([...reads.values()]).toEqual([1, 1, 1]);

        // A new request: no collection yet, every answer stays.
        const third = request('残疾', ['u4']);
        expect([titles(a), titles(b), titles(c)]).toEqual([['低保'], ['特困'], []]);
        expect(store.requests.deadlinesIn(b)).toBe(deadlinesB);
        expect([reads.get(a), reads.get(b), reads.get(c)]).toEqual([1, 1, 1]);

        // Placed in c: c is read again, a and b are not.
        store.requests.update(third, { collectionId: c });
        expect([titles(a), titles(b), titles(c)]).toEqual([['低保'], ['特困'], ['残疾']]);
        expect(store.requests.deadlinesIn(b)).toBe(deadlinesB);
        expect([reads.get(a), reads.get(b), reads.get(c)]).toEqual([1, 1, 2]);

        // Moved from a to b: both are read again, c is not.
        store.requests.update(first, { collectionId: b });
        expect([titles(a), titles(b), titles(c)]).toEqual([[], ['低保', '特困'], ['残疾']]);
        expect(store.requests.deadlinesIn(b)).not.toBe(deadlinesB);
        expect([reads.get(a), reads.get(b), reads.get(c)]).toEqual([2, 2, 2]);

        // Changed in place (targets, a deadline) and withdrawn: only its collection.
        const due = new Date('2026-11-25T10:00:00Z');
        store.requests.update(second, { targets: ['u3', 'u5'], deadline: due });
        expect(store.requests.deadlinesIn(b).map((d) => [d.deadline, [...d.targets]])).toEqual([[null, ['u1', 'u2']], [due.getTime(), ['u3', 'u5']]]);
        expect([reads.get(a), reads.get(b), reads.get(c)]).toEqual([2, 3, 2]);
        store.requests.update(third, { status: 'withdrawn' });
        expect([titles(a), titles(b), titles(c)]).toEqual([[], ['低保', '特困'], []]);
        expect([reads.get(a), reads.get(b), reads.get(c)]).toEqual([2, 3, 3]);

        // Any other write to the table (not through the repository) still drops everything.
        store.db.prepare(`UPDATE requests SET title = title WHERE id = ?`).run(first);
        expect([titles(a), titles(b), titles(c)]).toEqual([[], ['低保', '特困'], []]);
        expect([reads.get(a), reads.get(b), reads.get(c)]).toEqual([3, 4, 4]);
      });
    } finally {
      store.close();
    }
  });
});
