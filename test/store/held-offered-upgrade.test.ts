// The units a held figure's question offered are kept when it is held (HeldValue.offered). Holds written before that
// (schema 22) get, once on upgrade, the roster units their question names, the name as written (「…」) left out.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/store/migrations.js';
import { Store } from '../../src/store/store.js';
import { tempDir } from '../support/temp.js';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.remove());

const OLD_HOLDS: Array<{ reason: string; label: string | null; kind: string; offered: string[] }> = [
  { reason: '哪个村的数？石桥村还是白沙村？', label: '', kind: 'which', offered: ['shiqiao', 'baisha'] },
  { reason: '哪个村的数？（写的是「白沙村二组」）石桥村还是红岩村？', label: '白沙村二组', kind: 'which', offered: ['shiqiao', 'hongyan'] },
  { reason: '是白沙村的吗？', label: '', kind: 'suggested', offered: ['baisha'] },
  { reason: '「石乔村」是不是石桥村？', label: '石乔村', kind: 'misnamed', offered: ['shiqiao'] },
  { reason: '哪个村的数？', label: '', kind: 'which', offered: [] },
];

function versionTwentyTwo(): string {
  const file = join(tmp.dir, 'v22.db');
  const db = new Database(file);
  for (const sql of migrations.slice(0, 22)) db.exec(sql);
  db.pragma('user_version = 22');
  const unit = db.prepare(`INSERT INTO units (id, name, kind, parent) VALUES (?, ?, 'village', 'zhutuo')`);
  for (const [id, name] of [['shiqiao', '石桥村'], ['hongyan', '红岩村'], ['baisha', '白沙村']]) unit.run(id, name);
  const put = db.prepare(`INSERT INTO held_values (member_id, unit, field, period, value, approximate, raw, reason, options, message_id, at, label, kind)
    VALUES ('zt_jz', 'zhutuo', 'dibao_households', '2026-11', '15', 0, '15户', ?, NULL, 1, '2026-11-24T02:00:00.000Z', ?, ?)`);
  for (const h of OLD_HOLDS) put.run(h.reason, h.label, h.kind);
  db.close();
  return file;
}

describe('held figures written before the units offered were kept', () => {
  it('get, after the upgrade, the roster units their question named', () => {
    const store = Store.open(versionTwentyTwo());
    expect(store.held.openOf('zt_jz').map((h) => h.offered)).toEqual(OLD_HOLDS.map((h) => h.offered));
    store.close();
  });
});
