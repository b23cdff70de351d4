// Data-quality rules the admin keeps: cross-field rules (低保人数 ≥ 低保户数) a reported figure is checked against
// before it enters the pool. A field's plausible maximum and history tolerance are edited with the field itself.
import type { Hono } from 'hono';
import { z } from 'zod';
import type { FieldRule } from '../../domain/types.js';
import { ADMIN_ACTOR, type Core } from './core.js';
import { ApiError, readBody } from './errors.js';

const ruleSchema = z.object({
  left: z.string().min(1, '请选择数据项'),
  op: z.enum(['>=', '<=', '>', '<', '='], { message: '比较方式只能是 >=、<=、>、<、=' }),
  right: z.string().min(1, '请选择数据项'),
});

export function rulesApi(app: Hono, core: Core): void {
  app.get('/api/admin/field-rules', (c) => c.json({ rules: core.store.fields.rules() }));

  app.post('/api/admin/field-rules', async (c) => {
    const rule = await readBody(c, ruleSchema) as FieldRule;
    for (const side of ['left', 'right'] as const) {
      const field = core.store.fields.get(rule[side]);
      if (!field) throw new ApiError(400, `没有数据项“${rule[side]}”`, side);
      if (field.type !== 'integer' && field.type !== 'number') throw new ApiError(400, `“${field.label}”不是数字类数据项，不能比较`, side);
    }
    if (rule.left === rule.right) throw new ApiError(400, '规则两边不能是同一个数据项', 'right');
    const saved = core.store.fields.addRule(rule, 'admin');
    core.store.audit.record(core.bot.deps.clock.now(), ADMIN_ACTOR, 'rule.add', String(saved.id), saved);
    return c.json({ rule: saved });
  });

  app.delete('/api/admin/field-rules/:id', (c) => {
    const id = Number(c.req.param('id'));
    const rule = core.store.fields.rules().find((r) => r.id === id);
    if (!rule || !core.store.fields.removeRule(id)) throw new ApiError(404, '没有这条规则', 'id');
    core.store.audit.record(core.bot.deps.clock.now(), ADMIN_ACTOR, 'rule.remove', String(id), rule);
    return c.json({ ok: true });
  });
}
