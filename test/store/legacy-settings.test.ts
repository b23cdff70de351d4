// Migration 4: binding requests and plugins' own state, once keys in the settings table, move to tables of their own.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/db.js';
import { migrations } from '../../src/store/migrations.js';
import { Store } from '../../src/store/store.js';
import { tempDir } from '../bot/harness.js';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

/** A database as onetable left it at schema version 3, with the settings keys of that time. */
function versionThree(settings: Record<string, unknown>): string {
  const file = join(tmp.dir, 'v3.db');
  const db = new Database(file);
  for (const sql of migrations.slice(0, 3)) db.exec(sql);
  db.pragma('user_version = 3');
  const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  for (const [key, value] of Object.entries(settings)) put.run(key, JSON.stringify(value));
  db.close();
  return file;
}

describe('upgrading a version 3 database', () => {
  it('keeps an open binding request, with its code, and drops the settings key', () => {
    const file = versionThree({
      'binding:lark:ou_a:b': { memberId: 'zt_jz', code: 'K7QX', at: '2026-11-23T01:00:00.000Z' },
      settings: { botName: '报数助手' },
    });
    const store = Store.open(file);
    expect(store.bindings.all()).toEqual([
      { platform: 'lark', externalId: 'ou_a:b', memberId: 'zt_jz', code: 'K7QX', at: new Date('2026-11-23T01:00:00.000Z') },
    ]);
    expect(Object.keys(store.settings.all())).toEqual(['settings']);
    store.close();
  });

  it('hands the Lark DM chats and the WeChat learned keys to their plugins', () => {
    const file = versionThree({ 'lark.p2p': { ou_a: 'oc_1' }, 'wechat:learned-keys': { zt_jz: '胡晓燕' } });
    const store = Store.open(file);
    expect(store.pluginState.get('lark', 'p2p')).toEqual({ ou_a: 'oc_1' });
    expect(store.pluginState.get('wechat', 'learned-keys')).toEqual({ zt_jz: '胡晓燕' });
    expect(store.pluginState.get('web', 'p2p')).toBeUndefined();
    expect(store.settings.all()).toEqual({});
    store.close();
  });

  it('runs on a database without any of those keys', () => {
    const db = new Database(versionThree({}));
    migrate(db);
    expect(db.prepare('SELECT count(*) AS n FROM binding_requests').get()).toEqual({ n: 0 });
    db.close();
  });
});
