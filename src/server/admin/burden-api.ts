// The console's burden tab: asks sent and avoided, figures confirmed, DMs per person per working day; no ranking.
import type { Hono } from 'hono';
import { avoidedTotal, dmsPerPersonDay, minutesSaved } from '../../domain/burden.js';
import { gatherBurden } from '../../bot/burden.js';
import type { Core } from './core.js';

export function burdenApi(app: Hono, core: Core): void {
  app.get('/api/admin/burden', (c) => {
    const f = gatherBurden(core.bot.deps, core.bot.deps.clock.now());
    const row = <T extends Parameters<typeof avoidedTotal>[0]>(r: T) => ({ ...r, avoidedTotal: avoidedTotal(r), minutesSaved: minutesSaved(r, f.minutesPerAsk) });
    return c.json({
      window: f.window, minutesPerAsk: f.minutesPerAsk, perPerson: dmsPerPersonDay(f),
      departments: f.departments.map(row), members: f.members.map(row),
    });
  });
}
