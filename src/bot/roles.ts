import type { Member, Roster } from '../domain/types.js';

/**
 * Who answers a department's questions for a unit: staff who serve it; when none of the unit's staff list that
 * department, every staff member of the unit serves it. The first in roster order is asked.
 * VILLAGE_SERVED_BY_ITS_TOWN: a unit with no staff of its own in the roster (a village or community under a town or
 * street) is served by the member who serves that department for the unit directly above it, one level up only: the
 * town clerk is asked for it and reports for it, rather than the unit being 无人可问 while its town holds its figures.
 */
export function responsibleMember(roster: Roster, unit: string, department: string): Member | null {
  const staff = staffByUnit(roster).get(unit) ?? [];
  if (!staff.length) {
    const parent = parentOf(roster, unit);
    return parent ? ownResponsible(staffByUnit(roster).get(parent) ?? [], department) : null;
  }
  return ownResponsible(staff, department);
}

function ownResponsible(staff: Member[], department: string): Member | null {
  const serving = staff.filter((m) => m.serves?.includes(department));
  if (serving.length) return serving[0]!;
  const general = staff.filter((m) => !m.serves?.length);
  return general[0] ?? staff[0] ?? null;
}

const staffIndex = new WeakMap<Roster, Map<string, Member[]>>();

/** Staff members by unit, in roster order; built once per roster snapshot. */
function staffByUnit(roster: Roster): Map<string, Member[]> {
  let index = staffIndex.get(roster);
  if (!index) {
    index = new Map();
    for (const m of roster.members) {
      if (m.role !== 'staff' || !m.unit) continue;
      const list = index.get(m.unit);
      if (list) list.push(m);
      else index.set(m.unit, [m]);
    }
    staffIndex.set(roster, index);
  }
  return index;
}

const parentIndex = new WeakMap<Roster, Map<string, string>>();

/** The unit directly above this one in the roster, if any; built once per roster snapshot. */
function parentOf(roster: Roster, unit: string): string | undefined {
  let index = parentIndex.get(roster);
  if (!index) {
    index = new Map();
    for (const u of roster.units) if (u.parent) index.set(u.id, u.parent);
    parentIndex.set(roster, index);
  }
  return index.get(unit);
}
