// EARLY_FIGURES: figures a clerk sent before anything was asked of their unit are read again when the ask for them is
// about to go out: stored when each names its item and fits the period asked, and the ask does not repeat them.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';

const NOTICE = '【区民政局】请朱沱镇于11月26日前报送本月低保户数、低保人数。';
const dm = (out: Array<{ chat: string; text: string }>): string[] => out.filter((l) => l.chat === 'dm:zt_jz').map((l) => l.text);
const card = (out: Array<{ chat: string; text: string }>): string => out.find((l) => l.chat === 'channel')?.text ?? '';

describe('figures sent before the ask', () => {
  const bot = useHarness({ start: '2026-11-23T08:00:00+08:00' });
  const pooled = (field: string): unknown => bot().store.pool.get('zhutuo', field, '2026-11')?.value;

  it('are recorded when the notice asks for them, the clerk is told, and nothing is asked again', () => {
    const early = bot().send('zt_jz', 'dm', '本月低保户数120户，低保人数213人', { at: '2026-11-23T08:30:00+08:00' });
    expect(early.out[0]!.text).toContain('目前没有需要你报送的数据');
    const { out } = bot().send('lead_mz', 'channel', NOTICE, { at: '2026-11-23T09:00:00+08:00' });
    expect(pooled('dibao_households')).toBe(120);
    expect(pooled('dibao_persons')).toBe(213);
    const said = dm(out);
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('你 11月23日 08:30 发来的数据，现在有了对应的报数需求（汇总 c1），已记录');
    expect(said[0]).toContain('· 低保户数（2026年11月）：120户');
    expect(said[0]).not.toContain('请报送');
    expect(card(out)).toContain('询问：无需再问任何人');
    expect(card(out)).toContain('朱沱镇低保户数 120户（胡晓燕，11月23日 08:30）');
    // read once: a second notice for the same items finds them in the pool, and the message is not read again
    expect(bot().store.inbox.notedSince('early figures: nothing was asked of the unit yet', new Date('2026-11-22T00:00:00Z'))).toHaveLength(0);
  });

  it('only the items the message names are recorded; the ask asks for the rest', () => {
    bot().send('zt_jz', 'dm', '本月低保户数120户', { at: '2026-11-23T08:30:00+08:00' });
    const { out } = bot().send('lead_mz', 'channel', NOTICE, { at: '2026-11-23T09:00:00+08:00' });
    expect(pooled('dibao_households')).toBe(120);
    expect(pooled('dibao_persons')).toBeUndefined();
    const said = dm(out);
    expect(said).toHaveLength(2);
    expect(said.join('\n')).toContain('【报数】请报送以下 1 项数据');
    expect(said.join('\n')).not.toMatch(/\d\. 低保户数/);
  });

  it('bare numbers name no item: nothing is recorded and both are asked', () => {
    bot().send('zt_jz', 'dm', '120 213', { at: '2026-11-23T08:30:00+08:00' });
    const { out } = bot().send('lead_mz', 'channel', NOTICE, { at: '2026-11-23T09:00:00+08:00' });
    expect(pooled('dibao_households')).toBeUndefined();
    expect(dm(out)).toHaveLength(1);
    expect(dm(out)[0]).toContain('【报数】请报送以下 2 项数据');
  });

  it('a question is no report', () => {
    bot().send('zt_jz', 'dm', '本月低保户数是120户吗？', { at: '2026-11-23T08:30:00+08:00' });
    bot().send('lead_mz', 'channel', NOTICE, { at: '2026-11-23T09:00:00+08:00' });
    expect(pooled('dibao_households')).toBeUndefined();
  });
});

describe('figures a day old', () => {
  const bot = useHarness({ start: '2026-11-22T08:00:00+08:00' });

  it('are left alone: the ask goes out as before', () => {
    bot().send('zt_jz', 'dm', '本月低保户数120户，低保人数213人', { at: '2026-11-22T08:30:00+08:00' });
    const { out } = bot().send('lead_mz', 'channel', NOTICE, { at: '2026-11-23T09:00:00+08:00' });
    expect(bot().store.pool.get('zhutuo', 'dibao_households', '2026-11')).toBeUndefined();
    expect(dm(out)[0]).toContain('【报数】请报送以下 2 项数据');
  });
});

describe('本月 said the day before a new month', () => {
  const bot = useHarness({ start: '2026-11-30T20:00:00+08:00' });

  it('is that month, not the one a notice on the 1st asks for', () => {
    bot().send('zt_jz', 'dm', '本月低保户数120户', { at: '2026-11-30T20:00:00+08:00' });
    bot().send('lead_mz', 'channel', '【区民政局】请朱沱镇于12月4日前报送本月低保户数。', { at: '2026-12-01T09:00:00+08:00' });
    expect(bot().store.pool.get('zhutuo', 'dibao_households', '2026-12')).toBeUndefined();
  });
});
