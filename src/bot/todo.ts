// What a member still has to do: a staff member's open asks, a lead's requests in progress.
import { describePeriod } from '../domain/period.js';
import { askFieldsOf, itemDueTimes } from './collect.js';
import type { BotDeps } from './context.js';
import { ANSWER_WITHIN_DAYS } from './open-questions.js';
import { fieldLabel, formatDeadline, hasClockTime, unitName } from './render.js';

/** The personal to-do: open asks grouped by collection, oldest deadline first; for a lead, their requests' progress. */
export function todoText(deps: BotDeps, memberId: string): string {
  const { store } = deps;
  const member = store.roster.member(memberId);
  if (!member) return '';
  if (member.role === 'staff') {
    const lines = remainingLines(deps, memberId, member.unit ?? '');
    if (lines[0] === '还差：') return ['你的待报数据：', ...lines.slice(1)].join('\n');
    return !lines.length || lines[0] === ALL_REPORTED ? '你目前没有待报的数据。' : lines.join('\n');
  }
  const roster = store.roster.snapshot();
  const tz = deps.settings().timezone;
  const now = deps.clock.now();
  // LEAD_TODO_PAST_ITS_DEADLINE: a collection past its deadline takes no new requests (closed) but is still collecting
  // while a unit owes figures (the digest's 已过截止仍未报齐, the escalation's 我会继续收取补报的数据): a request of it
  // whose own units have not all reported is still in progress, and says its deadline has passed.
  const lines = ['你发布的进行中需求：'];
  for (const r of store.requests.activeBy(memberId)) {
    const c = store.collections.get(r.collectionId!);
    if (!c || (c.status !== 'open' && c.doneAt !== null)) continue;
    const units = r.targets;
    const asked = askFieldsOf(r);
    const done = units.filter((u) => asked.every((f) => store.pool.get(u, f, c.period)));
    const missing = units.filter((u) => !done.includes(u)).map((u) => unitName(roster, u));
    if (c.status !== 'open' && !missing.length) continue;
    const past = r.deadline !== null && r.deadline.getTime() < now.getTime();
    lines.push(`· r${r.id} ${r.title}：${done.length}/${units.length} 个单位已报齐，${r.deadline ? '截止' : ''}${formatDeadline(r.deadline, r.deadlineHasTime, tz)}${past ? '（已过截止）' : ''}${missing.length ? `；未齐：${missing.join('、')}` : ''}`);
  }
  return lines.length > 1 ? lines.join('\n') : '你没有进行中的数据需求。';
}

const ALL_REPORTED = '你负责的数据已全部报齐，谢谢！';
const WAITING_ON_ANSWER = '还有数据等你确认后才记录：请回复我问你的问题。';

/**
 * Figures held or questions asked that wait on this member's answer: nothing is "all reported" while they wait.
 * `aboutAnItem`: only those a bare figure could answer (not 是哪一项的变化？, which asks for the item named).
 */
export function waitingOnAnswer(deps: BotDeps, memberId: string, aboutAnItem = false): boolean {
  const now = deps.clock.now();
  if (deps.store.questions.openOf(memberId, now).some((q) => !aboutAnItem || q.field !== '')) return true;
  return deps.store.held.openOf(memberId).some((h) => now.getTime() - h.at.getTime() <= ANSWER_WITHIN_DAYS * 86_400_000);
}

