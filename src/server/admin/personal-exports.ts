// Exports that would carry personal values (身份证号, 电话, 住址, 名单): in full only to the admin who states what the
// file is for, each such export recorded in the audit with that purpose; masked in a file opened by a signed chat link.
import type { Context } from 'hono';
import { isPersonalField } from '../../domain/personal.js';
import type { FieldDef } from '../../domain/types.js';
import type { Reveal } from '../../bot/export.js';
import { ADMIN_ACTOR, type Core } from './core.js';
import { ApiError } from './errors.js';

const MAX_PURPOSE = 200;

/**
 * How personal values leave in this export. None of its fields is personal: nothing to decide. Opened through a
 * signed link from chat (it names no person and carries no purpose): masked. Opened by the admin: in full, only with
 * `?purpose=` (refused in Chinese without one), and audited as `personal.export`.
 */
export function personalExport(c: Context, core: Core, what: string, fields: readonly FieldDef[], viaLink: boolean): Reveal {
  const personal = fields.filter(isPersonalField);
  if (!personal.length) return 'full';
  if (viaLink) return 'masked';
  const labels = personal.map((f) => f.label).join('、');
  const purpose = (c.req.query('purpose') ?? '').trim();
  if (purpose.length < 2) {
    throw new ApiError(400, `这份导出含个人信息（${labels}），须写明导出用途才能导出，例如在地址后加 ?purpose=低保资格复核`, 'purpose', { personal: personal.map((f) => f.key) });
  }
  if (purpose.length > MAX_PURPOSE) throw new ApiError(400, `导出用途请写在 ${MAX_PURPOSE} 字以内`, 'purpose');
  core.store.audit.record(core.bot.deps.clock.now(), ADMIN_ACTOR, 'personal.export', what, { purpose, fields: personal.map((f) => f.key) });
  return 'full';
}
