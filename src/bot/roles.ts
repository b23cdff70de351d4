import type { Member, Roster } from '../domain/types.js';

/**
 * Who answers a department's questions for a unit: staff who serve it; when none of the unit's staff list that
 * department, every staff member of the unit serves it. The first in roster order is asked.
 */
export function responsibleMember(roster: Roster, unit: string, department: string): Member | null {
  const staff = staffByUnit(roster).get(unit) ?? [];
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
