import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../src/chat/contract.js';
import { migrate } from '../../src/store/db.js';
import { migrations } from '../../src/store/migrations.js';
import { Store } from '../../src/store/store.js';
import { tempDir } from '../support/temp.js';

let tmp: ReturnType<typeof tempDir>;
let file: string;
beforeEach(() => {
  tmp = tempDir();
  file = join(tmp.dir, 'nested', 'onetable.db');
});
afterEach(() => tmp.remove());

const inbound = (id: string, text = '你好'): InboundMessage => ({
  platform: 'lark', id, chat: { kind: 'dm', id: 'oc_1' }, sender: { platformUserId: 'ou_1' }, text, mentionsBot: false,
  at: new Date('2026-11-23T01:00:00Z'),
});

describe('opening the database', () => {
  it('creates the folder, uses WAL and applies every migration once (user_version)', () => {
    const store = Store.open(file);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    store.settings.set('marker', { kept: true });
    store.close();

    // A second open runs no migration again (a re-run of CREATE TABLE would throw) and keeps the data.
    const again = Store.open(file);
    expect(again.db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(again.settings.all().marker).toEqual({ kept: true });
    again.close();
  });

  it('is forward-only: a database from a newer onetable is refused, not downgraded', () => {
    const db = new Database(join(tmp.dir, 'newer.db'));
    db.pragma(`user_version = ${migrations.length + 1}`);
    expect(() => migrate(db)).toThrow(/newer than this onetable/);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length + 1);
    db.close();
  });

  it('applies only the migrations after the recorded version', () => {
    const db = new Database(join(tmp.dir, 'partial.db'));
    // A database left at version 1 with data in it: migrate runs only what follows, and keeps the data.
    db.exec(migrations[0]!);
    db.pragma('user_version = 1');
    db.prepare(`INSERT INTO meta (key, value) VALUES ('kept', 'yes')`).run();
    migrate(db);
    expect(db.prepare(`SELECT value FROM meta WHERE key = 'kept'`).get()).toEqual({ value: 'yes' });
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    db.close();
  });
});

describe('inbox', () => {
  it('is unique on platform + message id: a redelivery is not stored twice', () => {
    const store = Store.open(file);
    const first = store.inbox.add(inbound('msg-1'), new Date());
    const again = store.inbox.add(inbound('msg-1', '不同的文字'), new Date());
    const otherPlatform = store.inbox.add({ ...inbound('msg-1'), platform: 'wechat' }, new Date());
    expect(first).toBeTypeOf('number');
    expect(again).toBeNull();
    expect(otherPlatform).toBeTypeOf('number');
    expect(store.inbox.count()).toBe(2);
    expect(store.inbox.get(first!)!.message.text).toBe('你好');
    expect(store.inbox.pending().map((r) => r.seq)).toEqual([first, otherPlatform]);
    store.inbox.mark(first!, 'done', null, new Date());
    expect(store.inbox.pending().map((r) => r.seq)).toEqual([otherPlatform]);
    store.close();
  });
});

describe('data pool', () => {
  it('keeps every version of a value (留痕) and serves the latest', () => {
    const store = Store.open(file);
    const at = new Date('2026-11-24T08:00:00Z');
    const v1 = store.pool.put({ unit: 'zhutuo', field: 'dibao_households', period: '2026-11', value: 110, memberId: 'hu', messageId: 1, at });
    const v2 = store.pool.put({ unit: 'zhutuo', field: 'dibao_households', period: '2026-11', value: 108, memberId: 'hu', messageId: 2, at });
    expect(v1).toEqual({ previous: undefined, version: 1 });
    expect(v2.previous?.value).toBe(110);
    expect(v2.version).toBe(2);
    store.close();

    const reopened = Store.open(file);
    expect(reopened.pool.get('zhutuo', 'dibao_households', '2026-11')).toMatchObject({ value: 108, version: 2, messageId: 2 });
    expect(reopened.pool.history('zhutuo', 'dibao_households', '2026-11').map((v) => v.value)).toEqual([110, 108]);
    // A value without a period is its own key.
    reopened.pool.put({ unit: 'zhutuo', field: 'dibao_households', period: null, value: 5, memberId: null, messageId: null, at });
    expect(reopened.pool.get('zhutuo', 'dibao_households', null)?.value).toBe(5);
    expect(reopened.pool.count()).toBe(2);
    reopened.close();
  });
});

