// Exports that hold personal values: the admin gets them in full only with a stated purpose, recorded in the audit;
// a signed link from chat (no person, no purpose) and the console's pool view show them masked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHeaders, bootOnetable, say, type Booted } from '../support/boot.js';

const PHONE = '13812345678';
let s: Booted;

beforeAll(async () => {
  s = await bootOnetable();
  const put = await s.request('/api/admin/fields/grid_phone', {
    method: 'PUT', headers: adminHeaders(), body: JSON.stringify({ label: '网格员联系电话', type: 'text', ledger: 'social_assistance' }),
  });
  expect(put.status).toBe(200);
  await say(s, 'lead_mz', 'channel', '【区民政局】石桥镇、白沙镇：请于11月25日前报送本月低保户数、网格员联系电话。');
  await say(s, 'sq_shebao', 'dm', `低保户数 162\n网格员联系电话：${PHONE}`);
});
afterAll(async () => {
  await s?.stop();
});

const get = (path: string) => s.request(path, { headers: adminHeaders() });
const personalExports = () => s.onetable.store.audit.list({ action: 'personal.export' });

describe('an admin export that holds personal values', () => {
  it('is refused in Chinese without a purpose, and nothing is recorded', async () => {
    for (const path of ['/api/exports/c1.csv', '/api/exports/c1.xlsx', '/api/admin/pool/export.csv?ledger=social_assistance&period=2026-11']) {
      const res = await get(path);
      expect(res.status).toBe(400);
      const body = await res.json() as { error: string; path: string };
      expect(body.path).toBe('purpose');
      expect(body.error).toContain('网格员联系电话');
      expect(body.error).toContain('须写明导出用途');
    }
    expect(personalExports()).toEqual([]);
  });

  it('with a purpose holds the values in full, and the audit records who, what, which fields and why', async () => {
    const csv = await (await get(`/api/exports/c1.csv?purpose=${encodeURIComponent('网格员花名册核对')}`)).text();
    expect(csv).toContain(`石桥镇,162,${PHONE}`);
    const pool = await (await get(`/api/admin/pool/export.csv?ledger=social_assistance&period=2026-11&purpose=${encodeURIComponent('台账归档')}`)).text();
    expect(pool).toContain(PHONE);
    const [poolEntry, collectionEntry] = personalExports();
    expect(collectionEntry).toMatchObject({ actor: 'admin-console', subject: 'c1', detail: { purpose: '网格员花名册核对', fields: ['grid_phone'] } });
    expect(poolEntry).toMatchObject({ subject: 'ledger:social_assistance/2026-11', detail: { purpose: '台账归档' } });
  });

  it('through a saved layout follows the same rule', async () => {
    const saved = await s.request('/api/admin/export-layouts', {
      method: 'POST', headers: adminHeaders(), body: JSON.stringify({ department: 'minzheng', name: '网格员通讯录', columns: [{ field: 'grid_phone' }] }),
    });
    const { id } = await saved.json() as { id: number };
    expect((await get(`/api/admin/export-layouts/${id}.csv?period=2026-11`)).status).toBe(400);
    const csv = await (await get(`/api/admin/export-layouts/${id}.csv?period=2026-11&purpose=${encodeURIComponent('通讯录更新')}`)).text();
    expect(csv).toContain(PHONE);
    expect(personalExports()[0]).toMatchObject({ subject: `layout:${id}`, detail: { purpose: '通讯录更新' } });
  });
});

describe('where personal values are masked', () => {
  it('a signed link from chat opens a masked file, and the chat reply says so', async () => {
    await say(s, 'lead_mz', 'dm', '导出 c1');
    const reply = s.onetable.store.messages.after({ kind: 'dm', memberId: 'lead_mz' }, 0).filter((m) => m.sender === 'bot').pop()!;
    expect(reply.text).toContain('已遮盖');
    const link = /CSV：(\S+)/.exec(reply.text)![1]!;
    const csv = await (await s.request(link.slice(link.indexOf('/api/')))).text();
    expect(csv).toContain('石桥镇,162,138****5678');
    expect(csv).not.toContain(PHONE);
  });

  it('the console pool view and a cell\'s history show the value masked', async () => {
    const view = await (await get('/api/admin/pool?ledger=social_assistance&period=2026-11')).text();
    expect(view).toContain('138****5678');
    expect(view).not.toContain(PHONE);
    const history = await (await get('/api/admin/pool/history?unit=shiqiao&field=grid_phone&period=2026-11')).text();
    expect(history).toContain('138****5678');
    expect(history).not.toContain(PHONE);
  });
});
