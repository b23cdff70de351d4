// Standing ledgers (台账) in the console: each with its next round and the progress of the rounds so far; an admin
// defines, edits, pauses and resumes them. The catalogue: the dictionary's fields with the ledger that keeps each.
import type { Hono } from 'hono';
import { z } from 'zod';
import { checkLedger, defineLedger, ledgerTargets, pendingRound, roundProgress, setLedgerStatus } from '../../bot/ledgers.js';
import { departmentName, fieldLabel, unitName } from '../../bot/render.js';
import { describePeriod } from '../../domain/period.js';
import { isPersonalField } from '../../domain/personal.js';
import { CADENCE_NAMES } from '../../domain/standing-ledger.js';
import { standingLedgerSchema } from '../../replay/schema.js';
import { ADMIN_ACTOR, type Core } from './core.js';
import { ApiError, parseWith, readBody } from './errors.js';
import { localStamp } from './local-time.js';

export function standingLedgersApi(app: Hono, core: Core): void {
  const deps = core.bot.deps;

  app.get('/api/admin/standing-ledgers', (c) => {
    const { store } = core;
    const tz = core.settings().timezone;
    const roster = store.roster.snapshot();
    const ledgers = store.standingLedgers.all().map((l) => {
      const next = pendingRound(deps, l);
      return {
        id: l.id, name: l.name, status: l.status, cadence: l.cadence, cadenceName: CADENCE_NAMES[l.cadence], due: l.due,
        department: l.department, departmentName: departmentName(roster, l.department),
        fields: l.fields, fieldLabels: l.fields.map((f) => fieldLabel(store.fields, f)),
        targets: l.targets, targetNames: ledgerTargets(roster, l).map((u) => unitName(roster, u)),
        next: { period: describePeriod(next.period), opensAt: localStamp(next.opensAt, tz), dueAt: localStamp(next.dueAt, tz) },
        rounds: roundProgress(deps, l.id).reverse().map((r) => ({
          period: describePeriod(r.period), collectionId: r.collectionId, openedAt: localStamp(r.openedAt, tz),
          deadline: r.deadline ? localStamp(r.deadline, tz) : null, unitsDone: r.unitsDone, unitsTotal: r.unitsTotal,
        })),
      };
    });
    return c.json({
      ledgers,
      departments: roster.departments.map((d) => ({ id: d.id, name: d.name })),
      fields: store.fields.all().filter((f) => !f.fallback).map((f) => ({ key: f.key, label: f.label, isPersonal: isPersonalField(f) })),
    });
  });

  app.post('/api/admin/standing-ledgers', async (c) => {
    const body = await readBody(c, z.record(z.string(), z.unknown()));
    const input = parseWith(standingLedgerSchema, body);
    const issues = checkLedger(deps, { ...input, targets: input.targets ?? null });
    if (issues.length) throw new ApiError(400, issues[0]!.message, issues[0]!.path, { issues });
    const now = deps.clock.now();
    const saved = core.store.transaction(() => {
      const ledger = defineLedger(deps, { ...input, targets: input.targets ?? null }, ADMIN_ACTOR, now);
      core.store.audit.record(now, ADMIN_ACTOR, 'ledger.save', ledger.id, input);
      return ledger;
    });
    return c.json({ ledger: { id: saved.id, name: saved.name, status: saved.status } });
  });

  app.post('/api/admin/standing-ledgers/:id/status', async (c) => {
    const { status } = await readBody(c, z.object({ status: z.enum(['active', 'paused']) }));
    const id = c.req.param('id');
    if (!core.store.standingLedgers.get(id)) throw new ApiError(404, `没有台账“${id}”`);
    setLedgerStatus(deps, id, status, deps.clock.now());
    core.store.audit.record(deps.clock.now(), ADMIN_ACTOR, 'ledger.save', id, { status });
    return c.json({ ok: true });
  });

  app.get('/api/admin/catalogue', (c) => {
    const { store } = core;
    const roster = store.roster.snapshot();
    const standing = store.standingLedgers.all().filter((l) => l.status === 'active');
    const groups = store.fields.ledgers();
    const entries = store.fields.all().filter((f) => !f.fallback).map((f) => ({
      key: f.key, label: f.label, unit: f.unit ?? null, aliases: f.aliases,
      group: groups.find((g) => g.key === f.ledger)?.name ?? null,
      keptBy: standing.filter((l) => l.fields.includes(f.key)).map((l) => ({
        id: l.id, name: l.name, cadence: CADENCE_NAMES[l.cadence], department: departmentName(roster, l.department),
      })),
    }));
    return c.json({ entries });
  });
}
