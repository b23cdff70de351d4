// XLSX files with exceljs. Times are written as local text: exceljs would store Date cells as UTC.
// LOADED_WHEN_USED: exceljs (~25 MB resident once loaded) is imported by the first spreadsheet read or written, not by
// the server's start: most servers never export or import a sheet (docs/performance.md, phase 30).
import type ExcelJS from 'exceljs';

const excel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;

export interface Sheet {
  name: string;
  columns: string[];
  rows: Array<Array<string | number | boolean | null>>;
}

export async function toXlsx(sheets: Sheet[]): Promise<Buffer> {
  const book = new (await excel()).Workbook();
  book.creator = 'onetable';
  for (const s of sheets) {
    const ws = book.addWorksheet(s.name);
    ws.addRow(s.columns);
    ws.getRow(1).font = { bold: true };
    for (const row of s.rows) ws.addRow(row.map((v) => (typeof v === 'boolean' ? (v ? '是' : '否') : v)));
    ws.columns.forEach((col, i) => {
      const widest = Math.max(...[s.columns[i] ?? '', ...s.rows.map((r) => String(r[i] ?? ''))].map(displayWidth));
      col.width = Math.min(40, Math.max(8, widest + 2));
    });
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** CJK characters take two columns. */
function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return n;
}

/** Every sheet's first worksheet as rows of text (for imports). */
export async function readXlsxRows(content: Buffer): Promise<string[][]> {
  const book = new (await excel()).Workbook();
  await book.xlsx.load(content as unknown as ArrayBuffer);
  const ws = book.worksheets[0];
  if (!ws) return [];
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let i = 1; i <= ws.columnCount; i++) cells.push(cellText(row.getCell(i).value));
    rows[n - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return String(v.result ?? '');
    return '';
  }
  return String(v).trim();
}
