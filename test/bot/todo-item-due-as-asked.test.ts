// ITEM_DEADLINE: in a collection two departments share, each item a staff member still owes is due when the earliest
// request that needs it is — as the ask said — not at the collection's earliest deadline.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

describe('还差 and 我的任务 in a merged collection', () => {
  const bot = useHarness({ start: '2026-11-23T08:00:00+08:00' });

  it('give each item its own deadline, as the ask did', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请朱沱镇于11月26日前报送本月低保户数。', { at: '2026-11-23T09:00:00+08:00' });
    const asked = bot().send('lead_cl', 'channel', '【区残联】请朱沱镇于11月30日前报送本月低保户数、持证残疾人数。', { at: '2026-11-23T09:10:00+08:00' });
    expect(asked.out.find((l) => l.chat === 'dm:zt_jz')!.text).toContain('2026年11月（汇总 c1，请于11月30日（周一）前回复）：\n2. 持证残疾人数');
    const todo = bot().send('zt_jz', 'dm', '我的任务', { at: '2026-11-23T09:20:00+08:00' }).out[0]!.text;
    expect(todo).toContain('· 2026年11月：低保户数（截止11月26日（周四））');
    expect(todo).toContain('· 2026年11月：持证残疾人数（截止11月30日（周一））');
    const reply = bot().send('zt_jz', 'dm', '低保户数12户', { at: '2026-11-23T09:30:00+08:00' }).out[0]!.text;
    expect(reply).toContain('还差：\n· 2026年11月：持证残疾人数（截止11月30日（周一））');
  });

  it('one request: one line, its deadline', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请朱沱镇于11月26日前报送本月低保户数、低保人数。', { at: '2026-11-23T09:00:00+08:00' });
    const todo = bot().send('zt_jz', 'dm', '我的任务', { at: '2026-11-23T09:20:00+08:00' }).out[0]!.text;
    expect(todo).toBe('你的待报数据：\n· 2026年11月：低保户数、低保人数（截止11月26日（周四））');
  });
});
