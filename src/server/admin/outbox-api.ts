import type { Hono } from 'hono';
import { ADMIN_ACTOR, type Core } from './core.js';
import { ApiError } from './errors.js';
import { localStamp } from './local-time.js';

/** Deliveries: counts per platform and status, the failed ones with their error, and a retry. */
export function outboxApi(app: Hono, core: Core): void {
  app.get('/api/admin/outbox', (c) => {
    const tz = core.settings().timezone;
    const failed = core.store.outbox.failed(200).map((r) => ({
      id: r.id, platform: r.platform, attempts: r.attempts, error: r.lastError, text: r.text.slice(0, 200),
      nextAttemptAt: localStamp(r.nextAttemptAt, tz),
    }));
    return c.json({ counts: core.store.outbox.counts(), failed });
  });

  app.post('/api/admin/outbox/:id/retry', (c) => {
    const id = Number(c.req.param('id'));
    if (!Number.isInteger(id) || !core.store.outbox.retry(id, core.bot.deps.clock.now())) {
      throw new ApiError(404, `没有发送失败的投递 ${c.req.param('id')}`, 'id');
    }
    core.store.audit.record(core.bot.deps.clock.now(), ADMIN_ACTOR, 'outbox.retry', String(id));
    void core.dispatcher.tick();
    return c.json({ ok: true });
  });
}
