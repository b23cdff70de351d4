// The scheduled sends: digest, morning to-do, reminders before deadlines, escalation after them. Each is keyed and
// claimed in the store before it is sent, so a restart never sends one twice.
import { dayKey } from '../../src/bot/collect.js';
import { todoText } from '../../src/bot/todo.js';
import type { BotDeps } from '../../src/bot/context.js';
import { fieldLabel, formatDeadline, hasClockTime, listNames, unitName } from '../../src/bot/render.js';
import { isWorkingDay, nextAllowedDmTime } from '../../src/domain/calendar.js';
import { renderDigest } from '../../src/domain/digest.js';
import { describePeriod } from '../../src/domain/period.js';
import { localParts } from '../../src/domain/time.js';
import { gatherDigest, missingNeeds, collectionTitle, overdueNeeds } from './data.js';

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

// Reminders and escalations are keyed per collection and deadline: a moved deadline gets its own reminder and
// escalation, and one missed while the bot was down is still sent when it comes back (the key is not claimed yet).
const reminderKey = (id: number, deadline: string): string => `remind:c${id}:${deadline}`;
const escalationKey = (id: number, deadline: string): string => `escalate:c${id}:${deadline}`;

const UNCLAIMED = (prefix: string): string => `done_at IS NULL AND deadline IS NOT NULL
  AND EXISTS (SELECT 1 FROM requests r WHERE r.collection_id = c.id AND r.status = 'active')
  AND NOT EXISTS (SELECT 1 FROM schedule_runs s WHERE s.key = '${prefix}:c' || c.id || ':' || c.deadline)`;

const later = (due: Date, after: Date): Date => (due > after ? due : new Date(after.getTime() + 1));

/** The configured lead time before the next deadline still ahead whose reminder has not gone out. */
export function nextReminderDue(deps: BotDeps, after: Date): Date | null {
  const lead = deps.settings().reminderLeadMinutes * 60_000;
  const row = deps.store.db.prepare(`SELECT min(deadline) AS d FROM collections c WHERE ${UNCLAIMED('remind')} AND deadline > ?`)
    .get(iso(after)) as { d: string | null };
  return row.d ? later(new Date(new Date(row.d).getTime() - lead), after) : null;
}

export function sendReminders(deps: BotDeps, at: Date): number {
  const lead = deps.settings().reminderLeadMinutes * 60_000;
  const tz = deps.settings().timezone;
  const now = deps.clock.now();
  const rows = deps.store.db.prepare(`SELECT id, deadline FROM collections c WHERE ${UNCLAIMED('remind')} AND deadline > ? AND deadline <= ?`)
    .all(iso(at), iso(new Date(at.getTime() + lead))) as Array<{ id: number; deadline: string }>;
  const fields = deps.store.fields;
  let sent = 0;
  for (const { id, deadline } of rows) {
    if (!deps.store.scheduleRuns.claim(reminderKey(id, deadline), at)) continue;
    // Caught up after the deadline itself (the bot was down): too late to remind, but claimed so it is not due again.
    if (new Date(deadline) <= now) continue;
    const c = deps.store.collections.get(id)!;
    const byMember = new Map<string, string[]>();
    for (const need of missingNeeds(deps, c)) {
      if (!need.member || !deps.store.asks.exists(need.unit, need.field, c.period)) continue;
      byMember.set(need.member, [...(byMember.get(need.member) ?? []), fieldLabel(fields, need.field)]);
    }
    for (const [memberId, labels] of byMember) {
      deps.outbound.say({ kind: 'dm', memberId }, {
        text: `提醒：汇总 c${id}（${describePeriod(c.period)}）将于${formatDeadline(c.deadline, hasClockTime(c.deadline, tz), tz)}截止，还差：${[...new Set(labels)].join('、')}。直接回复数据即可。`,
      }, { initiated: true });
      sent++;
    }
  }
  return sent;
}

/**
 * When a deadline has passed with units missing, the requesting leads hear it in the channel — at the next working
 * hour, so a day-only deadline (23:59:59) does not @-mention people at midnight.
 */
export function nextDeadlineDue(deps: BotDeps, after: Date): Date | null {
  const row = deps.store.db.prepare(`SELECT min(deadline) AS d FROM collections c WHERE ${UNCLAIMED('escalate')}`)
    .get() as { d: string | null };
  if (!row.d) return null;
  return later(nextAllowedDmTime(new Date(new Date(row.d).getTime() + 1000), deps.settings()), after);
}

export function escalate(deps: BotDeps, at: Date): number {
  const rows = deps.store.db.prepare(`SELECT id, deadline FROM collections c WHERE ${UNCLAIMED('escalate')} AND deadline < ?`)
    .all(iso(at)) as Array<{ id: number; deadline: string }>;
  const roster = deps.store.roster.snapshot();
  let sent = 0;
  for (const { id, deadline } of rows) {
    if (!deps.store.scheduleRuns.claim(escalationKey(id, deadline), at)) continue;
    const c = deps.store.collections.get(id)!;
    // Only units whose ask reached them before the deadline are named: nobody is called late on an ask still held.
    const missing = overdueNeeds(deps, c, missingNeeds(deps, c), at);
    const requests = deps.store.requests.inCollection(id);
    if (!missing.length) continue;
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
