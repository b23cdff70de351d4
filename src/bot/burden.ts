// The burden figures from the store: per department and per member, in the roster's order (never ranked).
import type { BurdenFigures, BurdenRow } from '../domain/burden.js';
import { isWorkingDay } from '../domain/calendar.js';
import { addDays, formatLocalDate, localParts, type LocalDate } from '../domain/time.js';
import type { BotDeps } from './context.js';
import { unitName } from './render.js';

/** Working days the DM figure covers: the last five up to `at`'s day. */
const WINDOW_DAYS = 5;

const emptyRow = (): BurdenRow => ({ sent: 0, avoided: { pool: 0, merge: 0, ledger: 0 }, confirmed: 0 });

export function gatherBurden(deps: BotDeps, at: Date): BurdenFigures {
  const { store } = deps;
  const s = deps.settings();
  const roster = store.roster.snapshot();
  const window: string[] = [];
  let day: LocalDate = localParts(at, s.timezone);
  for (let i = 0; i < 60 && window.length < WINDOW_DAYS; i++, day = addDays(day, -1)) if (isWorkingDay(day, s)) window.unshift(formatLocalDate(day));
  const byDepartment = new Map(roster.departments.map((d) => [d.id, emptyRow()]));
  const byMember = new Map(roster.members.filter((m) => m.role === 'staff').map((m) => [m.id, emptyRow()]));
  const rows = (department: string, memberId: string): BurdenRow[] =>
    [byDepartment.get(department), byMember.get(memberId)].filter((r): r is BurdenRow => r !== undefined);
  for (const c of store.burden.sentBy()) for (const r of rows(c.department, c.memberId)) r.sent += c.n;
  for (const c of store.burden.avoidedBy()) for (const r of rows(c.department, c.memberId)) r.avoided[c.reason] += c.n;
  for (const c of store.burden.confirmedBy()) for (const r of rows(c.department, c.memberId)) r.confirmed += c.n;
  const dms = new Map<string, number>();
  for (const d of store.initiatedDms.onDays(window)) dms.set(`${d.memberId}\u0000${d.day}`, d.n);
  return {
    window, minutesPerAsk: s.minutesPerAsk,
    departments: roster.departments.map((d) => ({ id: d.id, name: d.name, ...byDepartment.get(d.id)! })),
    members: roster.members.filter((m) => m.role === 'staff').map((m) => ({
      id: m.id, name: m.name, unit: m.unit ? unitName(roster, m.unit) : '', ...byMember.get(m.id)!,
      dmsPerDay: window.map((d) => dms.get(`${m.id}\u0000${d}`) ?? 0),
    })),
  };
}
