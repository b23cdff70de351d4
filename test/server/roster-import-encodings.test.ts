// Roster import reads the files people actually have: CSV saved by Excel or WPS on Chinese Windows (GBK / GB18030),
// UTF-8 with or without a BOM, and XLSX.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, startTestOnetable, type Booted } from '../support/boot.js';

let s: Booted;

beforeAll(async () => {
  s = await startTestOnetable();
});
afterAll(async () => {
  await s?.stop();
});

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../fixtures/roster/${name}`, import.meta.url));

async function upload(name: string, content: Uint8Array): Promise<{ status: number; body: { imported: number; error?: string; problems: Array<{ row: number; column: string; reason: string }> } }> {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  const res = await fetch(`${s.url}/api/admin/roster/import`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, body: form });
  return { status: res.status, body: await res.json() as never };
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('roster import encodings', () => {
  it('reads a GBK CSV as Excel on Chinese Windows saves it', async () => {
    const { status, body } = await upload('成员名单.csv', fixture('members-gbk.csv'));
    expect(body.problems).toEqual([]);
    expect(status).toBe(200);
    expect(body.imported).toBe(2);
    expect(s.onetable.store.roster.member('gbk_a')).toMatchObject({ name: '欧阳秀珍', unit: 'shiqiao', serves: ['minzheng', 'canlian'] });
    expect(s.onetable.store.roster.member('gbk_b')).toMatchObject({ name: '龚德镕', role: 'lead', department: 'canlian' });
  });

  it('reads GB18030 characters outside GBK', async () => {
    const { status } = await upload('members.csv', fixture('members-gb18030.csv'));
    expect(status).toBe(200);
    expect(s.onetable.store.roster.member('gb_c')?.name).toBe('𠮷祥');
  });

  it('reads UTF-8 with and without a BOM', async () => {
    const rows = '编号,姓名,角色,单位\r\nutf_a,岳晓红,工作人员,龙凤镇\r\n';
    expect((await upload('a.csv', utf8(rows))).status).toBe(200);
    expect((await upload('b.csv', utf8(`\uFEFF${rows.replace('utf_a', 'utf_b')}`))).status).toBe(200);
    expect(s.onetable.store.roster.member('utf_a')?.name).toBe('岳晓红');
    expect(s.onetable.store.roster.member('utf_b')?.name).toBe('岳晓红');
  });

  it('reads XLSX', async () => {
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('名单');
    ws.addRow(['编号', '姓名', '角色', '单位']);
    ws.addRow(['xlsx_a', '苗青', '工作人员', '城南街道']);
    expect((await upload('名单.xlsx', new Uint8Array(await book.xlsx.writeBuffer()))).status).toBe(200);
    expect(s.onetable.store.roster.member('xlsx_a')?.unit).toBe('chengnan');
  });

  it('says what it read when the first row is not the header', async () => {
    const { status, body } = await upload('m.csv', utf8('张三,工作人员,石桥镇\r\n'));
    expect(status).toBe(400);
    expect(body.problems).toEqual([{ row: 1, column: '', reason: '第一行应为表头：编号、姓名、角色、部门、单位、对口部门；读到的是：张三、工作人员、石桥镇' }]);
  });
});
