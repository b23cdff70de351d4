// A town clerk reports for the villages under the town (a table or one line per village): each figure goes to the
// village it names, read against that village's asks; a unit the clerk does not speak for is noted, not recorded.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../support/harness.js';
import { withVillages } from '../support/villages.js';

const bot = useHarness();

describe('a town clerk reporting for its villages', () => {
  it('a pasted table: each village row goes to that village', () => {
    withVillages(bot());
    const h = bot();
    expect(h.store.asks.all().map((a) => a.unit).sort()).toEqual(['baisha', 'baisha', 'huanghe', 'huanghe', 'shiqiao', 'shiqiao']);
    const out = h.send('zt_jz', 'dm', '单位 低保户数 低保人数\n石桥村 12 20\n白沙村 9 15', { at: '2026-11-24T10:00:00+08:00' })
      .out.find((m) => m.chat === 'dm:zt_jz')!.text;
    expect(h.store.pool.get('shiqiao', 'dibao_households', '2026-11')?.value).toBe(12);
    expect(h.store.pool.get('shiqiao', 'dibao_persons', '2026-11')?.value).toBe(20);
    expect(h.store.pool.get('baisha', 'dibao_persons', '2026-11')?.value).toBe(15);
    expect(h.store.pool.all().filter((v) => v.unit === 'zhutuo')).toEqual([]);
    expect(out).toMatch(/已记录（石桥村）：[\s\S]*已记录（白沙村）：/);
  });

  it('one line per village; a village of another town is not recorded', () => {
    withVillages(bot());
    const h = bot();
    const out = h.send('zt_jz', 'dm', '石桥村：低保户数12户，低保人数20人\n黄河村：低保户数3户', { at: '2026-11-24T10:00:00+08:00' })
      .out.find((m) => m.chat === 'dm:zt_jz')!.text;
    expect(h.store.pool.get('shiqiao', 'dibao_households', '2026-11')?.value).toBe(12);
    expect(h.store.pool.get('huanghe', 'dibao_households', '2026-11')).toBeUndefined();
    expect(out).toContain('黄河村的数没有记录');
  });

  it('a line opened by a village\'s name without 村 and a space goes to that village', () => {
    withVillages(bot());
    const h = bot();
    h.send('zt_jz', 'dm', '石桥 低保户数12户，低保人数20人', { at: '2026-11-24T10:00:00+08:00' });
    expect(h.store.pool.get('shiqiao', 'dibao_households', '2026-11')?.value).toBe(12);
    expect(h.store.pool.all().filter((v) => v.unit === 'zhutuo')).toEqual([]);
  });

  it('the village\'s own clerk can correct the town clerk\'s figure later', () => {
    withVillages(bot());
    const h = bot();
    h.send('zt_jz', 'dm', '石桥村：低保户数12户，低保人数20人', { at: '2026-11-24T10:00:00+08:00' });
    h.send('sq_ww', 'dm', '更正：低保户数应为13户', { at: '2026-11-24T11:00:00+08:00' });
    expect(h.store.pool.history('shiqiao', 'dibao_households', '2026-11').map((v) => [v.value, v.memberId])).toEqual([[12, 'zt_jz'], [13, 'sq_ww']]);
  });
});
