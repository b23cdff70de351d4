import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, REQUEST_TEXT, adminHeaders, say, startTestOnetable, type Booted } from '../support/boot.js';

let s: Booted;

beforeAll(async () => {
  s = await startTestOnetable(); // exports' links are absolute on the listening address
  await say(s, 'lead_mz', 'channel', REQUEST_TEXT);
  await say(s, 'sq_shebao', 'dm', '', { collectionId: 1, values: { dibao_households: '120', tekun_persons: '8' } });
});
afterAll(async () => {
  await s?.stop();
});

const get = (path: string, headers: Record<string, string> = adminHeaders()) => s.request(`${path}`, { headers });
const send = (method: string, path: string, body: unknown, headers = adminHeaders()) =>
  s.request(`${path}`, { method, headers, body: JSON.stringify(body) });

describe('admin API auth', () => {
  const guarded = ['/api/admin/collections', '/api/admin/pool?ledger=social_assistance', '/api/admin/roster', '/api/admin/plugins', '/api/admin/audit', '/api/exports/c1.csv'];

  it('answers 401 without a token and 403 with a wrong one', async () => {
    for (const path of guarded) {
      const none = await s.request(`${path}`);
      expect(none.status, path).toBe(401);
      expect(await none.json()).toMatchObject({ path: '' });
      expect((await get(path, { authorization: 'Bearer not-the-admin-token-at-all' })).status, path).toBe(403);
      expect((await get(path, { cookie: 'onetable_admin=wrong-token-value-xyz' })).status, path).toBe(403);
      expect((await get(path)).status, path).toBe(200);
    }
  });

  it('signs in through the login endpoint with an HttpOnly SameSite=Strict cookie', async () => {
    const bad = await send('POST', '/api/admin/login', { token: 'wrong-token-value-xyz' }, { 'content-type': 'application/json' });
    expect(bad.status).toBe(403);
    const ok = await send('POST', '/api/admin/login', { token: ADMIN_TOKEN }, { 'content-type': 'application/json' });
    expect(ok.status).toBe(200);
    const cookie = ok.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect((await get('/api/admin/collections', { cookie: cookie.split(';')[0]! })).status).toBe(200);
  });

  it('serves the completion export named in the bot reply, behind the token', async () => {
    const res = await get('/api/exports/c1.csv');
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await res.text();
    expect(text).toContain('单位,低保户数（户）,特困供养人数（人）');
    expect(text).toContain('石桥镇,120,8');
    expect((await get('/api/exports/c99.csv')).status).toBe(404);
  });
});