describe('outbox', () => {
  it('records attempts, the last error and the next attempt time, and is unique per message and platform', () => {
    const store = Store.open(file);
    const id = store.messages.add({ at: new Date(), chat: { kind: 'channel' }, sender: 'bot', text: 'hi', card: null, replyTo: null, inboxSeq: null });
    const t0 = new Date('2026-11-23T01:00:00Z');
    store.outbox.enqueue(id, 'lark', { kind: 'chat_id', id: 'oc' }, [], t0);
    store.outbox.enqueue(id, 'lark', { kind: 'chat_id', id: 'oc' }, [], t0);
    expect(store.outbox.due('lark', t0)).toHaveLength(1);
    const [row] = store.outbox.due('lark', t0);
    expect(row).toMatchObject({ attempts: 0, status: 'pending', lastError: null });

    const later = new Date(t0.getTime() + 2000);
    store.outbox.markRetry(row!.id, 'timeout', later);
    expect(store.outbox.due('lark', t0)).toHaveLength(0);
    const [retry] = store.outbox.due('lark', later);
    expect(retry).toMatchObject({ attempts: 1, lastError: 'timeout', nextAttemptAt: later });
    expect(store.outbox.nextDueAt('lark')).toEqual(later);

    store.outbox.markFailed(retry!.id, 'blocked');
    expect(store.outbox.due('lark', new Date(later.getTime() + 1e9))).toHaveLength(0);
    expect(store.outbox.failed()[0]).toMatchObject({ attempts: 2, lastError: 'blocked', status: 'failed', text: 'hi' });
    store.close();
  });
});

describe('schedule runs', () => {
  it('claims a key once, across reopenings', () => {
    const store = Store.open(file);
    expect(store.scheduleRuns.claim('digest:2026-11-23', new Date())).toBe(true);
    expect(store.scheduleRuns.claim('digest:2026-11-23', new Date())).toBe(false);
    store.close();
    const reopened = Store.open(file);
    expect(reopened.scheduleRuns.has('digest:2026-11-23')).toBe(true);
    expect(reopened.scheduleRuns.claim('digest:2026-11-23', new Date())).toBe(false);
    reopened.close();
  });
});

describe('which collection a request joins', () => {
  it('the oldest open one of the same period sharing a field and a unit; none when any of these differs', () => {
    const store = Store.open(file);
    const now = new Date('2026-11-23T02:00:00Z');
    const later = new Date('2026-11-30T00:00:00Z');
    const make = (period: string, fields: string[], units: string[], closesAt = later): number => {
      const id = store.collections.create({ period, deadline: closesAt, closesAt, createdAt: now });
      store.collections.addItems(id, period, fields, units);
      return id;
    };
    const a = make('2026-11', ['x', 'y'], ['u1', 'u2']);
    const b = make('2026-11', ['y'], ['u3']);
    make('2026-10', ['x'], ['u1']);
    const expired = make('2026-11', ['z'], ['u9'], new Date('2026-11-23T01:00:00Z'));
    const closed = make('2026-11', ['w'], ['u8']);
    store.collections.setStatus(closed, 'closed');

    expect(store.collections.openOverlapping('2026-11', ['y'], ['u3', 'u1'], now)?.id).toBe(a);
    expect(store.collections.openOverlapping('2026-11', ['y'], ['u3'], now)?.id).toBe(b);
    expect(store.collections.openOverlapping('2026-11', ['q'], ['u1'], now)).toBeUndefined();
    expect(store.collections.openOverlapping('2026-11', ['x'], ['u7'], now)).toBeUndefined();
    expect(store.collections.openOverlapping('2026-12', ['x'], ['u1'], now)).toBeUndefined();
    expect(store.collections.openOverlapping('2026-11', ['z'], ['u9'], now)).toBeUndefined();
    expect(expired).toBeGreaterThan(0);
    expect(store.collections.openOverlapping('2026-11', ['w'], ['u8'], now)).toBeUndefined();
    store.close();
  });
});
