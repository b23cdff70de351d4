// LEAD_ASKS_FOR_THE_SUMMARY: a lead who writes 汇总 (to the bot, or in a DM) hears how their requests stand, not the
// help text.
import { beforeEach, describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const bot = useHarness();
beforeEach(() => {
  bot().send('lead_mz', 'channel', '民政：请各镇街11月30日前报送本月低保户数', { at: '2026-11-23T09:00:00+08:00' });
  bot().send('zt_jz', 'dm', '低保户数12户', { at: '2026-11-23T10:00:00+08:00' });
});

describe('汇总 from a lead', () => {
  it('in a DM: the request’s progress', () => {
    const said = bot().send('lead_mz', 'dm', '汇总', { at: '2026-11-23T11:00:00+08:00' }).out.map((m) => m.text).join('\n');
    expect(said).toContain('r1');
    expect(said).toContain('1/6 个单位已报齐');
    expect(said).not.toContain('没有看懂');
  });

  it('addressed to the bot in the channel: the same', () => {
    const said = bot().send('lead_mz', 'channel', '@报数助手 汇总情况', { at: '2026-11-23T11:00:00+08:00' }).out.map((m) => m.text).join('\n');
    expect(said).toContain('1/6 个单位已报齐');
  });
});