describe('admin API validation', () => {
  it('reports field dictionary errors by path', async () => {
    const bad = await send('PUT', '/api/admin/fields/new_field', { label: '新数据项', type: 'enum', aliases: [] });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ path: 'options' });
    const badKey = await send('PUT', '/api/admin/fields/9bad', { label: '坏编号', type: 'integer' });
    expect(await badKey.json()).toMatchObject({ path: 'key' });
    const badLedger = await send('PUT', '/api/admin/fields/ok_field', { label: '好数据项', type: 'integer', ledger: 'nope' });
    expect(await badLedger.json()).toMatchObject({ path: 'ledger' });
    const ok = await send('PUT', '/api/admin/fields/onetable_test_points', { label: '避险安置点数', type: 'integer', unit: '个', ledger: 'social_assistance' });
    expect(ok.status).toBe(200);
    expect(s.onetable.store.fields.get('onetable_test_points')?.unit).toBe('个');
    expect(s.onetable.store.audit.list({ action: 'field.add' })[0]?.subject).toBe('onetable_test_points');
  });

  it('reports settings errors by path and applies a valid change', async () => {
    const bad = await send('PUT', '/api/admin/settings', { quietHours: { start: '25:00', end: '08:00' } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ path: 'quietHours.start' });
    const badDay = await send('PUT', '/api/admin/settings', { holidays: ['2026-10-01', 'tomorrow'] });
    expect(await badDay.json()).toMatchObject({ path: 'holidays.1' });
    const notJson = await s.request(`/api/admin/settings`, { method: 'PUT', headers: adminHeaders(), body: '{' });
    expect(notJson.status).toBe(400);
    const ok = await send('PUT', '/api/admin/settings', { digestTime: '17:30', minutesPerAsk: 20, holidays: ['2026-10-01'] });
    expect(ok.status).toBe(200);
    expect(s.onetable.settings()).toMatchObject({ digestCron: '30 17 * * *', minutesPerAsk: 20, holidays: ['2026-10-01'] });
    expect(s.onetable.host.info('digest')?.status).toBe('running');
    const preview = await (await get('/api/admin/digest/preview')).json() as { title: string; sections: unknown[] };
    expect(preview.title).toContain('每日汇总');
    expect(preview.sections.length).toBeGreaterThan(0);
  });

  it('rejects a plugin config by field, keeps a blank secret and never returns it', async () => {
    const bad = await send('PUT', '/api/admin/plugins/web', { enabled: true, config: { pollMs: 10 } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ path: 'config.pollMs', issues: [{ path: 'pollMs' }] });
    const secret = 'a-web-token-that-is-long-enough';
    expect((await send('PUT', '/api/admin/plugins/web', { enabled: true, config: { token: secret, pollMs: 400 } })).status).toBe(200);
    const again = await send('PUT', '/api/admin/plugins/web', { enabled: true, config: { token: '', pollMs: 300 } });
    const body = await again.text();
    expect(body).not.toContain(secret);
    expect(JSON.parse(body).plugin.secretsSet.token).toBe(true);
    expect(s.onetable.host.info('web')?.config.token).toBe(secret);
    expect((await get('/api/admin/plugins')).status).toBe(200);
    expect(await (await get('/api/admin/plugins')).text()).not.toContain(secret);
    expect((await s.request(`/api/web/roster`)).status).toBe(401);
    expect((await s.request(`/api/web/roster`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(200);
    expect(JSON.stringify(s.onetable.store.audit.list({ action: 'plugin.' }))).not.toContain(secret);
    // Back to an open local channel for the other tests.
    await s.onetable.host.reconfigure('web', true, {});
    s.onetable.store.plugins.save('web', { enabled: true, config: {} }, new Date());
  });
});

describe('roster import', () => {
  const upload = (name: string, content: string | Uint8Array) => {
    const form = new FormData();
    form.append('file', new Blob([content]), name);
    return s.request(`/api/admin/roster/import`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, body: form });
  };

  it('rejects a CSV with one bad row and imports nothing', async () => {
    const before = s.onetable.store.roster.snapshot().members.length;
    const csv = '\uFEFF编号,姓名,角色,部门,单位,对口部门\r\nnew_a,新同志甲,工作人员,,石桥镇,民政局、残联\r\nnew_b,新同志乙,工作人员,,不存在的镇,\r\nnew_c,新同志丙,负责人,民政局,,\r\n';
    const res = await upload('members.csv', csv);
    expect(res.status).toBe(400);
    const body = await res.json() as { imported: number; problems: Array<{ row: number; column: string; reason: string }>; path: string };
    expect(body.imported).toBe(0);
    expect(body.path).toBe('file');
    expect(body.problems).toEqual([{ row: 3, column: '单位', reason: '名册中没有单位“不存在的镇”' }]);
    expect(s.onetable.store.roster.snapshot().members.length).toBe(before);
    expect(s.onetable.store.roster.member('new_a')).toBeUndefined();
  });

  it('imports a valid XLSX and records it in the audit log', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('成员');
    ws.addRow(['编号', '姓名', '角色', '部门', '单位', '对口部门']);
    ws.addRow(['new_x', '新同志', '工作人员', '', 'baisha', '民政局、残联']);
    ws.addRow(['new_y', '<b>新负责人</b>', '负责人', '残联', '', '']);
    const res = await upload('members.xlsx', new Uint8Array(await book.xlsx.writeBuffer()));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ imported: 2 });
    expect(s.onetable.store.roster.member('new_x')).toMatchObject({ unit: 'baisha', serves: ['minzheng', 'canlian'] });
    expect(s.onetable.store.roster.member('new_y')).toMatchObject({ role: 'lead', department: 'canlian' });
    expect(s.onetable.store.audit.list({ action: 'roster.import', actor: 'admin-console' })).toHaveLength(1);
  });

  it('reports a missing column and a duplicate id', async () => {
    const missing = await (await upload('m.csv', '编号,姓名\r\nq,Q\r\n')).json() as { problems: Array<{ row: number; column: string }> };
    expect(missing.problems[0]).toMatchObject({ row: 1, column: '角色' });
    const dup = await (await upload('m.csv', '编号,姓名,角色,单位\r\nq1,甲,工作人员,石桥镇\r\nq1,乙,工作人员,石桥镇\r\n')).json() as { problems: Array<{ row: number; column: string }> };
    expect(dup.problems).toEqual([{ row: 3, column: '编号', reason: '与第 2 行重复' }]);
  });
});

