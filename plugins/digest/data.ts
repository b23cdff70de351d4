// Gathers what the digest, reminders and escalation need from the store.
import { collectionNeeds, dayKey } from '../../src/bot/collect.js';
import type { BotDeps } from '../../src/bot/context.js';
import { departmentName, formatDeadline, hasClockTime, unitName } from '../../src/bot/render.js';
import { responsibleMember } from '../../src/bot/roles.js';
import type { DigestCollection, DigestData } from '../../src/domain/digest.js';
import { describePeriod } from '../../src/domain/period.js';
import { addDays, formatLocalDate, localParts, startOfLocalDay } from '../../src/domain/time.js';
import type { CollectionRecord } from '../../src/store/collections.js';

export interface MissingNeed {
  unit: string;
  field: string;
  member: string | null;
}

/** Needs of a collection that the pool does not hold yet. */
export function missingNeeds(deps: BotDeps, c: CollectionRecord): MissingNeed[] {
  const roster = deps.store.roster.snapshot();
  const requests = deps.store.requests.inCollection(c.id);
  return collectionNeeds(deps, c.id)
    .filter((n) => !deps.store.pool.get(n.unit, n.field, c.period))
    .map((n) => {
      const ask = deps.store.asks.exists(n.unit, n.field, c.period)
        ? deps.store.asks.ofUnit(n.unit).find((a) => a.field === n.field && a.period === c.period)
        : undefined;
      const department = requests.find((r) => r.fields.includes(n.field) && r.targets.includes(n.unit))?.department ?? '';
      return { ...n, member: ask?.memberId ?? responsibleMember(roster, n.unit, department)?.id ?? null };
    });
}

export function collectionTitle(deps: BotDeps, c: CollectionRecord): string {
  const fields = deps.store.fields.all();
  const labels = c.fields.map((k) => fields.find((f) => f.key === k)?.label ?? k);
  return labels.length > 3 ? `${labels.slice(0, 3).join('、')}等${labels.length}项` : labels.join('、');
}

export function gatherDigest(deps: BotDeps, at: Date): DigestData {
  const { store } = deps;
  const s = deps.settings();
  const tz = s.timezone;
  const roster = store.roster.snapshot();
  const today = localParts(at, tz);
  const start = startOfLocalDay(today, tz);
  const end = startOfLocalDay(addDays(today, 1), tz);
  const dayAfter = startOfLocalDay(addDays(today, 2), tz);
  const requestsToday = store.requests.createdBetween(start, end).filter((r) => r.status === 'active').map((r) => {
    const first = store.requests.inCollection(r.collectionId!)[0];
    return {
      id: r.id, department: departmentName(roster, r.department), title: r.title, collection: r.collectionId!,
      merged: first !== undefined && first.id !== r.id,
    };
  });
  const collections: DigestCollection[] = [];
  for (const c of store.collections.listByStatus('open').concat(store.collections.listByStatus('closed'))) {
    if (c.doneAt) continue;
    const requests = store.requests.inCollection(c.id);
    if (!requests.length) continue;
    const missing = missingNeeds(deps, c);
    const overdue = c.deadline !== null && c.deadline.getTime() < at.getTime() && missing.length > 0;
    if (c.status === 'closed' && !overdue) continue;
    const units = [...new Set(collectionNeeds(deps, c.id).map((n) => n.unit))];
    const missingUnits = [...new Set(missing.map((m) => m.unit))];
    collections.push({
      id: c.id, title: collectionTitle(deps, c), departments: [...new Set(requests.map((r) => departmentName(roster, r.department)))],
      period: describePeriod(c.period), deadline: formatDeadline(c.deadline, hasClockTime(c.deadline, tz), tz),
      unitsDone: units.length - missingUnits.length, unitsTotal: units.length,
      missing: missingUnits.map((u) => {
        const member = missing.find((m) => m.unit === u)?.member ?? null;
        return { unit: unitName(roster, u), member: member ? roster.members.find((m) => m.id === member)?.name ?? null : null };
      }),
      dueTomorrow: c.deadline !== null && c.deadline >= end && c.deadline < dayAfter,
      overdue,
    });
  }
  const day = dayKey(deps, at);
  const failed = store.outbox.counts().filter((r) => r.status === 'failed').reduce((n, r) => n + r.n, 0);
  return {
    date: `${today.month}月${today.day}日`, requestsToday, collections,
    poolAnsweredToday: store.counters.onDay('valuesReused', day),
    asksAvoidedToday: store.counters.onDay('asksAvoided', day),
    asksAvoidedTotal: store.counters.get('asksAvoided'),
    minutesPerAsk: s.minutesPerAsk,
    failedDeliveries: failed,
  };
}

export { formatLocalDate };
