// A reply that gives some figures and says the others are as last month (低保户数和上月一样，低保人数208人 / 其他同上月):
// the unchanged items take the unit's figure for the month before from the pool; an item without one is asked for.
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness, useHarnessWithLastMonth } from '../support/harness.js';

const harness = useHarnessWithLastMonth();
let h: Harness;
const ZHUTUO = 'zt_jz';

beforeEach(() => {
  h = harness();
});

describe('items said to be unchanged inside a reply', () => {
  it('an item named as unchanged takes last month\'s figure; the figure given is read as usual', () => {
    const out = h.send(ZHUTUO, 'dm', '朱沱镇低保户数和上月一样，低保人数208人', { at: '2026-11-24T10:00:00+08:00' }).out;
    expect(h.store.pool.get('zhutuo', 'dibao_households', '2026-11')?.value).toBe(120);
    expect(h.store.pool.get('zhutuo', 'dibao_persons', '2026-11')?.value).toBe(208);
    expect(out.at(-1)!.text).toContain('低保户数（2026年11月）：120户');
  });

  it('其他同上月 covers the items the reply gives no figure for, and says which have no figure to carry', () => {
    const out = h.send(ZHUTUO, 'dm', '朱沱镇11月其他同上月', { at: '2026-11-24T10:00:00+08:00' }).out;
    expect(h.store.pool.get('zhutuo', 'dibao_households', '2026-11')?.value).toBe(120);
    expect(h.store.pool.get('zhutuo', 'dibao_persons', '2026-11')).toBeUndefined();
    expect(out.at(-1)!.text).toContain('没有上期数据可以沿用，请直接回复数字：低保人数');
  });

  it('a figure given with 无变化 is that figure, not last month\'s', () => {
    h.send(ZHUTUO, 'dm', '低保户数125户无变化，低保人数208人', { at: '2026-11-24T10:00:00+08:00' });
    expect(h.store.pool.get('zhutuo', 'dibao_households', '2026-11')?.value).toBe(125);
  });
});
