// Tracked reads (Store.trackReads): a call's answer is known unchanged until a table it read is written, whether it
// read that table by a statement or through a repository's in-memory cache, and never after a rollback; only an
// in-memory store (the replay's) watches its reads.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';

const at = new Date('2026-11-23T02:00:00Z');
const later = new Date('2026-11-30T09:00:00Z');

it('stays unchanged through writes to other tables and changes with a write to a table read', () => {
  const store = Store.open(':memory:');
  const id = store.collections.create({ period: '2026-11', deadline: at, closesAt: later, createdAt: at });
  const { value, unchanged } = store.trackReads(() => store.collections.nextClosing(at));
  expect(value).toEqual(later);
  store.counters.add('asksAvoided', 1, '2026-11-23');
  expect(unchanged()).toBe(true);
  store.collections.setSchedule(id, at, new Date('2026-12-01T09:00:00Z'));
  expect(unchanged()).toBe(false);
});

it('notes a table read through a cache that answered from memory', () => {
  const store = Store.open(':memory:');
  store.roster.upsertUnit({ id: 'u1', name: '一村', kind: 'village' });
  store.roster.snapshot(); // read now: the tracked call below is answered from memory
  const { value, unchanged } = store.trackReads(() => store.roster.snapshot().units.length);
  expect(value).toBe(1);
  expect(unchanged()).toBe(true);
  store.roster.upsertUnit({ id: 'u2', name: '二村', kind: 'village' });
  expect(unchanged()).toBe(false);
});

it('changes after a rolled-back transaction, and is never unchanged for a call that wrote', () => {
  const store = Store.open(':memory:');
  store.collections.create({ period: '2026-11', deadline: at, closesAt: later, createdAt: at });
  const read = store.trackReads(() => store.collections.nextClosing(at));
  expect(() => store.transaction(() => {
    store.counters.add('asksAvoided', 1, '2026-11-23');
    throw new Error('undo');
  })).toThrow('undo');
  expect(read.unchanged()).toBe(false);

  const wrote = store.trackReads(() => store.counters.add('asksAvoided', 1, '2026-11-23'));
  expect(wrote.unchanged()).toBe(false);
});

it('never answers unchanged on a file store, whose reading statements are not watched', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tracked-'));
  try {
    const store = Store.open(join(dir, 'store.db'));
    const { unchanged } = store.trackReads(() => store.collections.nextClosing(at));
    expect(unchanged()).toBe(false);
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
