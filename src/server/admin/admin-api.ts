// /api/admin/*: everything the console does, JSON in and out, behind the admin token.
import type { Hono } from 'hono';
import { z } from 'zod';
import { auditApi } from './audit-api.js';
import { requireJson } from '../../http/guards.js';
import { requireAdminAccess, signInAdmin, signOutAdmin } from '../auth/admin-session.js';
import { collectionsApi } from './collections-api.js';
import type { Core } from './core.js';
import { ApiError, readBody, sendError } from './errors.js';
import { exportsApi } from './exports-api.js';
import { outboxApi } from './outbox-api.js';
import { verifyExportSignature } from '../../bot/links.js';
import { fieldsApi } from './fields-api.js';
import { pluginsApi } from './plugins-api.js';
import { burdenApi } from './burden-api.js';
import { poolApi } from './pool-api.js';
import { rosterApi } from './roster-api.js';
import { rulesApi } from './rules-api.js';
import { settingsApi } from './settings-api.js';
import { signInApi } from './sign-in-api.js';
import { standingLedgersApi } from './standing-ledgers-api.js';
import { voiceReportsApi } from './voice-reports-api.js';
import { exportLayoutsApi } from './export-layouts-api.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function adminApi(app: Hono, core: Core): void {
  // Every write says what it sends: JSON, or the roster file as multipart. A form on another site can do neither with JSON.
  const json = requireJson();
  app.use('/api/admin/*', async (c, next) => {
    if (!WRITES.has(c.req.method) || c.req.path === '/api/admin/logout') return next();
    if (c.req.path === '/api/admin/roster/import') {
      if (/^multipart\/form-data\s*;/i.test(c.req.header('content-type') ?? '')) return next();
      return c.json({ error: '请以 multipart/form-data 上传文件（字段名 file）', path: 'file' }, 415);
    }
    return json(c, next);
  });
  app.post('/api/admin/login', async (c) => {
    const { token } = await readBody(c, z.object({ token: z.string().min(1, '请输入管理员令牌') }));
    const result = signInAdmin(c, core, token);
    if (!result.ok) return c.json({ error: result.error, path: 'token', ...(result.retryAfter ? { retryAfter: result.retryAfter } : {}) }, result.status);
    return c.json({ ok: true });
  });
  app.post('/api/admin/logout', (c) => {
    signOutAdmin(c, core);
    return c.json({ ok: true });
  });

  const guard = requireAdminAccess(core);
  app.use('/api/admin/*', async (c, next) => {
    if (c.req.path === '/api/admin/login' || c.req.path === '/api/admin/logout') return next();
    return guard(c, next);
  });
  app.use('/api/exports/*', async (c, next) => {
    // A link the bot handed out in chat (导出 c12) carries its own signature.
    const file = c.req.path.split('/').pop() ?? '';
    if (verifyExportSignature(core.store, file, c.req.query('exp'), c.req.query('sig'), core.bot.deps.clock.now())) return next();
    return guard(c, next);
  });

  collectionsApi(app, core);
  poolApi(app, core);
  burdenApi(app, core);
  exportsApi(app, core);
  rosterApi(app, core);
  rulesApi(app, core);
  fieldsApi(app, core);
  pluginsApi(app, core);
  settingsApi(app, core);
  auditApi(app, core);
  outboxApi(app, core);
  signInApi(app, core);
  standingLedgersApi(app, core);
  voiceReportsApi(app, core);
  exportLayoutsApi(app, core);
}

/** ApiErrors thrown anywhere in these routes answer as `{error, path}`. */
export function answerApiErrors(app: Hono, core: Core): void {
  app.onError((error, c) => {
    if (error instanceof ApiError) return sendError(c, error);
    core.bot.deps.logger.error({ err: error }, 'admin request failed');
    return c.json({ error: '服务器内部出错，请稍后再试或联系管理员', path: '' }, 500);
  });
}
