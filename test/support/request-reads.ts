// For store tests of a collection's kept requests: a request added in one call, and the reads of a collection's requests
// counted per collection (the statement run, not the repository's kept answer).
import type { Store } from '../../src/store/store.js';

export function addRequest(store: Store, title: string, targets: string[], at = new Date('2026-11-20T02:00:00Z')): number {
  return store.requests.add({
    messageId: 1, memberId: 'lead', department: 'minzheng', title, fields: ['dibao_households'], newFields: [], period: '2026-11',
    deadline: null, deadlineHasTime: false, targets, createdAt: at,
  });
}

/** Runs of the statement that reads a collection's requests, by collection id, from now on. */
export function countCollectionReads(store: Store): Map<number, number> {
  const reads = new Map<number, number>();
  const prepare = store.db.prepare.bind(store.db);
  store.db.prepare = ((sql: string) => {
    const stmt = prepare(sql);
    if (!/FROM requests WHERE collection_id/.test(sql)) return stmt;
    return new Proxy(stmt, {
      get: (t, k) => (k === 'all'
        ? (...args: unknown[]) => { reads.set(args[0] as number, (reads.get(args[0] as number) ?? 0) + 1); return (t.all as (...a: unknown[]) => unknown)(...args); }
        : Reflect.get(t, k)),
    });
  }) as typeof store.db.prepare;
  return reads;
}
