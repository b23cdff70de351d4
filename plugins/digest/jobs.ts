// The scheduled sends: digest, morning to-do, reminders before deadlines, escalation after them. Each is keyed and
// claimed before it is sent, so a restart never sends one twice.
import {
  deadlineRunKey, departmentName, describePeriod, fieldLabel, formatDeadline, hasClockTime, isWorkingDay, listNames, localParts,
  memberName, nextAllowedDmTime, renderDigest, runKey, unitName, zonedDate, type PluginContext,
} from '../../src/plugins/define.js';

export function postDigest(ctx: PluginContext, at: Date, options: { force?: boolean } = {}): boolean {
  const key = runKey('digest', ctx.collections.day(at));
  if (!options.force && ctx.runs.has(key)) return false;
  const digest = renderDigest(ctx.collections.digest(at));
  if (digest.empty && ctx.settings().quietDigest === 'skip') {
    ctx.runs.claim(key, at);
    return false;
  }
  if (!options.force && !ctx.runs.claim(key, at)) return false;
  ctx.outbound.say({ kind: 'channel' }, { text: digest.text, card: { type: 'digest', title: digest.title, sections: digest.sections } });
  return true;
}

export function sendTodos(ctx: PluginContext, at: Date): number {
  const s = ctx.settings();
  if (!isWorkingDay(localParts(at, s.timezone), s)) return 0;
  let sent = 0;
  for (const memberId of ctx.collections.membersWithOpenAsks()) {
    if (!ctx.runs.claim(runKey('todo', ctx.collections.day(at), memberId), at)) continue;
    ctx.outbound.say({ kind: 'dm', memberId }, { text: `早上好！${ctx.collections.todo(memberId)}` }, { initiated: true });
    sent++;
  }
  return sent;
}

// Reminders and escalations are keyed per collection and deadline: a moved deadline gets its own reminder and
// escalation, and one missed while the bot was down is still sent when it comes back (the key is not claimed yet).

const later = (due: Date, after: Date): Date => (due > after ? due : new Date(after.getTime() + 1));

/** How far before its lead time a reminder may move to reach a working day: past a long holiday (国庆 7 days) and its weekend. */
const REMINDER_SHIFT_MS = 10 * 86_400_000;

/**
 * REMINDER_ON_THE_LAST_WORKING_DAY: a reminder goes out the configured lead time before its deadline, unless a DM then
 * would wait for working hours past the deadline itself (a Saturday deadline: 19:59 Saturday, held to Monday 08:00,
 * announcing 将于12月5日（周六）截止 two days late). It then goes out at the end of quiet hours on the last working
 * day before the deadline; with none in reach it is the lead time as before, and sendReminders leaves it unsent.
 */
export function reminderTime(deadline: Date, s: ReturnType<PluginContext['settings']>): Date {
  const due = new Date(deadline.getTime() - s.reminderLeadMinutes * 60_000);
  if (nextAllowedDmTime(due, s) < deadline) return due;
  for (let day = new Date(due.getTime() - 86_400_000); day.getTime() > deadline.getTime() - REMINDER_SHIFT_MS; day = new Date(day.getTime() - 86_400_000)) {
    const at = nextAllowedDmTime(startOfLocalDay(day, s.timezone), s);
    if (at < deadline && at <= due) return at;
  }
  return due;
}

function startOfLocalDay(at: Date, timezone: string): Date {
  const p = localParts(at, timezone);
  return zonedDate(p, 0, 0, 0, timezone);
}

/** The earliest reminder time (reminderTime) of a deadline still ahead whose reminder has not gone out. */
export function nextReminderDue(ctx: PluginContext, after: Date): Date | null {
  const s = ctx.settings();
  const first = ctx.collections.earliestUnclaimedDeadline('remind', { after });
  if (!first) return null;
  // a later deadline's reminder can come first only when it moved to an earlier working day: within the shift
  const until = new Date(first.getTime() + s.reminderLeadMinutes * 60_000 + REMINDER_SHIFT_MS);
  let due = reminderTime(first, s);
  for (const { deadline } of ctx.collections.unclaimedDeadlines('remind', { after, until })) {
    const t = reminderTime(deadline, s);
    if (t < due) due = t;
  }
  return later(due, after);
}

