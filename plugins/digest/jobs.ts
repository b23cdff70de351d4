// The scheduled sends: digest, morning to-do, reminders before deadlines, escalation after them. Each is keyed and
// claimed in the store before it is sent, so a restart never sends one twice.
import { dayKey } from '../../src/bot/collect.js';
import { todoText } from '../../src/bot/commands.js';
import type { BotDeps } from '../../src/bot/context.js';
import { fieldLabel, formatDeadline, hasClockTime, listNames, unitName } from '../../src/bot/render.js';
import { isWorkingDay } from '../../src/domain/calendar.js';
import { renderDigest } from '../../src/domain/digest.js';
import { describePeriod } from '../../src/domain/period.js';
import { localParts } from '../../src/domain/time.js';
import { gatherDigest, missingNeeds, collectionTitle } from './data.js';

export function postDigest(deps: BotDeps, at: Date, options: { force?: boolean } = {}): boolean {
  const key = `digest:${dayKey(deps, at)}`;
  if (!options.force && deps.store.scheduleRuns.has(key)) return false;
  const digest = renderDigest(gatherDigest(deps, at));
  if (digest.empty && deps.settings().quietDigest === 'skip') {
    deps.store.scheduleRuns.claim(key, at);
    return false;
  }
  if (!options.force && !deps.store.scheduleRuns.claim(key, at)) return false;
  deps.outbound.say({ kind: 'channel' }, { text: digest.text, card: { type: 'digest', title: digest.title, sections: digest.sections } });
  return true;
}

export function sendTodos(deps: BotDeps, at: Date): number {
  const s = deps.settings();
  if (!isWorkingDay(localParts(at, s.timezone), s)) return 0;
  let sent = 0;
  for (const memberId of deps.store.asks.membersWithOpenAsks()) {
    if (!deps.store.scheduleRuns.claim(`todo:${dayKey(deps, at)}:${memberId}`, at)) continue;
    deps.outbound.say({ kind: 'dm', memberId }, { text: `早上好！${todoText(deps, memberId)}` }, { initiated: true });
    sent++;
  }
  return sent;
}

const iso = (d: Date): string => d.toISOString();

/** Reminder times: the configured lead time before each deadline of a collection not yet complete. */
export function nextReminderDue(deps: BotDeps, after: Date): Date | null {
  const lead = deps.settings().reminderLeadMinutes * 60_000;
  const row = deps.store.db.prepare(`SELECT min(deadline) AS d FROM collections WHERE done_at IS NULL AND deadline IS NOT NULL AND deadline > ?`)
    .get(iso(new Date(after.getTime() + lead))) as { d: string | null };
  return row.d ? new Date(new Date(row.d).getTime() - lead) : null;
}

export function sendReminders(deps: BotDeps, at: Date): number {
  const lead = deps.settings().reminderLeadMinutes * 60_000;
  const tz = deps.settings().timezone;
  const rows = deps.store.db.prepare(`SELECT id FROM collections WHERE done_at IS NULL AND deadline IS NOT NULL AND deadline > ? AND deadline <= ?`)
    .all(iso(at), iso(new Date(at.getTime() + lead))) as Array<{ id: number }>;
  const fields = deps.store.fields.all();
  let sent = 0;
  for (const { id } of rows) {
    const c = deps.store.collections.get(id)!;
    const byMember = new Map<string, string[]>();
    for (const need of missingNeeds(deps, c)) {
      if (!need.member || !deps.store.asks.exists(need.unit, need.field, c.period)) continue;
      byMember.set(need.member, [...(byMember.get(need.member) ?? []), fieldLabel(fields, need.field)]);
    }
    for (const [memberId, labels] of byMember) {
      if (!deps.store.scheduleRuns.claim(`remind:c${id}:${memberId}`, at)) continue;
      deps.outbound.say({ kind: 'dm', memberId }, {
        text: `提醒：汇总 c${id}（${describePeriod(c.period)}）将于${formatDeadline(c.deadline, hasClockTime(c.deadline, tz), tz)}截止，还差：${[...new Set(labels)].join('、')}。直接回复数据即可。`,
      }, { initiated: true });
      sent++;
    }
  }
  return sent;
}

/** Deadlines of incomplete collections: when each passes, the requesting leads hear who is missing, once. */
export function nextDeadlineDue(deps: BotDeps, after: Date): Date | null {
  // Due one second after the deadline: a deadline at `after` itself (another job ran at that instant) is still ahead.
  const row = deps.store.db.prepare(`SELECT min(deadline) AS d FROM collections WHERE done_at IS NULL AND deadline IS NOT NULL AND deadline > ?`)
    .get(iso(new Date(after.getTime() - 1000))) as { d: string | null };
  return row.d ? new Date(new Date(row.d).getTime() + 1000) : null;
}

export function escalate(deps: BotDeps, at: Date): number {
  const rows = deps.store.db.prepare(`SELECT id FROM collections WHERE done_at IS NULL AND deadline IS NOT NULL AND deadline < ?`)
    .all(iso(at)) as Array<{ id: number }>;
  const roster = deps.store.roster.snapshot();
  let sent = 0;
  for (const { id } of rows) {
    const c = deps.store.collections.get(id)!;
    const missing = missingNeeds(deps, c);
    const requests = deps.store.requests.inCollection(id);
    if (!missing.length || !requests.length) continue;
    if (!deps.store.scheduleRuns.claim(`escalate:c${id}`, at)) continue;
    const leads = [...new Set(requests.map((r) => r.memberId))];
    const units = [...new Set(missing.map((m) => m.unit))].map((u) => {
      const member = missing.find((m) => m.unit === u)?.member;
      const name = member ? roster.members.find((m) => m.id === member)?.name : undefined;
      return name ? `${unitName(roster, u)}（${name}）` : unitName(roster, u);
    });
    deps.outbound.say({ kind: 'channel' }, {
      text: `${leads.map((l) => `@${roster.members.find((m) => m.id === l)?.name ?? l}`).join(' ')} 汇总 c${id}（${collectionTitle(deps, c)}，${describePeriod(c.period)}）已过截止，仍有 ${units.length} 个单位未报齐：${listNames(units, 20)}。我会继续收取补报的数据。`,
      mentions: leads,
    });
    sent++;
  }
  return sent;
}

/** Closing times: a collection stops taking in new requests once its latest deadline has passed. */
export function nextCloseDue(deps: BotDeps, after: Date): Date | null {
  const row = deps.store.db.prepare(`SELECT min(closes_at) AS d FROM collections WHERE status = 'open' AND closes_at > ?`)
    .get(iso(after)) as { d: string | null };
  return row.d ? new Date(row.d) : null;
}

export function closeCollections(deps: BotDeps, at: Date): void {
  for (const c of deps.store.collections.closingBy(at)) deps.store.collections.setStatus(c.id, 'closed');
}
