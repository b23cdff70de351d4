// Collections with their requests, source messages and progress per unit.
import type { Hono } from 'hono';
import { collectionNeeds } from '../../bot/collect.js';
import { departmentName, fieldLabel, memberName, unitName } from '../../bot/render.js';
import { describePeriod } from '../../domain/period.js';
import { isPersonalField } from '../../domain/personal.js';
import type { CollectionRecord } from '../../store/collections.js';
import type { RequestRecord } from '../../store/requests.js';
import type { Core } from './core.js';
import { isLedgerMember, LEDGER_MEMBER_PREFIX } from '../../bot/ledgers.js';
import { localStamp } from './local-time.js';

export type CollectionState = 'done' | 'overdue' | 'open' | 'closed';

export function collectionState(c: CollectionRecord, now: Date): CollectionState {
  if (c.doneAt) return 'done';
  if (c.deadline && c.deadline.getTime() < now.getTime()) return 'overdue';
  return c.status === 'open' ? 'open' : 'closed';
}

export function collectionsApi(app: Hono, core: Core): void {
  app.get('/api/admin/collections', (c) => {
    const { store } = core;
    const tz = core.settings().timezone;
    const now = core.bot.deps.clock.now();
    const roster = store.roster.snapshot();
    const fields = store.fields;
    // Every request (withdrawn ones too) by collection, read once rather than once per collection.
    const requestsOf = new Map<number, RequestRecord[]>();
    for (const r of store.requests.all()) {
      if (r.collectionId === null) continue;
      const list = requestsOf.get(r.collectionId);
      if (list) list.push(r);
      else requestsOf.set(r.collectionId, [r]);
    }
    const list = store.collections.all().reverse().map((col) => {
      const needs = collectionNeeds(core.bot.deps, col.id);
      const units = [...new Set(needs.map((n) => n.unit))].map((unit) => {
        const wanted = needs.filter((n) => n.unit === unit).map((n) => n.field);
        const missing = wanted.filter((f) => !store.pool.get(unit, f, col.period));
        return { unit, name: unitName(roster, unit), done: wanted.length - missing.length, total: wanted.length, missing: missing.map((f) => fieldLabel(fields, f)) };
      });
      const requests = (requestsOf.get(col.id) ?? []).map((r) => {
        const source = store.messages.get(r.messageId);
        return {
          id: r.id, title: r.title, status: r.status, department: departmentName(roster, r.department), lead: requesterName(core, r.memberId),
          createdAt: localStamp(r.createdAt, tz),
          source: source ? { id: source.id, chat: source.chat, from: memberName(roster, source.sender), text: source.text, at: localStamp(source.at, tz) } : null,
        };
      });
      return {
        id: col.id, state: collectionState(col, now), period: describePeriod(col.period),
        deadline: col.deadline ? localStamp(col.deadline, tz) : null, doneAt: col.doneAt ? localStamp(col.doneAt, tz) : null,
        fields: col.fields.map((f) => fieldLabel(fields, f)),
        // Its export holds personal values: the console asks what the file is for before downloading it.
        personal: needs.some((n) => { const f = fields.get(n.field); return f !== undefined && isPersonalField(f); }),
        unitsDone: units.filter((u) => u.done === u.total).length, unitsTotal: units.length,
        units, requests,
      };
    });
    return c.json({ collections: list });
  });
}

/** The lead who posted a request, or for a ledger's round the ledger's name. */
function requesterName(core: Core, memberId: string): string {
  if (!isLedgerMember(memberId)) return memberName(core.store.roster.snapshot(), memberId);
  const ledger = core.store.standingLedgers.get(memberId.slice(LEDGER_MEMBER_PREFIX.length));
  return ledger ? `台账：${ledger.name}` : memberId;
}
