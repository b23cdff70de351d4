// 朱沱镇 with two villages (石桥村, 白沙村), each with its own clerk, asked for 低保户数、低保人数 this month; 黄河村 lies
// under 松溉镇. What the tests of a town clerk reporting for its villages start from.
import type { Harness } from './harness.js';
import { roster } from './roster.js';

export function withVillages(h: Harness): void {
  h.store.roster.load({
    ...roster,
    units: [...roster.units, { id: 'shiqiao', name: '石桥村', kind: 'village', parent: 'zhutuo' }, { id: 'baisha', name: '白沙村', kind: 'village', parent: 'zhutuo' },
      { id: 'huanghe', name: '黄河村', kind: 'village', parent: 'songji' }],
    members: [...roster.members, { id: 'sq_ww', name: '石桥文书', role: 'staff', unit: 'shiqiao' }, { id: 'bs_ww', name: '白沙文书', role: 'staff', unit: 'baisha' },
      { id: 'hh_ww', name: '黄河文书', role: 'staff', unit: 'huanghe' }],
  });
  h.send('lead_mz', 'channel', '【区民政局】请石桥村、白沙村、黄河村于11月26日前报送本月低保户数、低保人数。', { at: '2026-11-23T09:00:00+08:00' });
}

/** 朱沱镇 with 石桥村 and 石桥社区 (both start with 石桥) and 白沙村, asked for 低保户数、低保人数 this month. */
export function withShortNameTwins(h: Harness): void {
  h.store.roster.load({
    ...roster,
    units: [...roster.units, { id: 'shiqiao', name: '石桥村', kind: 'village', parent: 'zhutuo' },
      { id: 'shiqiaosq', name: '石桥社区', kind: 'community', parent: 'zhutuo' }, { id: 'baisha', name: '白沙村', kind: 'village', parent: 'zhutuo' }],
    members: [...roster.members, { id: 'sq_ww', name: '石桥文书', role: 'staff', unit: 'shiqiao' },
      { id: 'sqsq_ww', name: '石桥社区文书', role: 'staff', unit: 'shiqiaosq' }, { id: 'bs_ww', name: '白沙文书', role: 'staff', unit: 'baisha' }],
  });
  h.send('lead_mz', 'channel', '【区民政局】请石桥村、石桥社区、白沙村于11月26日前报送本月低保户数、低保人数。', { at: '2026-11-23T09:00:00+08:00' });
}

/**
 * 朱沱镇 with 石桥村, 红岩村 and 白沙村 asked for 低保户数 on `day` (YYYY-MM-DD); 石桥村 (12户) and 红岩村 (8户) have
 * reported, 白沙村 alone waits: a town clerk's figure with no village is then offered to 白沙村 (是白沙村的吗？).
 */
export function withOnlyBaishaWaiting(h: Harness, day: string): void {
  h.store.roster.load({
    ...roster,
    units: [...roster.units, { id: 'shiqiao', name: '石桥村', kind: 'village', parent: 'zhutuo' },
      { id: 'hongyan', name: '红岩村', kind: 'village', parent: 'zhutuo' }, { id: 'baisha', name: '白沙村', kind: 'village', parent: 'zhutuo' }],
    members: [...roster.members, { id: 'sq_ww', name: '石桥文书', role: 'staff', unit: 'shiqiao' },
      { id: 'hy_ww', name: '红岩文书', role: 'staff', unit: 'hongyan' }, { id: 'bs_ww', name: '白沙文书', role: 'staff', unit: 'baisha' }],
  });
  h.send('lead_mz', 'channel', '【区民政局】请石桥村、红岩村、白沙村于11月26日前报送本月低保户数。', { at: `${day}T08:00:00+08:00` });
  h.send('sq_ww', 'dm', '低保户数12户', { at: `${day}T09:00:00+08:00` });
  h.send('hy_ww', 'dm', '低保户数8户', { at: `${day}T09:10:00+08:00` });
}
