// A village or community with no staff of its own in the roster is served by the clerk of the unit above it
// (VILLAGE_SERVED_BY_ITS_TOWN, roles.ts): the town clerk is asked for it and its figures, pasted as a table or a list,
// are recorded, never answered 没有要你代报的项目 with no reporter to send them.
import { describe, expect, it } from 'vitest';
import { useHarness, type Harness } from '../support/harness.js';
import { roster } from '../support/roster.js';

const bot = useHarness();

function withClerklessVillages(h: Harness, items: string): string {
  h.store.roster.load({
    ...roster,
    units: [...roster.units, { id: 'shiqiao', name: '石桥村', kind: 'village', parent: 'zhutuo' },
      { id: 'baisha', name: '白沙村', kind: 'village', parent: 'zhutuo' }, { id: 'hongyan', name: '红岩村', kind: 'village', parent: 'zhutuo' }],
  });
  return h.send('lead_mz', 'channel', `【区民政局】请石桥村、白沙村、红岩村于11月26日前报送本月${items}。`, { at: '2026-11-23T09:00:00+08:00' })
    .out.map((m) => m.text).join('\n');
}

describe('villages with no clerk of their own', () => {
  it('are asked of the town clerk, not listed as 无人可问', () => {
    const card = withClerklessVillages(bot(), '低保户数、低保人数');
    expect(card).not.toContain('无人可问');
    expect([...new Set(bot().store.asks.all().map((a) => a.memberId))]).toEqual(['zt_jz']);
  });

  it('a pasted table from the town clerk is recorded for each village', () => {
    withClerklessVillages(bot(), '低保户数、低保人数');
    const out = bot().send('zt_jz', 'dm', '村名 低保户数 低保人数\n石桥村 12 30\n白沙村 8 19\n红岩村 5 11', { at: '2026-11-24T10:00:00+08:00' })
      .out.filter((m) => m.chat === 'dm:zt_jz').map((m) => m.text).join('\n');
    const pool = bot().store.pool;
    expect(['shiqiao', 'baisha', 'hongyan'].map((u) => [pool.get(u, 'dibao_households', '2026-11')?.value, pool.get(u, 'dibao_persons', '2026-11')?.value]))
      .toEqual([[12, 30], [8, 19], [5, 11]]);
    expect(out).not.toContain('没有要你代报');
  });

  it('a list of one figure a village is recorded, an approximate one as such', () => {
    withClerklessVillages(bot(), '低保户数');
    const out = bot().send('zt_jz', 'dm', '石桥村 12 / 白沙村 约8 / 红岩村 5', { at: '2026-11-24T10:00:00+08:00' })
      .out.filter((m) => m.chat === 'dm:zt_jz').map((m) => m.text).join('\n');
    const pool = bot().store.pool;
    expect(pool.get('shiqiao', 'dibao_households', '2026-11')?.value).toBe(12);
    expect(pool.get('hongyan', 'dibao_households', '2026-11')?.value).toBe(5);
    // 约8: recorded as an approximate figure, or at least said back, never dropped without a word
    const baisha = pool.get('baisha', 'dibao_households', '2026-11');
    if (baisha) expect([baisha.value, baisha.approximate]).toEqual([8, true]);
    else expect(out).toMatch(/白沙村[\s\S]*8/);
  });
});
