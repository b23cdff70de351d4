import { Hono } from 'hono';
import type { Bot } from '../bot/engine.js';
import type { PluginHost } from '../plugins/host.js';
import { limitBody } from '../http/guards.js';
import { checkHost } from '../http/host-check.js';

export interface AppOptions {
  bot: Bot;
  host: PluginHost;
  startedAt: Date;
  /** Extra routes from the core (admin API, pages) added before plugin mounts. */
  extend?: (app: Hono) => void;
  /** Largest accepted request body on every route, plugin mounts included (default 1 MiB). */
  bodyLimitBytes?: number;
  /** Host names this server answers to besides IP literals and localhost (default: any). */
  hostNames?: () => Iterable<string>;
}

/** The HTTP face of onetable: health, the core's routes, and whatever running plugins mount. */
export function createApp(options: AppOptions): Hono {
  const { bot, host } = options;
  const app = new Hono();
  if (options.hostNames) app.use('*', checkHost(options.hostNames));
  app.use('*', limitBody(options.bodyLimitBytes ?? 1024 * 1024));

  app.get('/healthz', (c) => {
    const store = bot.store;
    const outbox = store.outbox.counts();
    const failed = outbox.filter((r) => r.status === 'failed').reduce((n, r) => n + r.n, 0);
    const plugins = host.list().map((p) => ({ name: p.name, status: p.status, error: p.error, ...(p.health ? { health: p.health } : {}) }));
    const degraded = failed > 0 || plugins.some((p) => p.status === 'error');
    return c.json({
      status: degraded ? 'degraded' : 'ok',
      startedAt: options.startedAt.toISOString(),
      inbox: { pending: store.inbox.count('pending'), failed: store.inbox.count('failed') },
      // Where inbound messages are acted on: a worker thread, or this one (tests with their own clock, or after a fault).
      processing: bot.drainsHere ? 'server thread' : 'worker thread',
      outbox,
      plugins,
    });
  });

  options.extend?.(app);

  app.all('*', async (c, next) => {
    const path = new URL(c.req.url).pathname;
    for (const [prefix, sub] of host.mounts) {
      if (path === prefix || path.startsWith(`${prefix}/`)) return sub.fetch(c.req.raw, c.env);
    }
    return next();
  });

  app.notFound((c) => c.json({ error: '没有这个地址', path: new URL(c.req.url).pathname }, 404));
  app.onError((error, c) => {
    bot.deps.logger.error({ err: error }, 'request failed');
    return c.json({ error: '服务器内部出错，请稍后再试或联系管理员' }, 500);
  });
  return app;
}
