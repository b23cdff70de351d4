// Run-time settings (digest time, quiet hours, working days, holidays, minutes per ask) and the digest preview.
import type { Hono } from 'hono';
import { z } from 'zod';
import type { Settings } from '../../bot/settings.js';
import { renderDigest } from '../../domain/digest.js';
import { gatherDigest } from '../../bot/digest-data.js';
import { ADMIN_ACTOR, type Core } from './core.js';
import { readBody } from './errors.js';

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '应为 24 小时制 HH:MM，如 18:00');
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD，如 2026-10-01')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), '不是有效日期');

const patchSchema = z.object({
  digestTime: clockTime.optional(),
  quietHours: z.object({ start: clockTime, end: clockTime }).optional(),
  workdays: z.array(z.number().int().min(1, '星期应为 1–7').max(7, '星期应为 1–7')).min(1, '至少选一个工作日').optional(),
  holidays: z.array(localDate).max(400).optional(),
  minutesPerAsk: z.number({ error: '应为数字' }).min(0, '不能小于 0').max(24 * 60, '不能大于 1440').optional(),
  admission: z.enum(['open', 'review'], { error: '应为 open（直接下发）或 review（目录外需审批）' }).optional(),
  askBatches: z.array(clockTime).max(6, '最多 6 个时间').optional(),
  askMarginHours: z.number({ error: '应为数字' }).min(0, '不能小于 0').max(72, '不能大于 72').optional(),
  dailyMessageCap: z.number({ error: '应为数字' }).int('应为整数').min(1, '不能小于 1').max(10, '不能大于 10').optional(),
}).strict();

/** `0 18 * * *` ↔ 18:00; other cron expressions are shown as they are. */
export function digestTimeOf(cron: string): string | null {
  const m = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron.trim());
  return m ? `${m[2]!.padStart(2, '0')}:${m[1]!.padStart(2, '0')}` : null;
}

function view(s: Settings): Record<string, unknown> {
  return {
    digestTime: digestTimeOf(s.digestCron), digestCron: s.digestCron, quietHours: s.quietHours, workdays: s.workdays,
    holidays: s.holidays, minutesPerAsk: s.minutesPerAsk, admission: s.admission, timezone: s.timezone, askBatches: s.askBatches, askMarginHours: s.askMarginHours, dailyMessageCap: s.dailyMessageCap,
  };
}

export function settingsApi(app: Hono, core: Core): void {
  app.get('/api/admin/settings', (c) => c.json({ settings: view(core.settings()) }));

  app.put('/api/admin/settings', async (c) => {
    const body = await readBody(c, patchSchema);
    const patch: Record<string, unknown> = {};
    if (body.digestTime) {
      const [h, m] = body.digestTime.split(':');
      patch.digestCron = `${Number(m)} ${Number(h)} * * *`;
    }
    for (const k of ['quietHours', 'workdays', 'holidays', 'minutesPerAsk', 'admission', 'askMarginHours', 'dailyMessageCap'] as const) if (body[k] !== undefined) patch[k] = body[k];
    if (body.askBatches) patch.askBatches = [...new Set(body.askBatches)].sort();
    if (patch.workdays) patch.workdays = [...new Set(patch.workdays as number[])].sort();
    if (patch.holidays) patch.holidays = [...new Set(patch.holidays as string[])].sort();
    const before = core.settings();
    const next = core.updateSettings(patch);
    // Plugins that read settings at setup (the digest's time) start again with the new ones.
    if (JSON.stringify(before) !== JSON.stringify(next)) await core.host.settingsChanged();
    core.store.audit.record(core.bot.deps.clock.now(), ADMIN_ACTOR, 'settings.update', null, patch);
    return c.json({ settings: view(next) });
  });

  app.get('/api/admin/digest/preview', (c) => {
    const digest = renderDigest(gatherDigest(core.bot.deps, core.bot.deps.clock.now()));
    return c.json({ title: digest.title, sections: digest.sections, text: digest.text, empty: digest.empty });
  });
}
