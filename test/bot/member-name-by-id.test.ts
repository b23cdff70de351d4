// MEMBERS_BY_ID: a member's name is found by id in a map made once per roster member list (again when the list grew in
// place), not by searching the list for each name: a notice's plan names the member behind every figure it reuses
// (docs/performance.md, phase 33). Same names: the first member of an id, the id itself for none, 未知 for no id.
import { describe, expect, it } from 'vitest';
import { memberName } from '../../src/bot/render.js';
import type { Member, Roster } from '../../src/domain/types.js';

function unsearchable(members: Member[]): Member[] {
  Object.defineProperty(members, 'find', { value: () => { throw new Error('the member list was searched'); } });
  return members;
}

describe('a member named by id', () => {
  it('is found without searching the member list', () => {
    const members = unsearchable([
      { id: 'zt_jz', name: '张静', role: 'staff', unit: 'zhutuo' },
      { id: 'ls_jz', name: '李松', role: 'staff', unit: 'laisu' },
      { id: 'zt_jz', name: '张静（旧）', role: 'staff', unit: 'zhutuo' },
    ]);
    const roster: Roster = { departments: [], units: [], members };
    expect(memberName(roster, 'ls_jz')).toBe('李松');
    expect(memberName(roster, 'zt_jz')).toBe('张静');
    expect(memberName(roster, 'nobody')).toBe('nobody');
    expect(memberName(roster, null)).toBe('未知');
  });

  it('is found in a list that grew after a name was asked of it', () => {
    const members = unsearchable([{ id: 'zt_jz', name: '张静', role: 'staff', unit: 'zhutuo' }]);
    const roster: Roster = { departments: [], units: [], members };
    expect(memberName(roster, 'cs_jz')).toBe('cs_jz');
    members.push({ id: 'cs_jz', name: '陈实', role: 'staff', unit: 'chashan' });
    expect(memberName(roster, 'cs_jz')).toBe('陈实');
  });
});
