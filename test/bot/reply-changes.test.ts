// A figure said as a change (比上月少2户 / 比刚才报的多了1户) is stored as the level it makes from the unit's figure in
// the pool; with no figure to measure it against, nothing is stored and the reporter is asked for the figure itself.
import { beforeEach, describe, expect, it } from 'vitest';
import { Harness, useHarnessWithLastMonth } from '../support/harness.js';

const harness = useHarnessWithLastMonth();
let h: Harness;
const ZHUTUO = 'zt_jz';

beforeEach(() => {
  h = harness();
});

describe('changes against an earlier figure', () => {
  it('比上月少2户 is last month\'s figure less 2', () => {
    h.send(ZHUTUO, 'dm', '朱沱镇低保户比上月少2户', { at: '2026-11-24T10:00:00+08:00' });
    expect(h.store.pool.get('zhutuo', 'dibao_households', '2026-11')?.value).toBe(118);
  });

  it('比刚才报的多了1户 corrects the figure just given', () => {
    h.send(ZHUTUO, 'dm', '朱沱镇低保户数118户', { at: '2026-11-24T10:00:00+08:00' });
    h.send(ZHUTUO, 'dm', '低保户数比刚才报的多了1户', { at: '2026-11-24T11:00:00+08:00' });
    expect(h.store.pool.get('zhutuo', 'dibao_households', '2026-11')?.value).toBe(119);
  });

  it('with nothing to measure against, nothing is stored and the figure itself is asked for', () => {
    const out = h.send(ZHUTUO, 'dm', '朱沱镇低保人数比上月多3人', { at: '2026-11-24T10:00:00+08:00' }).out;
    expect(h.store.pool.get('zhutuo', 'dibao_persons', '2026-11')).toBeUndefined();
    expect(out.at(-1)!.text).toContain('请直接回复变化后的数字');
  });
});
