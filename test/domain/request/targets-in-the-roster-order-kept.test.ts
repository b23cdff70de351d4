// ROSTER_ORDER_KEPT: the units a notice names come out in the roster's order, by the positions the unit index took when
// it was built (once per roster), not by a map of every unit made for each notice read (docs/performance.md, phase 33).
import { describe, expect, it } from 'vitest';
import { buildUnitIndex, findTargets } from '../../../src/domain/request/targets.js';
import type { Roster } from '../../../src/domain/types.js';

const roster: Roster = {
  departments: [{ id: 'mz', name: '民政局', aliases: [] }],
  units: [
    { id: 'zhutuo', name: '朱沱镇', kind: 'town' },
    { id: 'laisu', name: '来苏镇', kind: 'town' },
    { id: 'chashan', name: '茶山竹海街道', kind: 'street' },
  ],
  members: [
    { id: 'zt', name: '张三', role: 'staff', unit: 'zhutuo' },
    { id: 'ls', name: '李四', role: 'staff', unit: 'laisu' },
    { id: 'cs', name: '王五', role: 'staff', unit: 'chashan' },
  ],
};

describe('the units a notice names', () => {
  it('come in the roster order, whatever order the notice names them in', () => {
    const index = buildUnitIndex(roster);
    expect([...index.order]).toEqual([['zhutuo', 0], ['laisu', 1], ['chashan', 2]]);
    expect(findTargets('请茶山竹海街道、朱沱镇、来苏镇于11月26日前报送低保户数。', index).targets).toEqual(['zhutuo', 'laisu', 'chashan']);
  });

  it('are ordered by the positions the index keeps, with no map of the units made per read', () => {
    const index = buildUnitIndex(roster);
    index.order = new Map([['chashan', 0], ['laisu', 1], ['zhutuo', 2]]);
    expect(findTargets('请朱沱镇、茶山竹海街道、来苏镇于11月26日前报送低保户数。', index).targets).toEqual(['chashan', 'laisu', 'zhutuo']);
  });
});
