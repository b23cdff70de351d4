import type { Hono } from 'hono';
import { ACTION_LABELS, describeAudit, type AuditContext } from './audit-text.js';
import type { Core } from './core.js';
import { localStamp } from './local-time.js';
import { formFields } from './plugin-form.js';

/** The audit log, newest first, filtered by action prefix and actor (a member's name or id); each line in words. */
export function auditApi(app: Hono, core: Core): void {
  app.get('/api/admin/audit', (c) => {
    const { store } = core;
    const roster = store.roster.snapshot();
    const action = c.req.query('action')?.trim() || undefined;
    const asked = c.req.query('actor')?.trim() || undefined;
    const actor = asked ? (roster.members.find((m) => m.name === asked)?.id ?? asked) : undefined;
    const tz = core.settings().timezone;
    const ctx: AuditContext = {
      roster,
      fields: store.fields.all(),
      pluginTitle: (name) => core.host.info(name)?.title ?? name,
      pluginFieldLabel: (plugin, key) => {
        const d = core.host.definition(plugin);
        return (d && formFields(d).find((f) => f.key === key)?.label) ?? key;
      },
      requestTitle: (id) => store.requests.get(id)?.title,
    };
    const entries = store.audit.list({ action, actor, limit: 300 }).map((e) => ({
      id: e.id, at: localStamp(new Date(e.at), tz), code: e.action, ...describeAudit(e, ctx),
    }));
    return c.json({ entries, actions: Object.entries(ACTION_LABELS).map(([code, label]) => ({ code, label })) });
  });

  // Sign-ins and their failures live in a log of their own, so a flood of failures never pushes audit entries out of view.
  app.get('/api/admin/security', (c) => {
    const tz = core.settings().timezone;
    const event = c.req.query('event')?.trim() || undefined;
    const entries = core.store.securityLog.list({ event, limit: 300 }).map((e) => ({
      id: e.id, at: localStamp(new Date(e.at), tz), event: e.event, address: e.address, subject: e.subject, detail: e.detail,
    }));
    return c.json({ entries });
  });
}
