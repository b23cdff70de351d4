// OTHER_PERIOD_KEPT (replies.ts, early-figures.ts): 低保户数上月118户本月120户 with only this month asked — 118 is no figure of
// the month asked and is not stored, but the message is kept: when an ask for last month goes out days later (补报10月…),
// it is read again for it and 118 is recorded instead of the clerk being asked for what they already said. It was lost.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const dm = (out: Array<{ chat: string; text: string }>): string[] => out.filter((l) => l.chat === 'dm:zt_jz').map((l) => l.text);

describe('a figure said for a month nobody asked yet', () => {
  const bot = useHarness({ start: '2026-11-23T08:00:00+08:00' });
  const pooled = (period: string): unknown => bot().store.pool.get('zhutuo', 'dibao_households', period)?.value;

  it('is kept for the later ask of that month', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请朱沱镇于11月30日前报送本月低保户数。', { at: '2026-11-23T09:00:00+08:00' });
    bot().send('zt_jz', 'dm', '低保户数上月118户本月120户', { at: '2026-11-23T10:00:00+08:00' });
    expect(pooled('2026-11')).toBe(120);
    expect(pooled('2026-10')).toBeUndefined();
    const { out } = bot().send('lead_mz', 'channel', '【区民政局】请朱沱镇于11月30日前补报10月份低保户数。', { at: '2026-11-25T16:00:00+08:00' });
    expect(pooled('2026-10')).toBe(118);
    expect(dm(out).join('\n')).toContain('· 低保户数（2026年10月）：118户');
    expect(dm(out).join('\n')).not.toContain('【报数】');
  });

  it('a reply naming only the month asked is not kept', () => {
    bot().send('lead_mz', 'channel', '【区民政局】请朱沱镇于11月30日前报送本月低保户数。', { at: '2026-11-23T09:00:00+08:00' });
    bot().send('zt_jz', 'dm', '本月低保户数120户', { at: '2026-11-23T10:00:00+08:00' });
    bot().send('lead_mz', 'channel', '【区民政局】请朱沱镇于11月30日前补报10月份低保户数。', { at: '2026-11-25T16:00:00+08:00' });
    expect(pooled('2026-10')).toBeUndefined();
  });
});
