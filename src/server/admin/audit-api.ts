import type { Hono } from 'hono';
import type { Core } from './core.js';
import { localStamp } from './local-time.js';

/** The audit log, newest first, filtered by action prefix and actor. */
export function auditApi(app: Hono, core: Core): void {
  app.get('/api/admin/audit', (c) => {
    const action = c.req.query('action')?.trim() || undefined;
    const actor = c.req.query('actor')?.trim() || undefined;
    const tz = core.settings().timezone;
    const entries = core.store.audit.list({ action, actor, limit: 300 }).map((e) => ({ ...e, at: localStamp(new Date(e.at), tz) }));
    return c.json({ entries });
  });
}
