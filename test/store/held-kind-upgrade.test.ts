// What a held figure waits for is said when it is held (HeldKind, held.ts), never read back from its question's words.
// Holds written before the kind was kept (schema 21) get, on upgrade, the kind their question's words gave then: a
// choice (options), a figure waiting for a unit's name (哪个村的数？ / 「清平」是清平村还是清平社区？), a yes to the one unit
// suggested (是白沙村的吗？), a misnamed unit (「石乔村」是不是石桥村？), a change against a unit's own figure
// (石桥村已报…，改为…吗？) and a confirmation (anything else, a reason naming 已报 or 改为 included).
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

const OLD_HOLDS: Array<{ reason: string; label: string | null; options?: string; kind: string }> = [
  { reason: '“120”是低保户数还是低保人数？请回复项目名称', label: null, options: '[{"field":"dibao_households","period":"2026-11","value":120}]', kind: 'choice' },
  { reason: '哪个村的数？石桥村还是白沙村？', label: '', kind: 'which' },
  { reason: '哪个村的数？（写的是「红星村」）石桥村还是白沙村？', label: '红星村', kind: 'which' },
  { reason: '「清平」是清平村还是清平社区？', label: '清平', kind: 'which' },
  { reason: '是白沙村的吗？', label: '', kind: 'suggested' },
  { reason: '「石乔村」是不是石桥村？', label: '石乔村', kind: 'misnamed' },
  { reason: '是白沙村的吗？', label: '白纱村', kind: 'misnamed' },
  { reason: '石桥村已报低保户数12户、低保人数20人，改为15户、25人吗？', label: null, kind: 'change' },
  { reason: '比上月多一倍以上，请确认', label: null, kind: 'confirm' },
  { reason: '已报的数是12户，改为15户吗？，请核实', label: null, kind: 'confirm' },
  { reason: '改为15户吗？', label: null, kind: 'confirm' },
];

/** A database at schema version 21 holding one open figure for each question above, for member zt_jz. */
function versionTwentyOne(): string {
  const file = join(tmp.dir, 'v21.db');
  const db = new Database(file);
  for (const sql of migrations.slice(0, 21)) db.exec(sql);
  db.pragma('user_version = 21');
  const put = db.prepare(`INSERT INTO held_values (member_id, unit, field, period, value, approximate, raw, reason, options, message_id, at, label)
    VALUES ('zt_jz', 'zhutuo', 'dibao_households', '2026-11', '15', 0, '15户', ?, ?, 1, '2026-11-24T02:00:00.000Z', ?)`);
  for (const h of OLD_HOLDS) put.run(h.reason, h.options ?? null, h.label);
  db.close();
  return file;
}

describe('held figures written before their kind was kept', () => {
  it('read, after the upgrade, as what their question asked', () => {
    const store = Store.open(versionTwentyOne());
    const open = store.held.openOf('zt_jz');
    expect(open.map((h) => [h.reason, h.kind])).toEqual(OLD_HOLDS.map((h) => [h.reason, h.kind]));
    store.close();
  });

  it('a figure held now keeps the kind it was held with, whatever its question says', () => {
    const store = Store.open(join(tmp.dir, 'new.db'));
    store.held.hold({
      memberId: 'zt_jz', unit: 'zhutuo', field: 'dibao_households', period: '2026-11', value: 15, approximate: false, raw: '15户',
      reason: '是白沙村的吗？', options: null, messageId: null, at: new Date('2026-11-24T02:00:00Z'), label: '', kind: 'which',
    });
    expect(store.held.openOf('zt_jz').map((h) => h.kind)).toEqual(['which']);
    store.close();
  });
});
