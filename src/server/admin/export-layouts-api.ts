// A department's saved export layouts: saved in the console, filled from the pool for any period, as CSV or XLSX.
import type { Hono } from 'hono';
import { z } from 'zod';
import { layoutSheet, sheetCsv } from '../../bot/export.js';
import { departmentName, fieldLabel } from '../../bot/render.js';
import { PERIOD_PATTERN } from '../../domain/period.js';
import { ADMIN_ACTOR, type Core } from './core.js';
import { ApiError, readBody } from './errors.js';
import { personalExport } from './personal-exports.js';
import { toXlsx } from './spreadsheet.js';

const layoutSchema = z.object({
  department: z.string().min(1, '请选择部门'),
  name: z.string().trim().min(1, '格式名称不能为空').max(60),
  columns: z.array(z.object({ field: z.string().min(1), label: z.string().trim().max(60).default('') })).min(1, '至少选一列'),
});

export function exportLayoutsApi(app: Hono, core: Core): void {
  app.get('/api/admin/export-layouts', (c) => {
    const roster = core.store.roster.snapshot();
    return c.json({
      layouts: core.store.exportLayouts.all().map((l) => ({
        id: l.id, name: l.name, department: l.department, departmentName: departmentName(roster, l.department),
        columns: l.columns.map((col) => ({ ...col, fieldLabel: fieldLabel(core.store.fields, col.field) })),
      })),
    });
  });

  app.post('/api/admin/export-layouts', async (c) => {
    const body = await readBody(c, layoutSchema);
    if (!core.store.roster.snapshot().departments.some((d) => d.id === body.department)) throw new ApiError(400, `没有部门“${body.department}”`, 'department');
    body.columns.forEach((col, i) => {
      if (!core.store.fields.get(col.field)) throw new ApiError(400, `字典里没有数据项“${col.field}”`, `columns.${i}.field`);
    });
    const now = core.bot.deps.clock.now();
    const id = core.store.exportLayouts.save({ ...body, createdAt: now });
    core.store.audit.record(now, ADMIN_ACTOR, 'ledger.save', `layout:${id}`, { name: body.name });
    return c.json({ id });
  });

  app.get('/api/admin/export-layouts/:file{\\d+\\.(csv|xlsx)}', async (c) => {
    const file = c.req.param('file');
    const id = Number(/^\d+/.exec(file)![0]);
    const layout = core.store.exportLayouts.get(id);
    if (!layout) throw new ApiError(404, `没有导出格式 ${id}`);
    const period = c.req.query('period') || null;
    if (period !== null && !PERIOD_PATTERN.test(period)) throw new ApiError(400, '期间应写成 2026-11、2026-Q4、2026 等', 'period');
    const fields = layout.columns.flatMap((col) => core.store.fields.get(col.field) ?? []);
    const reveal = personalExport(c, core, `layout:${id}`, fields, false);
    const sheet = layoutSheet(core.bot.deps, layout, period, reveal);
    const name = `${layout.name}-${period ?? '不限期'}`;
    const headers = { 'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(`${name}.${file.endsWith('.csv') ? 'csv' : 'xlsx'}`)}`, 'cache-control': 'no-store' };
    if (file.endsWith('.csv')) return new Response(`\uFEFF${sheetCsv(sheet)}`, { headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' } });
    const xlsx = await toXlsx([
      { name: layout.name.slice(0, 31), columns: sheet.columns, rows: sheet.rows },
      { name: '说明', columns: [sheet.title], rows: sheet.legend.map((line) => [line]) },
    ]);
    return new Response(xlsx, { headers: { ...headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
  });
}
