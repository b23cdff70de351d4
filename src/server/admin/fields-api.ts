// The field dictionary: ledgers and fields, added or edited through the same zod schema as roster files.
import type { Hono } from 'hono';
import { z } from 'zod';
import { isPersonalField } from '../../domain/personal.js';
import type { FieldDef } from '../../domain/types.js';
import { fieldSchema } from '../../replay/schema.js';
import { ADMIN_ACTOR, type Core } from './core.js';
import { ApiError, parseWith, readBody } from './errors.js';

const ledgerSchema = z.object({
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, '台账编号只能包含字母、数字和 _，以字母开头'),
  name: z.string().trim().min(1, '台账名称不能为空').max(100),
});

export function fieldsApi(app: Hono, core: Core): void {
  app.get('/api/admin/fields', (c) => c.json({
    ledgers: core.store.fields.ledgers(),
    fields: core.store.fields.all().map((f) => ({ ...f, isPersonal: isPersonalField(f) })),
  }));

  app.post('/api/admin/ledgers', async (c) => {
    const ledger = await readBody(c, ledgerSchema);
    core.store.fields.upsertLedger(ledger);
    core.store.audit.record(core.bot.deps.clock.now(), ADMIN_ACTOR, 'ledger.save', ledger.key, ledger);
    return c.json({ ledger });
  });

  app.put('/api/admin/fields/:key', async (c) => {
    const body = await readBody(c, z.record(z.string(), z.unknown()));
    const field = parseWith(fieldSchema, { ...body, key: c.req.param('key') }) as FieldDef;
    if (field.ledger && !core.store.fields.ledgers().some((l) => l.key === field.ledger)) {
      throw new ApiError(400, `没有台账“${field.ledger}”`, 'ledger');
    }
    if (field.min !== undefined && field.max !== undefined && field.min > field.max) throw new ApiError(400, '最小值不能大于最大值', 'min');
    const clash = core.store.fields.all().find((f) => f.key !== field.key && (f.label === field.label || f.aliases.includes(field.label)));
    if (clash) throw new ApiError(409, `名称“${field.label}”已被数据项 ${clash.key} 使用`, 'label');
    const before = core.store.fields.get(field.key);
    core.store.fields.upsert(field, 'admin');
    core.store.audit.record(core.bot.deps.clock.now(), ADMIN_ACTOR, before ? 'field.edit' : 'field.add', field.key, { before: before ?? null, after: field });
    return c.json({ field });
  });
}
