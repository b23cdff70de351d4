// Upgrading a database written by an earlier onetable: what it held keeps its meaning in the new tables and columns.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../src/store/db.js';
import { migrations } from '../../src/store/migrations.js';
import { Store } from '../../src/store/store.js';
import { tempDir } from '../support/temp.js';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

/** A database as onetable left it at schema version 3, with the settings keys and outbox rows of that time. */
function versionThree(settings: Record<string, unknown>, outbox: Array<[platform: string, target: string]> = []): string {
  const file = join(tmp.dir, 'v3.db');
  const db = new Database(file);
  for (const sql of migrations.slice(0, 3)) db.exec(sql);
  db.pragma('user_version = 3');
  const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
  for (const [key, value] of Object.entries(settings)) put.run(key, JSON.stringify(value));
  outbox.forEach(([platform, target], i) => {
    db.prepare(`INSERT INTO messages (at, chat, sender, text) VALUES ('2026-11-23T01:00:00.000Z', 'channel', 'bot', 'hi')`).run();
    db.prepare(`INSERT INTO outbox (message_id, platform, target, next_attempt_at) VALUES (?, ?, ?, '2026-11-23T01:00:00.000Z')`)
      .run(i + 1, platform, target);
  });
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

  it('turns outbox targets into the kinds and ids of each adapter, mentions kept', () => {
    const file = versionThree({}, [
      ['lark', JSON.stringify({ target: 'chat_id:oc_group', mentions: ['lead_mz'] })],
      ['lark', JSON.stringify({ target: 'open_id:ou_a', mentions: [] })],
      ['lark', JSON.stringify({ target: 'raw:oc_p2p', mentions: [] })],
      ['wechat', JSON.stringify({ target: 'room', mentions: [] })],
      ['wechat', JSON.stringify({ target: 'member:zt_jz', mentions: [] })],
      ['wechat', JSON.stringify({ target: 'raw:wxid_x', mentions: [] })],
    ]);
    const store = Store.open(file);
    const due = [...store.outbox.due('lark', new Date('2026-11-24T00:00:00Z')), ...store.outbox.due('wechat', new Date('2026-11-24T00:00:00Z'))];
    expect(due.map((r) => [r.platform, r.target, r.mentions])).toEqual([
      ['lark', { kind: 'chat_id', id: 'oc_group' }, ['lead_mz']],
      ['lark', { kind: 'open_id', id: 'ou_a' }, []],
      ['lark', { kind: 'chat_id', id: 'oc_p2p' }, []],
      ['wechat', { kind: 'room', id: '' }, []],
      ['wechat', { kind: 'member', id: 'zt_jz' }, []],
      ['wechat', { kind: 'contact', id: 'wxid_x' }, []],
    ]);
    store.close();
  });

  it('runs on a database without any of those keys', () => {
    const db = new Database(versionThree({}));
    migrate(db);
    expect(db.prepare('SELECT count(*) AS n FROM binding_requests').get()).toEqual({ n: 0 });
    db.close();
  });
});
