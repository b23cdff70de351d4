// A collection's active requests are read once within a store transaction (a reply reads them for its candidates, its
// completion check and its forwarding; a notice for its plan), and read again once a statement writes the requests
// table: a new request, or one moved, withdrawn or changed (src/store/transaction-reads.ts).
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { addRequest, countCollectionReads } from '../support/request-reads.js';

describe("a collection's requests", () => {
  it('are read once until the requests table is written', () => {
    const store = Store.open(':memory:');
    try {
      const at = new Date('2026-11-20T02:00:00Z');
      const request = (title: string, targets: string[]): number => addRequest(store, title, targets, at);
      const counted = countCollectionReads(store);
      const reads = (): number => [...counted.values()].reduce((n, k) => n + k, 0);
      store.transaction(() => {
        const id = store.collections.create({ period: '2026-11', deadline: null, closesAt: new Date('2026-12-01T00:00:00Z'), createdAt: at });
        const first = request('低保', ['u1', 'u2']);
        store.requests.update(first, { collectionId: id });
        const a = store.requests.inCollection(id);
        const b = store.requests.inCollection(id);
        expect(reads()).toBe(1);
        expect(b).toEqual(a);
        b[0]!.targets.push('u9');
        expect(store.requests.inCollection(id)[0]!.targets).toEqual(['u1', 'u2']);
        expect(reads()).toBe(1);
        const second = request('特困', ['u3']);
        store.requests.update(second, { collectionId: id });
        expect(store.requests.inCollection(id).map((r) => r.title)).toEqual(['低保', '特困']);
        expect(reads()).toBe(2);
        store.requests.update(first, { status: 'withdrawn' });
        expect(store.requests.inCollection(id).map((r) => r.title)).toEqual(['特困']);
        expect(reads()).toBe(3);
      });
    } finally {
      store.close();
    }
  });
});
