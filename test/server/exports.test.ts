// Exports a spreadsheet can compute with: figures as numbers, units in the header, one 未报 marker with a legend;
// the links the bot posts are absolute on PUBLIC_URL.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHeaders, say, startTestOnetable, type Booted } from '../support/boot.js';

const PUBLIC_URL = 'https://yibiaotong.example.gov.cn/';
let s: Booted;

beforeAll(async () => {
  s = await startTestOnetable({ PUBLIC_URL });
  await say(s, 'lead_mz', 'channel', '【区民政局】石桥镇、白沙镇、龙凤镇：请于11月25日前报送本月低保户数、低保金发放金额。');
  await say(s, 'sq_shebao', 'dm', '低保户数 162，低保金发放金额 35000.5');
  await say(s, 'bs_shebao', 'dm', '低保户数 95');
});
afterAll(async () => {
  await s?.stop();
});

const get = (path: string) => fetch(`${s.url}${path}`, { headers: adminHeaders() });

describe('collection exports', () => {
  it('CSV: numbers without units, units in the header, 未报 for asks not yet answered, and a legend', async () => {
    const text = await (await get('/api/exports/c1.csv')).text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('单位,低保户数（户）,低保金发放金额（元）');
    expect(lines).toContain('石桥镇,162,35000.5');
    expect(lines).toContain('白沙镇,95,未报');
    expect(lines).toContain('龙凤镇,未报,未报');
    expect(text).not.toMatch(/—|\d户|\d元/);
    expect(lines).toContain('说明：未报：已向该单位询问，尚未报送');
  });

  it('XLSX: figure cells are numbers Excel can sum, the legend on a 说明 sheet', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await get('/api/exports/c1.xlsx')).arrayBuffer());
    const sheet = book.getWorksheet('c1')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['单位', '低保户数（户）', '低保金发放金额（元）']);
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row, n) => { if (n > 1) rows.set(String(row.getCell(1).value), (row.values as unknown[]).slice(2)); });
    expect(rows.get('石桥镇')).toEqual([162, 35000.5]);
    expect(rows.get('白沙镇')).toEqual([95, '未报']);
    expect(String(book.getWorksheet('说明')!.getRow(2).getCell(1).value)).toBe('未报：已向该单位询问，尚未报送');
  });

  it('the pool export keeps figures as numbers too', async () => {
    const text = await (await get('/api/admin/pool/export.csv?ledger=social_assistance&period=2026-11')).text();
    expect(text).toContain('低保户数（户）');
    expect(text).toContain('石桥镇,162,35000.5');
  });
});

describe('export links in chat', () => {
  it('are absolute on PUBLIC_URL, so they can be clicked on any platform', async () => {
    await say(s, 'lead_mz', 'dm', '导出 c1');
    const reply = s.onetable.store.messages.after({ kind: 'dm', memberId: 'lead_mz' }, 0).filter((m) => m.sender === 'bot').pop()!;
    const csv = /CSV：(\S+)/.exec(reply.text)![1]!;
    expect(csv).toMatch(/^https:\/\/yibiaotong\.example\.gov\.cn\/api\/exports\/c1\.csv\?exp=\d+&sig=[\w-]+$/);
    expect(reply.text).toMatch(/Excel：https:\/\/yibiaotong\.example\.gov\.cn\/api\/exports\/c1\.xlsx\?/);
    // The same path on this server opens without the admin token.
    const res = await fetch(`${s.url}${new URL(csv).pathname}${new URL(csv).search}`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('石桥镇,162');
  });

  it('PUBLIC_URL must be a web address', async () => {
    const { loadConfig } = await import('../../src/config.js');
    expect(() => loadConfig({ PUBLIC_URL: 'yibiaotong.example.gov.cn' })).toThrow(/PUBLIC_URL/);
  });
});
