// The data pool by ledger, a cell's history, and its CSV / XLSX export.
import type { Context, Hono } from 'hono';
import { formatValue, memberName, unitName } from '../../bot/render.js';
import { toCsv, type Reveal } from '../../bot/export.js';
import { isPersonalField, maskPersonalText } from '../../domain/personal.js';
import { writeDecimal } from '../../domain/numbers.js';
import { describePeriod, PERIOD_PATTERN } from '../../domain/period.js';
import type { Core } from './core.js';
import { ApiError } from './errors.js';
import { localStamp } from './local-time.js';
import { personalExport } from './personal-exports.js';
import { fieldHeader, poolTable, type PoolTable } from './pool-table.js';
import { toXlsx } from './spreadsheet.js';


function periodParam(c: Context): string | null | undefined {
  const p = c.req.query('period');
  if (p === undefined) return undefined;
  if (p === '') return null;
  if (!PERIOD_PATTERN.test(p)) throw new ApiError(400, '期间格式应为 2026、2026-H2、2026-Q4、2026-11、2026-W49 或 2026-11-30', 'period');
  return p;
}

function tableOf(core: Core, c: Context, reveal: Reveal = 'masked'): PoolTable {
  const ledger = c.req.query('ledger') ?? '';
  const table = poolTable(core, ledger, periodParam(c), reveal);
  if (!table) throw new ApiError(404, `没有台账 "${ledger}"`, 'ledger');
  return table;
}

/** The pool table for a file: personal values in full only when the admin states the export's purpose. */
function exportTableOf(core: Core, c: Context): PoolTable {
  const masked = tableOf(core, c);
  const fields = masked.fields.flatMap((f) => core.store.fields.get(f.key) ?? []);
  const reveal = personalExport(c, core, `ledger:${masked.ledger.key}/${masked.period ?? ''}`, fields, false);
  return reveal === 'full' ? tableOf(core, c, 'full') : masked;
}

/** Units × fields; figures stay numbers (the unit is in the header), so a spreadsheet can sum them. */
function gridRows(table: PoolTable): { columns: string[]; values: Array<Array<string | number | boolean | null>>; texts: string[][] } {
  const columns = ['单位', ...table.fields.map(fieldHeader)];
  const values = table.units.map((u) => [u.name, ...table.fields.map((f) => table.cells[u.id]?.[f.key]?.value ?? null)]);
  const texts = values.map((row) => row.map((v) => (v === null ? '' : typeof v === 'boolean' ? (v ? '是' : '否') : typeof v === 'number' ? writeDecimal(v) : v)));
  return { columns, values, texts };
}

function fileName(table: PoolTable, ext: string): string {
  return `${table.ledger.name}-${table.period ?? '无期间'}.${ext}`;
}

function attachment(body: string | Buffer, name: string, mime: string): Response {
  return new Response(body, {
    headers: {
      'content-type': mime,
      'content-disposition': `attachment; filename="export.${name.split('.').pop()}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'cache-control': 'no-store',
    },
  });
}

export function poolApi(app: Hono, core: Core): void {
  app.get('/api/admin/ledgers', (c) => {
    const fields = core.store.fields.all();
    return c.json({ ledgers: core.store.fields.ledgers().map((l) => ({ ...l, fields: fields.filter((f) => f.ledger === l.key).length })) });
  });

  app.get('/api/admin/pool', (c) => c.json(tableOf(core, c)));

  app.get('/api/admin/pool/history', (c) => {
    const unit = c.req.query('unit');
    const field = c.req.query('field');
    if (!unit) throw new ApiError(400, '缺少 unit', 'unit');
    if (!field) throw new ApiError(400, '缺少 field', 'field');
    const period = periodParam(c) ?? null;
    const tz = core.settings().timezone;
    const roster = core.store.roster.snapshot();
    const def = core.store.fields.get(field);
    // A personal value and the message it came in are masked on screen (the message may hold more than the value).
    const personal = def !== undefined && isPersonalField(def);
    const history = core.store.pool.history(unit, field, period).reverse().map((v) => {
      const message = v.messageId ? core.store.messages.get(v.messageId)?.text ?? null : null;
      const value = personal ? maskPersonalText(String(v.value)) : v.value;
      return {
        version: v.version, value, text: personal ? String(value) : formatValue(v.value, def), member: v.memberId,
        memberName: v.memberId ? memberName(roster, v.memberId) : '系统', at: localStamp(v.at, tz),
        message: personal && message !== null ? maskPersonalText(message) : message,
      };
    });
    return c.json({ unit: unitName(roster, unit), field: def?.label ?? field, period: describePeriod(period), history });
  });

  app.get('/api/admin/pool/export.csv', (c) => {
    const table = exportTableOf(core, c);
    const { columns, texts } = gridRows(table);
    return attachment(`\uFEFF${toCsv([columns, ...texts])}`, fileName(table, 'csv'), 'text/csv; charset=utf-8');
  });

  app.get('/api/admin/pool/export.xlsx', async (c) => {
    const table = exportTableOf(core, c);
    const { columns, values } = gridRows(table);
    const log = table.units.flatMap((u) => table.fields.flatMap((f) => {
      const cell = table.cells[u.id]?.[f.key];
      return cell ? [[u.name, fieldHeader(f), cell.value, cell.memberName, cell.at, cell.version]] : [];
    }));
    const xlsx = await toXlsx([
      { name: '数据', columns, rows: values },
      { name: '填报记录', columns: ['单位', '数据项', '数值', '填报人', '填报时间', '版本'], rows: log },
    ]);
    return attachment(xlsx, fileName(table, 'xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });
}