/** What this member still owes, or thanks when nothing is left (never while a figure of theirs waits on an answer). */
export function remainingLines(deps: BotDeps, memberId: string, unit: string): string[] {
  const { store } = deps;
  const fields = store.fields;
  const tz = deps.settings().timezone;
  const open = store.asks.openOf(memberId).filter((a) => a.unit === unit || !unit);
  if (!open.length) {
    const waiting = waitingOnAnswer(deps, memberId) ? [WAITING_ON_ANSWER] : [];
    // VILLAGES_STILL_OPEN: a town clerk with nothing of its own left hears what its villages still owe, never 已全部报齐
    const villages = unit ? villagesOpen(deps, unit, memberId) : [];
    if (villages.length) return [...waiting, ...villages];
    if (waiting.length) return waiting;
    // NEVER_ASKED: 已全部报齐 thanks a member for what they were asked, or for what its villages were asked of its line (a
    // town clerk reporting for them); one asked nothing lately (another line's clerk of a town, a colleague who says 谢谢)
    // hears no such claim.
    const since = new Date(deps.clock.now().getTime() - VILLAGE_ASKS_WITHIN_DAYS * 86_400_000);
    return store.asks.askedOfSince(memberId, since) || (unit !== '' && villagesAsked(deps, unit, memberId, since)) ? [ALL_REPORTED] : [];
  }
  // ITEM_DEADLINE: each item is due when the earliest request that needs it of this unit is (itemDeadlines, as the ask
  // said it): in a collection two departments share, an item only the later one asks for is not due at the earlier.
  // Items are grouped by collection and due time, groups in the order of their first item; a run of items of one group
  // (a member's asks come by id, so mostly a collection's together) is added without a lookup.
  const dueAt = itemDueTimes(deps);
  type Group = { period: string | null; at: number | null; asks: typeof open };
  const groups: Group[] = [];
  const byCollection = new Map<number, Map<number | null, Group>>();
  let last: { collectionId: number; group: Group } | null = null;
  for (const a of open) {
    const at = dueAt(a.collectionId, a.unit, a.field);
    if (last && last.collectionId === a.collectionId && last.group.at === at) {
      last.group.asks.push(a);
      continue;
    }
    let ofCollection = byCollection.get(a.collectionId);
    if (!ofCollection) {
      ofCollection = new Map();
      byCollection.set(a.collectionId, ofCollection);
    }
    let group = ofCollection.get(at);
    if (group) group.asks.push(a);
    else {
      group = { period: a.period, at, asks: [a] };
      ofCollection.set(at, group);
      groups.push(group);
    }
    last = { collectionId: a.collectionId, group };
  }
  const lines = ['还差：'];
  // OWED_PAST_ITS_DEADLINE: an item still owed after its deadline says so (as a lead's request past its deadline does)
  const now = deps.clock.now();
  for (const { period, at, asks } of groups) {
    const due = at === null ? null : new Date(at);
    const deadline = formatDeadline(due, due !== null && hasClockTime(due, tz), tz);
    const past = due !== null && due.getTime() < now.getTime() ? '，已过截止，请尽快补报' : '';
    lines.push(`· ${describePeriod(period)}：${asks.map((a) => fieldLabel(fields, a.field)).join('、')}（${due ? `截止${deadline}${past}` : deadline}）`);
  }
  return lines;
}

/** How far back a village's asks are read (as a reply's candidates are: replyCandidates' window). */
const VILLAGE_ASKS_WITHIN_DAYS = 60;
/** At most this many villages are listed; the rest are counted. */
const VILLAGES_LISTED = 5;

/**
 * VILLAGES_STILL_OPEN: the villages and communities under a town or street whose asks are still open, each with what it
 * still owes (下属村、社区还差：· 白沙村 2026年11月：低保户数、低保人数（截止…）). Empty when the unit has none open.
 * VILLAGES_OF_ONE_LINE: only the asks of departments the member serves (a roster's serves; none listed serves every
 * one) are theirs to chase: a town's 住建 clerk is never told its villages owe 民政's 低保户数.
 */
/** Whether any unit under `unit` was asked since `since` for a department the member serves. */
function villagesAsked(deps: BotDeps, unit: string, memberId: string, since: Date): boolean {
  const { store } = deps;
  const serves = store.roster.member(memberId)?.serves ?? [];
  return store.roster.snapshot().units.some((child) => child.parent === unit
    && store.asks.replyableOf(child.id, since).some((a) => !serves.length || serves.includes(a.department)));
}

function villagesOpen(deps: BotDeps, unit: string, memberId: string): string[] {
  const { store } = deps;
  const serves = store.roster.member(memberId)?.serves ?? [];
  const theirs = (department: string): boolean => !serves.length || serves.includes(department);
  const fields = store.fields;
  const tz = deps.settings().timezone;
  const now = deps.clock.now();
  const since = new Date(now.getTime() - VILLAGE_ASKS_WITHIN_DAYS * 86_400_000);
  const roster = store.roster.snapshot();
  const lines: string[] = [];
  let more = 0;
  for (const child of roster.units.filter((u) => u.parent === unit)) {
    const open = store.asks.replyableOf(child.id, since).filter((a) => a.status === 'open' && theirs(a.department));
    if (!open.length) continue;
    if (lines.length >= VILLAGES_LISTED) {
      more++;
      continue;
    }
    const byCollection = new Map<number, string[]>();
    const periods = new Map<number, string | null>();
    for (const a of open) {
      const names = byCollection.get(a.collectionId) ?? [];
      const label = fieldLabel(fields, a.field);
      if (!names.includes(label)) names.push(label);
      byCollection.set(a.collectionId, names);
      periods.set(a.collectionId, a.period);
    }
    const parts = [...byCollection].map(([id, names]) => {
      const due = store.collections.deadlineOf(id);
      const deadline = due !== undefined ? formatDeadline(due, hasClockTime(due, tz), tz) : '';
      return `${describePeriod(periods.get(id) ?? null)}：${names.join('、')}（${due ? `截止${deadline}` : deadline}）`;
    });
    lines.push(`· ${unitName(roster, child.id)} ${parts.join('；')}`);
  }
  if (!lines.length) return [];
  if (more) lines.push(`· 另有${more}个村或社区未报齐`);
  return ['下属村、社区还差：', ...lines];
}