export function sendReminders(ctx: PluginContext, at: Date): number {
  const s = ctx.settings();
  const lead = s.reminderLeadMinutes * 60_000;
  const tz = s.timezone;
  const now = ctx.clock.now();
  let sent = 0;
  for (const { id, deadline } of ctx.collections.unclaimedDeadlines('remind', { after: at, until: new Date(at.getTime() + lead + REMINDER_SHIFT_MS) })) {
    if (reminderTime(deadline, s) > at) continue;
    if (!ctx.runs.claim(deadlineRunKey('remind', id, deadline), at)) continue;
    // Caught up after the deadline itself (the bot was down), or a DM now would wait for working hours past it: too
    // late to remind, but claimed so it is not due again.
    if (deadline <= now || nextAllowedDmTime(now, s) >= deadline) continue;
    const c = ctx.collections.get(id)!;
    const byMember = new Map<string, string[]>();
    // Each deadline of the collection's requests has its own reminder, for the items due then (DEADLINE_OF_EACH_REQUEST).
    for (const need of ctx.collections.missingDueAt(c, deadline)) {
      if (!need.member || !need.asked) continue;
      byMember.set(need.member, [...(byMember.get(need.member) ?? []), fieldLabel(ctx.dictionary, need.field)]);
    }
    for (const [memberId, labels] of byMember) {
      ctx.outbound.say({ kind: 'dm', memberId }, {
        text: `提醒：汇总 c${id}（${describePeriod(c.period)}）将于${formatDeadline(deadline, hasClockTime(deadline, tz), tz)}截止，还差：${[...new Set(labels)].join('、')}。直接回复数据即可。`,
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
export function nextDeadlineDue(ctx: PluginContext, after: Date): Date | null {
  const deadline = ctx.collections.earliestUnclaimedDeadline('escalate');
  if (!deadline) return null;
  return later(nextAllowedDmTime(new Date(deadline.getTime() + 1000), ctx.settings()), after);
}

export function escalate(ctx: PluginContext, at: Date): number {
  const roster = ctx.roster.snapshot();
  const tz = ctx.settings().timezone;
  let sent = 0;
  for (const { id, deadline } of ctx.collections.unclaimedDeadlines('escalate', { before: at })) {
    if (!ctx.runs.claim(deadlineRunKey('escalate', id, deadline), at)) continue;
    const c = ctx.collections.get(id)!;
    // Only units whose ask reached them before the deadline are named: nobody is called late on an ask still held.
    // DEADLINE_OF_EACH_REQUEST: a collection merging two departments' asks for the same item, each with its own due
    // day, is escalated once a deadline: to the leads whose requests were due then, for their items only. The other
    // department's deadline has not passed; nobody of theirs is @-mentioned, and its own deadline comes later.
    const round = ctx.collections.dueRound(c, deadline, at);
    const missing = round.overdue;
    if (!missing.length) continue;
    const leads = round.leads;
    const units = [...new Set(missing.map((m) => m.unit))].map((u) => {
      const member = missing.find((m) => m.unit === u)?.member;
      const name = member ? ctx.roster.member(member)?.name : undefined;
      return name ? `${unitName(roster, u)}（${name}）` : unitName(roster, u);
    });
    ctx.outbound.say({ kind: 'channel' }, {
      text: `${leads.map((l) => `@${memberName(roster, l)}`).join(' ')} 汇总 c${id}（${ctx.collections.title(c)}，${describePeriod(c.period)}）${round.whole ? '' : `中${round.departments.map((d) => departmentName(roster, d)).join('、')}的部分（${formatDeadline(deadline, hasClockTime(deadline, tz), tz)}截止）`}已过截止，仍有 ${units.length} 个单位未报齐：${listNames(units, 20)}。我会继续收取补报的数据。`,
      mentions: leads,
    });
    sent++;
  }
  return sent;
}
