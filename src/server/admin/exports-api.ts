// /api/exports/c12.csv (and .xlsx): the completion table the bot's “导出 c12” reply links to. Admin token, or the signed link the bot gave in chat.
import type { Hono } from 'hono';
import { collectionFields, collectionSheet, sheetCsv } from '../../bot/export.js';
import { rotateLinkSecret, verifyExportSignature } from '../../bot/links.js';
import { ADMIN_ACTOR, type Core } from './core.js';
import { ApiError } from './errors.js';
import { personalExport } from './personal-exports.js';
import { toXlsx } from './spreadsheet.js';

export function exportsApi(app: Hono, core: Core): void {
  app.get('/api/exports/:file{c\\d+\\.(csv|xlsx)}', async (c) => {
    const file = c.req.param('file');
    const id = Number(/^c(\d+)/.exec(file)![1]);
    if (!core.store.collections.get(id)) throw new ApiError(404, `没有汇总 c${id}`, 'id');
    const viaLink = verifyExportSignature(core.store, file, c.req.query('exp'), c.req.query('sig'), core.bot.deps.clock.now());
    const reveal = personalExport(c, core, `c${id}`, collectionFields(core.bot.deps, id), viaLink);
    const sheet = collectionSheet(core.bot.deps, id, reveal);
    const headers = { 'content-disposition': `attachment; filename="${file}"`, 'cache-control': 'no-store' };
    if (file.endsWith('.csv')) {
      return new Response(`\uFEFF${sheetCsv(sheet)}`, { headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' } });
    }
    const xlsx = await toXlsx([
      { name: `c${id}`, columns: sheet.columns, rows: sheet.rows },
      { name: '说明', columns: [sheet.title], rows: sheet.legend.map((line) => [line]) },
    ]);
    return new Response(xlsx, { headers: { ...headers, 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } });
  });

  // A new signing secret: every export link handed out in chat stops working at once.
  app.post('/api/admin/exports/revoke-links', (c) => {
    rotateLinkSecret(core.store);
    core.store.audit.record(core.bot.deps.clock.now(), ADMIN_ACTOR, 'exports.links.revoke', null);
    return c.json({ ok: true });
  });
}
