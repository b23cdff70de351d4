// 我的数据 低保: staff see their own unit's figures and how they changed, never another unit's.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';

const bot = useHarness({ start: '2026-11-23T09:00:00+08:00' });

describe('我的数据', () => {
  it('lists the unit\'s figures matching the word, with every earlier version', () => {
    bot().send('lead_mz', 'channel', DIBAO_REQUEST);
    bot().send('zt_jz', 'dm', '低保户数 120，低保人数 210', { at: '2026-11-23T10:00:00+08:00' });
    bot().send('zt_jz', 'dm', '更正：低保户数应为 121', { at: '2026-11-23T11:00:00+08:00' });
    bot().send('sg_jz', 'dm', '低保户数 80，低保人数 150', { at: '2026-11-23T11:30:00+08:00' });
    const text = bot().send('zt_jz', 'dm', '我的数据 低保户', { at: '2026-11-23T12:00:00+08:00' }).out.at(-1)!.text;
    expect(text).toContain('【朱沱镇的数据】“低保户”相关 1 项：');
    expect(text).toContain('· 2026年11月 低保户数：121户（胡晓燕，11月23日 11:00；此前 120户）');
    expect(text).not.toContain('80');
    const all = bot().send('zt_jz', 'dm', '我的数据').out.at(-1)!.text;
    expect(all).toContain('低保人数：210人');
  });

  it('says so when the unit has nothing yet, and points a lead to 查询', () => {
    expect(bot().send('zt_jz', 'dm', '我的数据 低保').out.at(-1)!.text).toBe('朱沱镇还没有“低保”相关的数据入库。');
    expect(bot().send('lead_mz', 'dm', '我的数据').out.at(-1)!.text).toContain('查询 低保户数');
  });
});
