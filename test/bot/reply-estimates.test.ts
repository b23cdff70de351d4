// An estimate (约三百八) reaches the pool marked as one and is shown as one; an exact figure later replaces it.
import { describe, expect, it } from 'vitest';
import { DIBAO_REQUEST, useHarness } from '../support/harness.js';

const bot = useHarness();

describe('estimates in the pool', () => {
  it('keeps 约三百八 as an estimate, says so, and an exact figure later clears the mark', () => {
    const h = bot();
    h.send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    const first = h.send('sll_jz', 'dm', '低保人数约三百八', { at: '2026-11-24T10:00:00+08:00' });
    expect(h.store.pool.get('shenglilu', 'dibao_persons', '2026-11')).toMatchObject({ value: 380, approximate: true });
    expect(first.out.find((m) => m.chat === 'dm:sll_jz')!.text).toMatch(/约380人[\s\S]*约数/);
    h.send('sll_jz', 'dm', '低保人数准确的是382人', { at: '2026-11-24T11:00:00+08:00' });
    const now = h.store.pool.get('shenglilu', 'dibao_persons', '2026-11')!;
    expect(now.value).toBe(382);
    expect(now.approximate).toBeUndefined();
    expect(h.store.pool.history('shenglilu', 'dibao_persons', '2026-11').map((v) => [v.value, !!v.approximate])).toEqual([[380, true], [382, false]]);
  });

  it('a figure that fails its checks is not stored and the reply says why', () => {
    const h = bot();
    h.send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    const sent = h.send('sll_jz', 'dm', '低保人数一百二十点五，低保户数 -3', { at: '2026-11-24T10:00:00+08:00' });
    expect(h.store.pool.get('shenglilu', 'dibao_persons', '2026-11')).toBeUndefined();
    expect(h.store.pool.get('shenglilu', 'dibao_households', '2026-11')).toBeUndefined();
    const text = sent.out.find((m) => m.chat === 'dm:sll_jz')!.text;
    expect(text).toContain('低保人数“一百二十点五”：应为整数');
    expect(text).toContain('不能为负数');
    expect(text).toMatch(/还差[\s\S]*低保户数、低保人数|还差[\s\S]*低保人数、低保户数/);
  });
});

describe('estimates in exports', () => {
  it('the collection sheet shows 约380 and says what 约 means', async () => {
    const { collectionSheet } = await import('../../src/bot/export.js');
    const h = bot();
    h.send('lead_mz', 'channel', DIBAO_REQUEST, { at: '2026-11-23T09:00:00+08:00' });
    h.send('sll_jz', 'dm', '低保户数120户，低保人数约三百八', { at: '2026-11-24T10:00:00+08:00' });
    const sheet = collectionSheet(h.bot.deps, 1);
    const row = sheet.rows.find((r) => r[0] === '胜利路街道')!;
    expect(row).toContain('约380');
    expect(row).toContain(120);
    expect(sheet.legend.join('；')).toContain('约：报数人给的是约数');
  });
});
