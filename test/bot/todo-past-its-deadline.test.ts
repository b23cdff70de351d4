// OWED_PAST_ITS_DEADLINE: a staff member's items still owed after their deadline are marked so in 我的任务 and 还差,
// as a lead's request past its deadline is (lead-todo-past-its-deadline.test.ts).
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

describe('a staff member who still owes items after the deadline', () => {
  const bot = useHarness({ start: '2026-11-23T08:00:00+08:00' });

  it('sees them marked past due; items not yet due are not', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请朱沱镇于11月26日前报送本月低保户数、低保人数。', { at: '2026-11-23T09:00:00+08:00' });
    const before = bot().send('zt_jz', 'dm', '我的任务', { at: '2026-11-25T09:00:00+08:00' }).out[0]!.text;
    expect(before).toBe('你的待报数据：\n· 2026年11月：低保户数、低保人数（截止11月26日（周四））');
    const after = bot().send('zt_jz', 'dm', '我的任务', { at: '2026-11-27T09:00:00+08:00' }).out[0]!.text;
    expect(after).toBe('你的待报数据：\n· 2026年11月：低保户数、低保人数（截止11月26日（周四），已过截止，请尽快补报）');
    const reply = bot().send('zt_jz', 'dm', '低保户数12户', { at: '2026-11-27T09:10:00+08:00' }).out[0]!.text;
    expect(reply).toContain('还差：\n· 2026年11月：低保人数（截止11月26日（周四），已过截止，请尽快补报）');
  });
});