describe('pool and collections', () => {
  it('lists collections with progress per unit and the source message', async () => {
    const { collections } = await (await get('/api/admin/collections')).json() as { collections: Array<Record<string, any>> };
    const c1 = collections.find((c) => c.id === 1)!;
    expect(c1.state).toBe('open');
    expect(c1.unitsDone).toBe(1);
    expect(c1.units.find((u: { unit: string }) => u.unit === 'shiqiao')).toMatchObject({ done: 2, total: 2, missing: [] });
    expect(c1.requests[0].source.text).toBe(REQUEST_TEXT);
  });

  it('shows who reported a value and when, with its history', async () => {
    const t = await (await get('/api/admin/pool?ledger=social_assistance&period=2026-11')).json() as Record<string, any>;
    expect(t.cells.shiqiao.dibao_households).toMatchObject({ value: 120, text: '120户', memberName: '唐雪' });
    expect(t.cells.shiqiao.dibao_households.at).toMatch(/^2026-11-16 10:\d\d$/);
    const bad = await get('/api/admin/pool?ledger=social_assistance&period=last-month');
    expect(await bad.json()).toMatchObject({ path: 'period' });
    expect((await get('/api/admin/pool?ledger=nope')).status).toBe(404);
    const h = await (await get('/api/admin/pool/history?unit=shiqiao&field=dibao_households&period=2026-11')).json() as { history: unknown[] };
    expect(h.history).toHaveLength(1);
  });
});

describe('deliveries', () => {
  it('lists failed deliveries with their error and puts one back in the queue on retry', async () => {
    const store = s.onetable.store;
    const messageId = store.messages.add({
      at: new Date(), chat: { kind: 'channel' }, sender: 'bot', text: '发不出去的消息', card: null, replyTo: null, inboxSeq: null,
    });
    store.outbox.enqueue(messageId, 'lark', { kind: 'chat_id', id: 'oc_x' }, [], new Date());
    const row = store.outbox.due('lark', new Date())[0]!;
    store.outbox.markFailed(row.id, 'code 230002: bot is not in the chat');

    const listed = (await (await get('/api/admin/outbox')).json()) as { failed: Array<{ id: number; error: string; text: string }> };
    expect(listed.failed).toContainEqual(expect.objectContaining({ id: row.id, error: 'code 230002: bot is not in the chat', text: '发不出去的消息' }));

    expect((await send('POST', `/api/admin/outbox/${row.id}/retry`, {})).status).toBe(200);
    expect(store.outbox.due('lark', new Date()).map((r) => r.id)).toContain(row.id);
    expect((await send('POST', `/api/admin/outbox/${row.id}/retry`, {})).status).toBe(404);
    expect(store.audit.list({ action: 'outbox.retry' })[0]?.subject).toBe(String(row.id));
  });
});

describe('export links the bot hands out in chat', () => {
  it('open without the admin token while the signature holds; a changed link is refused', async () => {
    await say(s, 'lead_mz', 'dm', '导出 c1');
    const reply = s.onetable.store.messages.after({ kind: 'dm', memberId: 'lead_mz' }, 0).filter((m) => m.sender === 'bot').pop()!;
    const csv = /CSV：(\S+)/.exec(reply.text)![1]!;
    const xlsx = /Excel：(\S+)/.exec(reply.text)![1]!;
    // Without PUBLIC_URL the links are absolute on the address the server listens on.
    expect(csv.startsWith(`${s.url}/api/exports/c1.csv?`)).toBe(true);
    const ok = await fetch(csv);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('石桥镇,120');
    expect((await fetch(xlsx)).status).toBe(200);
    expect((await fetch(csv.replace('c1.csv', 'c2.csv'))).status).toBe(401);
    expect((await fetch(csv.replace(/sig=[^&]+/, `sig=${'A'.repeat(32)}`))).status).toBe(401);
    expect((await fetch(csv.replace(/exp=\d+/, 'exp=9999999999'))).status).toBe(401);
  });
});
