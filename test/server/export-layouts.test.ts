// A department's saved export layout: its own column order and labels, filled from the pool for a period, as CSV and
// XLSX with figures as numbers and units in the header.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHeaders, say, startTestOnetable, type Booted } from '../support/boot.js';

let s: Booted;
let layoutId: number;

beforeAll(async () => {
  s = await startTestOnetable();
  await say(s, 'lead_mz', 'channel', '【区民政局】石桥镇、白沙镇：请于11月25日前报送本月低保户数、低保金发放金额。');
  await say(s, 'sq_shebao', 'dm', '低保户数 162，低保金发放金额 35000.5');
  await say(s, 'bs_shebao', 'dm', '低保户数 95');
});
afterAll(async () => {
  await s?.stop();
});

const post = (path: string, body: unknown) => fetch(`${s.url}${path}`, { method: 'POST', headers: adminHeaders(), body: JSON.stringify(body) });
const get = (path: string) => fetch(`${s.url}${path}`, { headers: adminHeaders() });

describe('saved export layouts', () => {
  it('saves a department\'s own column order and labels; an unknown field is refused by path', async () => {
    const bad = await post('/api/admin/export-layouts', { department: 'minzheng', name: '月报格式', columns: [{ field: 'no_such', label: 'x' }] });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ path: 'columns.0.field' });
    const res = await post('/api/admin/export-layouts', {
      department: 'minzheng', name: '月报格式', columns: [{ field: 'dibao_amount', label: '低保金' }, { field: 'dibao_households', label: '' }],
    });
    expect(res.status).toBe(200);
    layoutId = ((await res.json()) as { id: number }).id;
    const list = (await (await get('/api/admin/export-layouts')).json()) as { layouts: Array<{ id: number; departmentName: string; columns: unknown[] }> };
    expect(list.layouts).toEqual([expect.objectContaining({ id: layoutId, departmentName: '民政局' })]);
  });

  it('CSV: the layout\'s order and labels, units in the header, numbers in the cells, 未报 where the pool has nothing', async () => {
    const text = await (await get(`/api/admin/export-layouts/${layoutId}.csv?period=2026-11`)).text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('单位,低保金（元）,低保户数（户）');
    expect(lines).toContain('石桥镇,35000.5,162');
    expect(lines).toContain('白沙镇,未报,95');
    expect((await get(`/api/admin/export-layouts/${layoutId}.csv?period=11月`)).status).toBe(400);
  });

  it('XLSX: figure cells are numbers', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await get(`/api/admin/export-layouts/${layoutId}.xlsx?period=2026-11`)).arrayBuffer());
    const sheet = book.getWorksheet('月报格式')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['单位', '低保金（元）', '低保户数（户）']);
    let shiqiao: unknown[] = [];
    sheet.eachRow((row) => { if (row.getCell(1).value === '石桥镇') shiqiao = (row.values as unknown[]).slice(2); });
    expect(shiqiao).toEqual([35000.5, 162]);
  });
});
