// 反映: what staff reported about figures asked outside the channel or asked again; anonymous ones without a name.
import type { Hono } from 'hono';
import { departmentName, memberName, unitName } from '../../bot/render.js';
import type { Core } from './core.js';
import { localStamp } from './local-time.js';

export function voiceReportsApi(app: Hono, core: Core): void {
  app.get('/api/admin/voice-reports', (c) => {
    const roster = core.store.roster.snapshot();
    const tz = core.settings().timezone;
    return c.json({
      reports: core.store.voiceReports.all().map((r) => ({
        id: r.id, at: localStamp(r.at, tz), text: r.text, anonymous: r.memberId === null,
        from: r.memberId ? memberName(roster, r.memberId) : null, unit: r.unit ? unitName(roster, r.unit) : null,
        departments: r.departments.map((d) => departmentName(roster, d)),
      })),
    });
  });
}
