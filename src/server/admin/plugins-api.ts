// Plugins: state, enable/disable, config edits applied at once (host.reconfigure) and persisted.
import type { Hono } from 'hono';
import { z } from 'zod';
import { PluginConfigError } from '../../plugins/host.js';
import { ADMIN_ACTOR, type Core } from './core.js';
import { chineseErrors } from './chinese-errors.js';
import { ApiError, readBody } from './errors.js';
import { maskedInfo } from './plugin-form.js';

const updateSchema = z.object({
  enabled: z.boolean(),
  config: z.record(z.string(), z.unknown()).default({}),
}).strict();

export function pluginsApi(app: Hono, core: Core): void {
  const view = (name: string): Record<string, unknown> => maskedInfo(core.host.info(name)!, core.host.definition(name)!);

  app.get('/api/admin/plugins', (c) => c.json({ plugins: core.host.list().map((p) => view(p.name)) }));

  app.put('/api/admin/plugins/:name', async (c) => {
    const name = c.req.param('name');
    const definition = core.host.definition(name);
    if (!definition) throw new ApiError(404, `没有插件 ${name}`, 'name');
    const body = await readBody(c, updateSchema);
    // A key the plugin does not know is refused by name rather than dropped without a word.
    const known = definition.config instanceof z.ZodObject ? Object.keys(definition.config.shape) : null;
    const unknown = known ? Object.keys(body.config).find((k) => !known.includes(k)) : undefined;
    if (unknown !== undefined) throw new ApiError(400, `插件 ${name} 没有“${unknown.slice(0, 100)}”这项配置`, `config.${unknown.slice(0, 100)}`);
    const saved = core.secrets.openAll(core.store.plugins.get(name)?.config ?? {});
    const secrets = definition.secrets ?? [];
    // Blank fields mean "not set"; a blank secret keeps the value stored before (the browser never sees it).
    const config: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(body.config)) if (v !== '' && v !== null && v !== undefined) config[k] = v;
    for (const k of secrets) if (config[k] === undefined && saved[k] !== undefined) config[k] = saved[k];
    // Checked here first, as the host will, so that the admin reads the problems in Chinese.
    const checked = (definition.config as z.ZodType).safeParse(config, { error: chineseErrors });
    if (!checked.success) {
      const issues = checked.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
      throw new ApiError(400, issues[0]!.message, `config.${issues[0]!.path}`, { issues });
    }
    try {
      await core.host.reconfigure(name, body.enabled, config);
    } catch (error) {
      if (error instanceof PluginConfigError) {
        const issues = error.issues.map((i) => ({ path: i.path, message: i.message }));
        throw new ApiError(400, issues[0]?.message ?? '配置无效', `config.${issues[0]?.path ?? ''}`, { issues });
      }
      // Setup failed: the new config is kept (the plugin shows its error), as a restart would do.
    }
    const now = core.bot.deps.clock.now();
    core.store.plugins.save(name, { enabled: body.enabled, config: core.secrets.sealKeys(config, secrets) }, now);
    const masked = Object.fromEntries(Object.entries(config).map(([k, v]) => [k, secrets.includes(k) ? '***' : v]));
    core.store.audit.record(now, ADMIN_ACTOR, 'plugin.configure', name, { enabled: body.enabled, config: masked });
    return c.json({ plugin: view(name) });
  });
}
